#!/usr/bin/env bash
# Load test of the API on 127.0.0.1 with wrk (installed from Debian's packages if missing), on a
# generated corpus. Usage: bench/load.sh                (2,000 articles, 30 s per measurement)
#                          CORPUS=20000 DURATION=10 bench/load.sh
#                          ANSWER_CACHE=on bench/load.sh (the answer cache serves repeats; default off)
# Writes the corpus (bench `corpus`), starts the Release API on a fresh database over it (the first
# import is timed), then measures, each as one wrk run with its ratio to GET /health:
#   varied list queries that never repeat (rounds, participants, delegations, demands; varied-queries.lua),
#   every GET /api/rounds/{id} in turn (round-ids.lua; with the cache off every request is a first pass),
#   the varied queries again while an edited article is re-imported every 2 s.
# On PostgreSQL (a throwaway cluster from scripts/postgres-test):
#   scripts/postgres-test --run env DATABASE_PROVIDER=Postgres bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
CORPUS=${CORPUS:-2000}
PORT=${PORT:-5090}
CACHE=$([[ ${ANSWER_CACHE:-off} == on ]] && echo true || echo false)
HOST="http://127.0.0.1:$PORT"
KEY=load-test-key

if ! command -v wrk >/dev/null; then
  echo "installing wrk..." >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
DATABASE_PROVIDER=${DATABASE_PROVIDER:-Sqlite}
if [ "$DATABASE_PROVIDER" = Postgres ]; then
  connection="${TRACKER_TEST_POSTGRES:?set by scripts/postgres-test};Database=nt_load_$$"
else
  connection="Data Source=$work/load.db"
fi
dotnet build -c Release src/NegotiationTracker.Api -v q -nologo >/dev/null
dotnet run -c Release --project bench/NegotiationTracker.Bench -- corpus --count "$CORPUS" --out "$work/seeds" >/dev/null
jq -r '.countries[].name | ascii_downcase | gsub(" "; "+")' "$work/seeds/lexicon/countries.json" | grep '^[a-z+-]*$' >"$work/parties.txt"
jq -r '.known[].name | split(" ")[0] | ascii_downcase' "$work/seeds/lexicon/venues.json" | iconv -f utf-8 -t ascii//TRANSLIT | tr -cd 'A-Za-z\n-' | sort -u >"$work/venues.txt"

start=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Production AnswerCache__Enabled=$CACHE \
Database__Provider="$DATABASE_PROVIDER" ConnectionStrings__Tracker="$connection" Seeds__Directory="$work/seeds" \
Import__ApiKey=$KEY Import__PermitsPerMinute=1000 Logging__LogLevel__Default=Warning \
  /usr/bin/time -f '%M' -o "$work/peak-kb.txt" dotnet src/NegotiationTracker.Api/bin/Release/net10.0/NegotiationTracker.Api.dll --urls "$HOST" >"$work/api.log" 2>&1 &
api=$!
importer=
trap '[[ -n $importer ]] && kill $importer 2>/dev/null; pkill -P $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do curl -fs "$HOST/health" >/dev/null 2>&1 && break; sleep 0.25; done
printf 'corpus: %s articles; start-up with first import: %.1f s\n' "$CORPUS" "$(echo "$(date +%s.%N) - $start" | bc)"
pages=$(curl -fs "$HOST/api/rounds?pageSize=200&evidence=none" | jq -r '(.total + 199) / 200 | floor')
for p in $(seq 1 "$pages"); do curl -fs "$HOST/api/rounds?pageSize=200&evidence=none&page=$p" | jq -r '.items[].id'; done >"$work/rounds.txt"
export LOAD_PARTIES="$work/parties.txt" LOAD_VENUES="$work/venues.txt" LOAD_ROUNDS="$work/rounds.txt"

health=0
measure() { # name url [lua script]
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${3:+-s "$3"} "$2")
  local rps p50 p99 errors non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {print $0}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [[ $health == 0 ]] && health=$rps
  printf '%-44s %10s req/s  %5.3f x health  p50 %8s  p99 %8s  non-2xx %s %s\n' "$1" "$rps" "$(echo "$rps / $health" | bc -l)" "$p50" "$p99" "${non2xx:-0}" "${errors}"
}

echo "wrk: ${DURATION}s per measurement, $CONNECTIONS connections, 2 threads, $(nproc) cores, $DATABASE_PROVIDER; answer cache ${ANSWER_CACHE:-off}"
measure "GET /health" "$HOST/health"
measure "varied list queries, never repeated" "$HOST" bench/load/varied-queries.lua
measure "GET /api/rounds/{id}, all $(wc -l <"$work/rounds.txt") in turn" "$HOST" bench/load/round-ids.lua

# Re-import every 2 s during load: alternate an edit of one article so every import writes.
article=$(find "$work/seeds" -maxdepth 1 -name '*.txt' -print -quit)
(
  i=0
  while true; do
    if (( i % 2 == 0 )); then echo "The talks were described as constructive." >>"$article"; else sed -i '$ d' "$article"; fi
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "X-Api-Key: $KEY" "$HOST/api/import" >>"$work/imports.txt"
    i=$((i + 1)); sleep 2
  done
) &
importer=$!
measure "varied list queries + import every 2 s" "$HOST" bench/load/varied-queries.lua
kill $importer 2>/dev/null || true
echo "imports during load: $(wc -l <"$work/imports.txt") ($(grep -c '^200 ' "$work/imports.txt" || true) answered 200; median $(awk '{print $2}' "$work/imports.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s)"
pkill -P $api; wait $api 2>/dev/null || true
echo "API peak working set: $(( $(cat "$work/peak-kb.txt" | tail -n 1) / 1024 )) MB"
