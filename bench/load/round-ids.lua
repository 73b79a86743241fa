-- Every GET /api/rounds/{id} in turn (ids from the file named in LOAD_ROUNDS), each thread from its own start.
local ids = {}
for line in io.lines(os.getenv("LOAD_ROUNDS")) do if #line > 0 then ids[#ids + 1] = line end end
local threads, counter, offset = 0, 0, 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/rounds/" .. ids[((counter * 2 + offset) % #ids) + 1])
end
