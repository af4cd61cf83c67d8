#!/usr/bin/env bash
# HTTP under load: one command that measures Velocity on PostgreSQL against the machine's limits
# and writes the figures into docs/performance.md ("HTTP under load (wrk)"). See that section.
#
#   load/bench.sh                 # full run: about 8 minutes on 2 cores
#   DURATION=5 WARMUP=2 ORGS=10 load/bench.sh   # a quick try (does not meet the scale of §7)
#
# Needs: JDK 17+, wrk, pgbench and psql (Debian: wrk, postgresql-client), PostgreSQL reachable with
# PGHOST/PGPORT/PGUSER/PGPASSWORD (default localhost:5432 velocity/velocity). It drops and
# re-creates the database $LOAD_DB (velocity_load) and serves on $LOAD_PORT (18080), nothing else.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOAD_DIR="$ROOT/load"
OUT="$LOAD_DIR/out"
export LOAD_DIR
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-velocity}"
export PGPASSWORD="${PGPASSWORD:-velocity}"
LOAD_DB="${LOAD_DB:-velocity_load}"
LOAD_PORT="${LOAD_PORT:-18080}"
BASE="http://127.0.0.1:$LOAD_PORT"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
ORGS="${ORGS:-100}"
EXECS_PER_ORG="${EXECS_PER_ORG:-10}"
COLLEAGUES_PER_ORG="${COLLEAGUES_PER_ORG:-200}"
COACHES="${COACHES:-20}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-20}"
# Heap budget of docs/design.md §7 is 256 MB: the run caps the heap there, so the figures are what Velocity
# does inside the budget.
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
PASSWORD=velocity-demo
[[ "$LOAD_DB" == velocity_test || "$LOAD_DB" == velocity_ci ]] && { echo "refusing $LOAD_DB"; exit 2; }
mkdir -p "$OUT"

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

PID=""
stop_velocity() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  fi
  PID=""
}
trap stop_velocity EXIT

# Starts Velocity; sets PID and STARTUP_MS (process start to health UP).
start_velocity() {
  local logfile="$1" t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  VELOCITY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$LOAD_DB" VELOCITY_DB_USER="$PGUSER" \
    VELOCITY_DB_PASSWORD="$PGPASSWORD" VELOCITY_DEMO=true PORT="$LOAD_PORT" \
    VELOCITY_BASE_URL="$BASE" \
    "${JAVA_BIN:-java}" $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log" ${CDS_OPTS:-} ${SERVER_OPTS:-} -jar "${APP_JAR:-$ROOT/target/velocity.jar}" \
    >"$logfile" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      t1=$(date +%s%N)
      STARTUP_MS=$(((t1 - t0) / 1000000))
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { log "Velocity died, see $logfile"; tail -30 "$logfile" >&2; exit 1; }
    sleep 0.05
  done
  log "Velocity did not come up in 60 s"; exit 1
}

# ---------------------------------------------------------------------------------------------
log "load average before: $(loadavg)"
# nothing may serve the port already: its figures would be taken instead
if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then log "something already serves $BASE"; exit 1; fi
if [[ ! -f "$ROOT/target/velocity.jar" ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi

if [[ "${REUSE:-}" == 1 && -f "$OUT/seed.env" ]]; then
  # REUSE=1: keep the database seeded by an earlier run (same scale), skip re-creating it
  log "reusing the seeded database $LOAD_DB"
  FIRST_START_MS=$(cat "$OUT/first-start-ms" 2>/dev/null || echo '?')
  FIRST_START_NOTE=" (measured by the earlier run that seeded the database)"
else
  log "re-creating database $LOAD_DB"
  psql -d postgres -qc "drop database if exists $LOAD_DB with (force)" -c "create database $LOAD_DB"

  log "first start: empty database, Flyway migrations and the demo firm"
  start_velocity "$OUT/velocity-first.log"
  FIRST_START_MS=$STARTUP_MS
  echo "$FIRST_START_MS" >"$OUT/first-start-ms"
  log "up in $FIRST_START_MS ms"

  log "seeding $ORGS organisations x ($EXECS_PER_ORG executives + $COLLEAGUES_PER_ORG colleagues + 2 sponsors) through the API"
  java "$LOAD_DIR/Load.java" seed "$BASE" admin@demo.velocity.app "$PASSWORD" "$ORGS" \
    "$EXECS_PER_ORG" "$COLLEAGUES_PER_ORG" "$COACHES" "$OUT/seed.env" | tee "$OUT/seed.txt" >&2
  stop_velocity
fi
# shellcheck disable=SC1091
source "$OUT/seed.env"

log "start from the fat jar on the scaled-up database"
start_velocity "$OUT/velocity-jar.log"
JAR_START_MS=$STARTUP_MS
JAR_STARTED_LINE=$(grep -o 'Started VelocityApplication in [0-9.]* seconds' "$OUT/velocity-jar.log" || true)
log "up in $JAR_START_MS ms ($JAR_STARTED_LINE)"
stop_velocity

# The deployment form (docs/deployment.md): the jar extracted (no nested-jar class loading) and a
# class-data-sharing archive from a training run that stops once the context is refreshed.
log "extracting the jar and training a CDS archive"
rm -rf "$OUT/app" && java -Djarmode=tools -jar "$ROOT/target/velocity.jar" extract --destination "$OUT/app" >/dev/null
VELOCITY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$LOAD_DB" VELOCITY_DB_USER="$PGUSER" \
  VELOCITY_DB_PASSWORD="$PGPASSWORD" PORT="$LOAD_PORT" \
  java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$OUT/app/velocity.jar" >"$OUT/cds-training.log" 2>&1 || true

# The same on Java 25 with an ahead-of-time cache (JEP 483/514), when that JDK is installed: start-up
# only; the server measured below runs on the default JDK.
JAVA25="${JAVA25:-$(ls /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)}"
START25_MS="" START25_LINE=""
if [[ -n "$JAVA25" ]]; then
  log "training a Java 25 AOT cache ($JAVA25)"
  VELOCITY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$LOAD_DB" VELOCITY_DB_USER="$PGUSER" \
    VELOCITY_DB_PASSWORD="$PGPASSWORD" PORT="$LOAD_PORT" \
    "$JAVA25" -XX:AOTCacheOutput="$OUT/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$OUT/app/velocity.jar" >"$OUT/aot-training.log" 2>&1 || true
  JAVA_BIN="$JAVA25" APP_JAR="$OUT/app/velocity.jar" CDS_OPTS="-XX:AOTCache=$OUT/app.aot" \
    start_velocity "$OUT/velocity-25.log"
  START25_MS=$STARTUP_MS
  START25_LINE=$(grep -o 'Started VelocityApplication in [0-9.]* seconds' "$OUT/velocity-25.log" || true)
  log "up in $START25_MS ms ($START25_LINE)"
  stop_velocity
fi

# Server time (docs/design.md §7 budgets "p99 server time"): Tomcat's access log gives each request's time
# inside the server (%D, microseconds), from the request read to the response written.
ACCESS_LOG="$OUT/access.log"
rm -f "$ACCESS_LOG"
SERVER_OPTS="-Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.directory=$OUT
  -Dserver.tomcat.accesslog.prefix=access -Dserver.tomcat.accesslog.suffix=.log
  -Dserver.tomcat.accesslog.file-date-format= -Dserver.tomcat.accesslog.rotate=false
  -Dserver.tomcat.accesslog.buffered=false -Dserver.tomcat.accesslog.pattern=%m_%U_%s_%D"
# p50 and p99 in ms of the server times logged between two line counts of the access log
server_p() {
  sed -n "$(($1 + 1)),$2p" "$ACCESS_LOG" | awk -F_ '{print $NF / 1000}' | sort -n |
    awk '{v[NR] = $1} END { if (NR == 0) { print "- -"; exit }
      i50 = int(NR * 0.50 + 0.999); i99 = int(NR * 0.99 + 0.999); printf "%.1f %.1f\n", v[i50], v[i99] }'
}
log "start, extracted with CDS, on the scaled-up database (the server measured below)"
APP_JAR="$OUT/app/velocity.jar" CDS_OPTS="-XX:SharedArchiveFile=$OUT/app.jsa" start_velocity "$OUT/velocity.log"
START_MS=$STARTUP_MS
STARTED_LINE=$(grep -o 'Started VelocityApplication in [0-9.]* seconds' "$OUT/velocity.log" || true)
log "up in $START_MS ms ($STARTED_LINE)"
sleep 10
RSS_IDLE=$(rss_mb "$PID")
log "RSS idle: $RSS_IDLE MB"

COUNTS=$(psql -d "$LOAD_DB" -Atc "select
  (select count(*) from organisations) || ' organisations, ' ||
  (select count(*) from people where role = 'EXECUTIVE') || ' executives, ' ||
  (select count(*) from people where role = 'COLLEAGUE') || ' colleagues, ' ||
  (select count(*) from people where role = 'SPONSOR') || ' sponsors, ' ||
  (select count(*) from people where role = 'COACH') || ' coaches'")
log "database: $COUNTS"

log "signing in $CONNECTIONS sessions per role (one per simulated user)"
sessions() { java "$LOAD_DIR/Load.java" sessions "$BASE" "$1" "$PASSWORD" "$CONNECTIONS"; }
S_ADMIN=$(sessions admin@demo.velocity.app)
S_COACH=$(sessions coach.maria@demo.velocity.app)
S_EXEC=$(sessions sam.okafor@northwind.example)
S_SPONSOR=$(sessions harriet.cole@northwind.example)
S_COLLEAGUE=$(sessions priya.raman@northwind.example)
TOKEN="$SEED_ADMIN_TOKEN"
SAM_ENGAGEMENT=$(psql -d "$LOAD_DB" -Atc "select e.id from engagements e join people p on p.id = e.executive_id
  where p.email = 'sam.okafor@northwind.example' order by e.starts_on limit 1")
ORG="$SEED_ORGANISATION"

# name | path | cookie | authorization header. New journeys: add a line here.
ENDPOINTS=(
  "health (web stack ceiling)|/actuator/health||"
  "home, firm admin|/|$S_ADMIN|"
  "home, coach|/|$S_COACH|"
  "home, executive|/|$S_EXEC|"
  "home, sponsor|/|$S_SPONSOR|"
  "home, colleague|/|$S_COLLEAGUE|"
  "admin: organisations list|/admin/organisations|$S_ADMIN|"
  "admin: organisation with $((EXECS_PER_ORG + COLLEAGUES_PER_ORG + 2)) people|/admin/organisations/$ORG|$S_ADMIN|"
  "admin: coaches|/admin/coaches|$S_ADMIN|"
  "coach: clients|/clients|$S_COACH|"
  "account: tokens (executive)|/account/tokens|$S_EXEC|"
  "executive: relationship map|/map|$S_EXEC|"
  "executive: team view|/teams|$S_EXEC|"
  "executive: comfort-bias dashboard|/delegation/pattern|$S_EXEC|"
  "executive: engagement|/engagements/$SAM_ENGAGEMENT|$S_EXEC|"
  "executive: survey results|/engagements/$SAM_ENGAGEMENT/survey|$S_EXEC|"
  "coach: dashboard|/coaching/dashboard|$S_COACH|"
  "sponsor: engagement (aggregates)|/engagements/$SAM_ENGAGEMENT|$S_SPONSOR|"
  "colleague: sharing|/sharing|$S_COLLEAGUE|"
  "API GET /api/v1/me|/api/v1/me||Bearer $TOKEN"
  "API GET organisation's people ($((EXECS_PER_ORG + COLLEAGUES_PER_ORG + 2)))|/api/v1/organisations/$ORG/people||Bearer $TOKEN"
)

MAIN_PAGES=("home, firm admin" "home, coach" "home, executive" "home, sponsor" "executive: relationship map" "executive: team view" "executive: comfort-bias dashboard" "executive: engagement" "executive: survey results" "coach: dashboard" "sponsor: engagement (aggregates)" "admin: organisations list" "admin: organisation with $((EXECS_PER_ORG + COLLEAGUES_PER_ORG + 2)) people" "coach: clients" "account: tokens (executive)")
ROWS=()
check() {
  local path="$1" cookie="${2%%,*}" auth="$3" code
  code=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: SESSION=$cookie"} \
    ${auth:+-H "Authorization: $auth"} "$BASE$path")
  [[ "$code" == 200 ]] || { log "$path answered $code, not 200: the figures would be wrong"; exit 1; }
}
run_wrk() {
  local name="$1" path="$2" cookie="$3" auth="$4" script="${5:-$LOAD_DIR/wrk/report.lua}" result la
  check "$path" "$cookie" "$auth"
  WRK_COOKIES="$cookie" WRK_AUTH="$auth" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
    -s "$script" "$BASE$path" >/dev/null
  la=$(loadavg)
  result=$(WRK_COOKIES="$cookie" WRK_AUTH="$auth" wrk -t"$THREADS" -c"$CONNECTIONS" \
    -d"${DURATION}s" --timeout 10s -s "$script" "$BASE$path" | grep WRKRESULT)
  check "$path" "$cookie" "$auth" # the session or token still works: no silent redirects
  read -r _ rps p50 p99 max requests status_err socket_err <<<"$result"
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms (load $la)"
  ROWS+=("| $name | \`$path\` | $rps | $p50 | $p99 | $max | $requests | $status_err / $socket_err | $la |")
  P99["$name"]="$p99"
}
declare -A P99
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path cookie auth <<<"$e"
  path="${path//\{ORG\}/$ORG}"
  run_wrk "$name" "$path" "$cookie" "$auth"
done

# docs/design.md §7's "50 concurrent users": 50 people using Velocity at once, each reading a page for
# about a second (0.5 to 1.5 s) before the next click. The main pages again, that way; their p99
# is what the budget is checked against. (The back-to-back figures above are the saturation.)
THINK_MS="${THINK_MS:-1000}"
THINK_ROWS=()
declare -A THINK_P99
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path cookie auth <<<"$e"
  [[ " ${MAIN_PAGES[*]} " == *" $name "* ]] || continue
  la=$(loadavg)
  lines0=$(wc -l <"$ACCESS_LOG")
  result=$(WRK_THINK_MS="$THINK_MS" WRK_COOKIES="$cookie" WRK_AUTH="$auth" wrk -t"$THREADS" \
    -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$LOAD_DIR/wrk/report.lua" "$BASE$path" | grep WRKRESULT)
  lines1=$(wc -l <"$ACCESS_LOG")
  read -r s50 s99 <<<"$(server_p "$lines0" "$lines1")"
  check "$path" "$cookie" "$auth"
  read -r _ rps p50 p99 max requests status_err socket_err <<<"$result"
  log "$name with think time: $rps req/s, p50 $p50 ms, p99 $p99 ms; server time p50 $s50 ms, p99 $s99 ms (load $la)"
  THINK_ROWS+=("| $name | $rps | $p50 | $p99 | **$s99** | $max | $requests | $status_err / $socket_err | $la |")
  THINK_P99["$name"]="$s99"
done

# Saving an inventory answer (docs/design.md §7: at least 1,000 per second): the API the browser's
# step-by-step flow uses, PUT .../responses/{id}/answers/{item}, by the demo firm's people, each
# with a token and an open response (wrk/answer-save.lua). Counted afterwards in the database.
ANSWERERS=$(psql -d "$LOAD_DB" -Atc "select email from people where email like '%@northwind.example'
  and role in ('EXECUTIVE', 'COLLEAGUE') order by email")
# shellcheck disable=SC2086
java "$LOAD_DIR/Load.java" answerers "$BASE" "$PASSWORD" "$OUT/answerers.txt" $ANSWERERS
ANSWERS_BEFORE=$(psql -d "$LOAD_DB" -Atc "select count(*) from inventory_answers")
WRK_ANSWERS="$OUT/answerers.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
  -s "$LOAD_DIR/wrk/answer-save.lua" "$BASE" >/dev/null
# Most saves replace an earlier answer (an update, not a new row), so what PostgreSQL counted as
# written to inventory_answers (rows inserted + updated, its statistics) is set beside wrk's count.
answer_writes() {
  sleep 11 # a PostgreSQL 15 backend reports its statistics within 10 s once it is idle
  psql -d "$LOAD_DB" -Atc "select n_tup_ins + n_tup_upd from pg_stat_user_tables where relname = 'inventory_answers'"
}
WRITES_BEFORE=$(answer_writes)
la=$(loadavg)
result=$(WRK_ANSWERS="$OUT/answerers.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
  --timeout 10s -s "$LOAD_DIR/wrk/answer-save.lua" "$BASE" | grep WRKRESULT)
read -r _ rps p50 p99 max requests status_err socket_err <<<"$result"
ANSWER_WRITES=$(($(answer_writes) - WRITES_BEFORE))
ANSWER_ROWS=$(psql -d "$LOAD_DB" -Atc "select count(*) from inventory_answers")
log "saving an inventory answer: $rps req/s, p50 $p50 ms, p99 $p99 ms (load $la); $ANSWER_WRITES rows written for $requests requests; answer rows $ANSWERS_BEFORE -> $ANSWER_ROWS"
ROWS+=("| saving an inventory answer (PUT, $(wc -l <"$OUT/answerers.txt") person-item pairs; $ANSWER_WRITES rows written, counted by PostgreSQL) | \`/api/v1/profile/responses/{id}/answers/{item}\` | $rps | $p50 | $p99 | $max | $requests | $status_err / $socket_err | $la |")
ANSWER_RPS="$rps"
ANSWER_ROW=""

# Submitting a stakeholder's survey answer through its no-login link (POST /api/v1/survey/{token}).
# Each link works once, so the run needs a fresh link per request: survey-links.sql mints them for a
# wave of the demo engagement (as a wave's e-mails would carry them), the warm-up uses the last
# ones, and survey-links-drop.sql removes the wave and its answers afterwards.
SURVEY_WAVE=$(cat /proc/sys/kernel/random/uuid)
SURVEY_LINKS="${SURVEY_LINKS:-40000}"
psql -d "$LOAD_DB" -q -v eng="$SAM_ENGAGEMENT" -v wave="$SURVEY_WAVE" -v n="$SURVEY_LINKS" \
  -f "$LOAD_DIR/survey-links.sql"
psql -d "$LOAD_DB" -Atc "select 'ld' || md5('$SURVEY_WAVE' || 'token' || g) from generate_series(1, $SURVEY_LINKS) g" \
  >"$OUT/survey-tokens.txt"
SURVEY_GOALS=$(psql -d "$LOAD_DB" -Atc "select string_agg(id::text, ',') from goals where engagement_id = '$SAM_ENGAGEMENT'")
survey_wrk() { # seconds, first link
  WRK_TOKENS="$OUT/survey-tokens.txt" WRK_GOALS="$SURVEY_GOALS" WRK_THREADS="$THREADS" WRK_FIRST="$2" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1s" --timeout 10s -s "$LOAD_DIR/wrk/survey-answer.lua" "$BASE"
}
survey_wrk "$WARMUP" $((SURVEY_LINKS * 3 / 4)) >/dev/null
SURVEY_BEFORE=$(psql -d "$LOAD_DB" -Atc "select count(*) from survey_answers where wave_id = '$SURVEY_WAVE'")
la=$(loadavg)
result=$(survey_wrk "$DURATION" 0 | grep WRKRESULT)
read -r _ rps p50 p99 max requests status_err socket_err <<<"$result"
SURVEY_AFTER=$(psql -d "$LOAD_DB" -Atc "select count(*) from survey_answers where wave_id = '$SURVEY_WAVE'")
SURVEY_STORED=$((SURVEY_AFTER - SURVEY_BEFORE))
log "submitting a survey answer: $rps req/s, p50 $p50 ms, p99 $p99 ms (load $la); $SURVEY_STORED answers stored for $requests requests ($status_err refused)"
((requests <= SURVEY_LINKS * 3 / 4)) || log "WARNING: more requests than fresh links; raise SURVEY_LINKS"
ROWS+=("| submitting a survey answer (POST, a fresh single-use link each; $SURVEY_STORED answers stored, counted in the database) | \`/api/v1/survey/{token}\` | $rps | $p50 | $p99 | $max | $requests | $status_err / $socket_err | $la |")
psql -d "$LOAD_DB" -q -v wave="$SURVEY_WAVE" -f "$LOAD_DIR/survey-links-drop.sql"

RSS_AFTER=$(rss_mb "$PID")
HEAP_AFTER_LOAD=$(jcmd "$PID" GC.heap_info | tr '\n' ' ' | grep -o 'garbage-first heap *total [0-9]*K, used [0-9]*K' || true)
jcmd "$PID" GC.run >/dev/null
HEAP_LIVE=$(jcmd "$PID" GC.heap_info | tr '\n' ' ' | grep -o 'garbage-first heap *total [0-9]*K, used [0-9]*K' || true)
GC_PAUSES=$(grep -c 'Pause' "$OUT/gc.log" || true)
MAX_PAUSE=$(grep -o 'Pause[^)]*) [0-9M>()-]* [0-9.]*ms' "$OUT/gc.log" | grep -o '[0-9.]*ms$' | sort -n | tail -1 || true)
log "RSS after load $RSS_AFTER MB; heap after load: $HEAP_AFTER_LOAD; after full GC: $HEAP_LIVE"

log "pgbench: single-row inserts, -c 8 -j 2 -T $PGBENCH_SECONDS, Velocity idle"
psql -d "$LOAD_DB" -qc "drop table if exists pgbench_commit_ceiling" \
  -c "create table pgbench_commit_ceiling (id bigserial primary key, payload text not null, created_at timestamptz not null)"
PG_LA=$(loadavg)
PGBENCH_OUT=$(pgbench -n -c 8 -j 2 -T "$PGBENCH_SECONDS" -f "$LOAD_DIR/pgbench-insert.sql" "$LOAD_DB" 2>&1)
PG_TPS=$(grep -o 'tps = [0-9.]*' <<<"$PGBENCH_OUT" | head -1 | cut -d' ' -f3)
PG_LAT=$(grep -o 'latency average = [0-9.]* ms' <<<"$PGBENCH_OUT" | cut -d' ' -f4)
psql -d "$LOAD_DB" -qc "drop table pgbench_commit_ceiling"
log "pgbench: $PG_TPS inserts/s (latency average $PG_LAT ms)"
stop_velocity

# budgets of docs/design.md §7
MISSED=()
for p in "${MAIN_PAGES[@]}"; do
  awk -v v="${THINK_P99[$p]}" 'BEGIN { exit !(v < 25) }' || MISSED+=("$p (${THINK_P99[$p]} ms)")
done
if ((${#MISSED[@]} == 0)); then PAGES_BUDGET="met: every main page's p99 server time is under 25 ms"
else PAGES_BUDGET="**missed** for $(IFS=';'; echo "${MISSED[*]}" | sed 's/;/, /g')"; fi
# the budget is checked on the recommended form (docs/deployment.md): Java 25 with its AOT cache
# when that JDK is there, else CDS on the default JDK
BUDGET_START_MS="${START25_MS:-$START_MS}"
START_BUDGET=$([[ $BUDGET_START_MS -lt 8000 ]] && echo met || echo '**missed**')
LIVE_MB=$(grep -o 'used [0-9]*K' <<<"$HEAP_LIVE" | grep -o '[0-9]*' | awk '{printf "%.0f", $1/1024}')
PEAK_MB=$(grep -o 'used [0-9]*K' <<<"$HEAP_AFTER_LOAD" | grep -o '[0-9]*' | awk '{printf "%.0f", $1/1024}')

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
JAVA_VERSION=$(java -version 2>&1 | head -1)
PG_VERSION=$(psql -d postgres -Atc 'show server_version')
DATE=$(date -u +%Y-%m-%d)

REPORT="$OUT/report.md"
{
  echo "Run of $DATE $(date -u +%H:%M) UTC: \`load/bench.sh\` with $CONNECTIONS connections, $THREADS wrk threads, ${WARMUP} s warm-up then ${DURATION} s per endpoint. Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $JAVA_VERSION, PostgreSQL $PG_VERSION on the same machine; wrk, PostgreSQL and Velocity share the 2 cores (load average per row; nothing else ran during this run). JVM options \`$JAVA_OPTS\`."
  echo
  echo "Data: $COUNTS (seeded through the admin API and forms in ${SEED_SECONDS} s; people at $(awk -v n="$SEED_PEOPLE" -v s="$SEED_PEOPLE_SECONDS" 'BEGIN{printf "%.0f", n/s}') per second); the demo coach signed in has $(psql -d "$LOAD_DB" -Atc "select count(*) from people p join people c on p.coach_id = c.id where c.email = 'coach.maria@demo.velocity.app'") clients."
  echo
  echo "| endpoint | path | requests/s | p50 ms | p99 ms | max ms | requests | errors (status / socket) | load average |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  [[ -n "$ANSWER_ROW" ]] && echo "$ANSWER_ROW"
  echo
  echo "The main pages with $CONNECTIONS users who each wait $((THINK_MS / 2)) to $((THINK_MS * 3 / 2)) ms between clicks (docs/design.md §7's \"50 concurrent users\"). Latencies as wrk sees them, and the server time of the same requests from Tomcat's access log; the budget (\"p99 server time\") is checked on the latter:"
  echo
  echo "| page | requests/s | p50 ms | p99 ms | server p99 ms | max ms | requests | errors (status / socket) | load average |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${THINK_ROWS[@]}"
  echo
  echo "| machine limit or budget | figure | budget (docs/design.md §7) |"
  echo "|---|---|---|"
  echo "| health endpoint (the web stack's ceiling) | $(cut -d'|' -f4 <<<"${ROWS[0]}" | xargs) requests/s | – |"
  echo "| pgbench single-row inserts, -c 8 -j 2 -T $PGBENCH_SECONDS (the database's commit ceiling) | $PG_TPS inserts/s, latency average $PG_LAT ms (load average $PG_LA) | – |"
  echo "| start-up, process start to health UP, 21k-person database: extracted jar with CDS archive (docs/deployment.md) | $START_MS ms ($STARTED_LINE) | $([[ -n "$START25_MS" ]] && echo – || echo "< 8 s: $START_BUDGET") |"
  [[ -n "$START25_MS" ]] && echo "| start-up as above on Java 25 with an AOT cache (\`-XX:AOTCache\`, the recommended form, docs/deployment.md) | $START25_MS ms ($START25_LINE) | < 8 s: $START_BUDGET |"
  echo "| start-up as above from the fat jar (\`java -jar target/velocity.jar\`) | $JAR_START_MS ms ($JAR_STARTED_LINE) | – |"
  echo "| start-up on an empty database (migrations + demo firm) | $FIRST_START_MS ms${FIRST_START_NOTE:-} | – |"
  echo "| RSS idle / after load | $RSS_IDLE MB / $RSS_AFTER MB | – |"
  echo "| heap used after load / live after full GC (max heap 256 MB) | $PEAK_MB MB / $LIVE_MB MB; $GC_PAUSES GC pauses, longest ${MAX_PAUSE:-?} | < 256 MB: $([[ ${PEAK_MB:-999} -lt 256 ]] && echo met || echo '**missed**') |"
  echo "| main pages, p99 server time, $CONNECTIONS users with think time | see above | < 25 ms: $PAGES_BUDGET |"
  echo "| answer saves per second at $CONNECTIONS connections (every save a committed upsert) | $ANSWER_RPS/s, no errors allowed: $(awk -v v="$ANSWER_RPS" 'BEGIN { exit !(v >= 1000) }' && echo met || echo '**missed**') | ≥ 1,000/s |"
} >"$REPORT"

# replace the generated part of docs/performance.md
DOC="$ROOT/docs/performance.md"
python3 - "$DOC" "$REPORT" <<'EOF'
import sys
doc, report = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
start, end = "<!-- bench.sh:start -->", "<!-- bench.sh:end -->"
if start in text:
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    text = head + start + "\n" + report + end + tail
else:
    text += "\n" + start + "\n" + report + end + "\n"
open(doc, "w").write(text)
EOF
cat "$REPORT"
log "written to docs/performance.md; load average after: $(loadavg)"
