#!/usr/bin/env bash
# Answer saves, two builds (or two JVM settings) side by side: both servers run at the same time on
# the same machine, each on its own copy of the seeded database, and both are loaded at once. The
# figure compared is the CPU each spends per save (Velocity's process, and the PostgreSQL backends
# of its own database), so a minute in which the machine is slower slows both alike. Single runs
# minutes apart vary by up to 2x on this kind of machine; side by side, two copies of the same jar
# agree within 3%.
#
#   load/side-by-side.sh old.jar new.jar
#   OPTS_B=-XX:+UseParallelGC load/side-by-side.sh target/velocity.jar target/velocity.jar
#   JAVA_B=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java load/side-by-side.sh app.jar app.jar
#
# Needs what load/bench.sh needs, and the database it seeds ($LOAD_DB, velocity_load): run
# `load/bench.sh` once first. Serves on ports 18101 and 18102; makes databases velocity_side_a/_b.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOAD_DIR="$ROOT/load"
export LOAD_DIR
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-velocity}"
export PGPASSWORD="${PGPASSWORD:-velocity}"
LOAD_DB="${LOAD_DB:-velocity_load}"
A="$1"
B="$2"
CONNECTIONS="${CONNECTIONS:-25}"   # each; 50 in all, as in bench.sh
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-90}"
ROUNDS="${ROUNDS:-3}"
HZ=$(getconf CLK_TCK)

if ! psql -d "$LOAD_DB" -Atc "select 1 from people limit 1" >/dev/null 2>&1; then
  echo "No seeded database $LOAD_DB: run load/bench.sh once first." >&2
  exit 1
fi

cpu() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends() { # CPU ticks of the PostgreSQL backends serving one database
  local sum=0
  for p in $(psql -d postgres -Atc "select pid from pg_stat_activity where datname = '$1'"); do
    sum=$((sum + $(cpu "$p")))
  done
  echo "$sum"
}

start() { # jar database port java options
  psql -d postgres -qc "drop database if exists $2 with (force)" -c "create database $2 template $LOAD_DB"
  # shellcheck disable=SC2086
  VELOCITY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$2" VELOCITY_DB_USER="$PGUSER" \
    VELOCITY_DB_PASSWORD="$PGPASSWORD" VELOCITY_DEMO=true PORT="$3" \
    VELOCITY_BASE_URL="http://127.0.0.1:$3" VELOCITY_SCHEDULER_ENABLED=false \
    "$4" -Xmx256m $5 -jar "$1" >"$LOAD_DIR/out/side-$3.log" 2>&1 &
  echo $!
}

mkdir -p "$LOAD_DIR/out"
PID_A=$(start "$A" velocity_side_a 18101 "${JAVA_A:-java}" "${OPTS_A:-}")
PID_B=$(start "$B" velocity_side_b 18102 "${JAVA_B:-java}" "${OPTS_B:-}")
trap 'kill $PID_A $PID_B 2>/dev/null || true' EXIT
for port in 18101 18102; do
  for _ in $(seq 1 900); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP && break
    sleep 0.2
  done
done

for side in 18101:velocity_side_a 18102:velocity_side_b; do
  port=${side%%:*}
  db=${side##*:}
  answerers=$(psql -d "$db" -Atc "select email from people where email like '%@northwind.example'
    and role in ('EXECUTIVE', 'COLLEAGUE') order by email")
  # shellcheck disable=SC2086
  java "$LOAD_DIR/Load.java" answerers "http://127.0.0.1:$port" velocity-demo \
    "$LOAD_DIR/out/side-answerers-$port.txt" $answerers >/dev/null
done

saves() { # port seconds
  WRK_ANSWERS="$LOAD_DIR/out/side-answerers-$1.txt" wrk -t1 -c"$CONNECTIONS" -d"$2"s --timeout 10s \
    -s "$LOAD_DIR/wrk/answer-save.lua" "http://127.0.0.1:$1"
}

saves 18101 "$WARMUP" >/dev/null &
saves 18102 "$WARMUP" >/dev/null &
wait

echo "A: $A ${JAVA_A:-java} ${OPTS_A:-}"
echo "B: $B ${JAVA_B:-java} ${OPTS_B:-}"
echo "CPU per answer save in ms (Velocity, PostgreSQL); B/A below 1 means B is cheaper"
for round in $(seq 1 "$ROUNDS"); do
  a0=$(cpu "$PID_A"); b0=$(cpu "$PID_B")
  qa0=$(backends velocity_side_a); qb0=$(backends velocity_side_b)
  saves 18101 "$DURATION" >"$LOAD_DIR/out/side-a.txt" &
  saves 18102 "$DURATION" >"$LOAD_DIR/out/side-b.txt" &
  wait
  a1=$(cpu "$PID_A"); b1=$(cpu "$PID_B")
  qa1=$(backends velocity_side_a); qb1=$(backends velocity_side_b)
  na=$(awk '/WRKRESULT/ {print $6}' "$LOAD_DIR/out/side-a.txt")
  nb=$(awk '/WRKRESULT/ {print $6}' "$LOAD_DIR/out/side-b.txt")
  if [[ -z "$na" || -z "$nb" || "$na" == 0 || "$nb" == 0 ]]; then
    echo "A round saved nothing; see $LOAD_DIR/out/side-a.txt, side-b.txt and side-*.log" >&2
    exit 1
  fi
  awk -v r="$round" -v na="$na" -v nb="$nb" -v hz="$HZ" \
    -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v qa=$((qa1 - qa0)) -v qb=$((qb1 - qb0)) 'BEGIN {
      ja = a * 1000 / hz / na; jb = b * 1000 / hz / nb; pa = qa * 1000 / hz / na; pb = qb * 1000 / hz / nb
      printf "round %d  A: %d saves, %.3f + %.3f  B: %d saves, %.3f + %.3f  B/A Velocity %.2f, both %.2f\n",
        r, na, ja, pa, nb, jb, pb, jb / ja, (jb + pb) / (ja + pa) }'
done
