#!/usr/bin/env bash
# Load test of the running API on 127.0.0.1 with wrk (installed from Debian's packages if missing).
# Usage: bench/load.sh            (30 s per endpoint at 32 connections, as in the README)
#        DURATION=10 bench/load.sh
# Starts the API (Release) on a fresh temporary database over a copy of seeds/, measures
# GET /health, /api/rounds/{id}, /api/participants?name=, /api/rounds?party= one after the other,
# then /api/rounds/{id} again while an edited seed is re-imported every 2 seconds.
# Lines marked "uncached" send an Authorization header, which the output cache never serves: they measure
# the database read path. On PostgreSQL (a throwaway cluster from scripts/postgres-test):
#        scripts/postgres-test --run env DATABASE_PROVIDER=Postgres bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-5090}
HOST="http://127.0.0.1:$PORT"
KEY=load-test-key

if ! command -v wrk >/dev/null; then
  echo "installing wrk..." >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
cp -r seeds "$work/seeds"
DATABASE_PROVIDER=${DATABASE_PROVIDER:-Sqlite}
if [ "$DATABASE_PROVIDER" = Postgres ]; then
  connection="${TRACKER_TEST_POSTGRES:?set by scripts/postgres-test};Database=nt_load_$$"
else
  connection="Data Source=$work/load.db"
fi
dotnet build -c Release src/NegotiationTracker.Api -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider="$DATABASE_PROVIDER" ConnectionStrings__Tracker="$connection" Seeds__Directory="$work/seeds" \
Import__ApiKey=$KEY Import__PermitsPerMinute=1000 Logging__LogLevel__Default=Warning \
  dotnet src/NegotiationTracker.Api/bin/Release/net10.0/NegotiationTracker.Api.dll --urls "$HOST" >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "$HOST/health" >/dev/null 2>&1 && break; sleep 0.2; done
round=$(curl -fs "$HOST/api/rounds?pageSize=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')

measure() { # name url [wrk options]
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${@:3}" "$2")
  local rps p50 p99 errors non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {print $0}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-34s %10s req/s  p50 %8s  p99 %8s  non-2xx %s %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errors}"
}

echo "wrk: ${DURATION}s per endpoint, $CONNECTIONS connections, $(nproc) cores, $DATABASE_PROVIDER"
measure "GET /health" "$HOST/health"
measure "GET /api/rounds/$round" "$HOST/api/rounds/$round"
measure "GET /api/participants?name=medin" "$HOST/api/participants?name=medin"
measure "GET /api/rounds?party=turkey" "$HOST/api/rounds?party=turkey"
uncached=(-H "Authorization: none")
measure "uncached GET /api/rounds/$round" "$HOST/api/rounds/$round" "${uncached[@]}"
measure "uncached GET /api/participants?name=medin" "$HOST/api/participants?name=medin" "${uncached[@]}"
measure "uncached GET /api/search?q=ceasefire" "$HOST/api/search?q=ceasefire" "${uncached[@]}"

# Re-import every 2 s during load: alternate an edit of one article so every import writes.
article=$(ls "$work/seeds"/*.txt | head -n 1)
(
  i=0
  while true; do
    if (( i % 2 == 0 )); then echo "The talks were described as constructive." >>"$article"; else sed -i '$ d' "$article"; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "X-Api-Key: $KEY" "$HOST/api/import")
    echo "$code" >>"$work/imports.txt"
    i=$((i + 1)); sleep 2
  done
) &
importer=$!
measure "GET /api/rounds/$round + imports" "$HOST/api/rounds/$round"
kill $importer 2>/dev/null || true
echo "imports during load: $(wc -l <"$work/imports.txt") ($(grep -c '^200$' "$work/imports.txt" || true) answered 200)"
