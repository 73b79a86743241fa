-- Varied list queries as users send them: every request carries a query string no earlier request
-- of the run carried, so the answer cache never serves one. A request number n (unique across
-- threads) is spelt into the query: which list, the filter values and the page size and page, so
-- two numbers never give the same string. Word lists come from files named in the environment.
local function lines(path)
  local list = {}
  for line in io.lines(path) do if #line > 0 then list[#list + 1] = line end end
  return list
end

local parties = lines(os.getenv("LOAD_PARTIES"))
local venues = lines(os.getenv("LOAD_VENUES"))
local syllables = {"al", "an", "ar", "bo", "da", "el", "en", "ga", "ha", "ia", "ka", "ko", "la", "li", "ma", "mi", "na", "no", "ra", "ri", "sa", "so", "ta", "to", "va", "vi", "za"}
local categories = {"ceasefire", "prisoner-exchange", "humanitarian", "leaders-meeting", "territory", "nato", "neutrality", "demilitarization", "sanctions", "security-guarantees", "other"}
local threads, counter, offset = 0, 0, 0
local only = tonumber(os.getenv("LOAD_KIND") or "") -- 0 rounds, 1 participants, 2 delegations, 3 demands: one list alone

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

local function pick(list, i) return list[(i % #list) + 1] end
local function day(i, later) return os.date("!%Y-%m-%d", 1577836800 + ((i % 2190) + (later or 0)) * 86400) end -- 2020-01-01 + up to 6 years

function request()
  local n = counter * 8 + offset -- unique while there are at most 8 threads
  -- Each thread turns through the four lists (n % 4 would give a thread of two one list only).
  local kind, m = (counter + offset) % 4, math.floor(n / 4)
  counter = counter + 1
  if only then kind, m = only, n end
  local size = 1 + math.floor(m / 2190) % 50
  local page = 1 + math.floor(m / (2190 * 50))
  local path
  if kind == 0 then
    path = "/api/rounds?from=" .. day(m) .. "&pageSize=" .. size .. "&page=" .. page
    if m % 2 == 0 then path = path .. "&party=" .. pick(parties, m * 7) end
    if m % 3 == 0 then path = path .. "&to=" .. day(m, 365) end
    if m % 4 == 1 then path = path .. "&venue=" .. pick(venues, m) end
  elseif kind == 1 then
    local name = pick(syllables, m) .. pick(syllables, math.floor(m / 27))
    path = "/api/participants?name=" .. name .. "&pageSize=" .. (1 + math.floor(m / 729) % 50) .. "&page=" .. (1 + math.floor(m / (729 * 50)))
  elseif kind == 2 then
    path = "/api/delegations?party=" .. pick(parties, m) .. "&pageSize=" .. (1 + math.floor(m / #parties) % 50) .. "&page=" .. (1 + math.floor(m / (#parties * 50)))
  else
    local c = m % #categories
    local rest = math.floor(m / #categories)
    path = "/api/demands?category=" .. categories[c + 1] .. "&pageSize=" .. (1 + rest % 50) .. "&page=" .. (1 + math.floor(rest / 50))
    if rest % 2 == 0 then path = path .. "&party=" .. pick(parties, rest) end
  end
  return wrk.format("GET", path)
end
