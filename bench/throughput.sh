#!/usr/bin/env bash
# #8 item 8: end-to-end environment frames per second of the embedded league job, with the
# breakdown the operators log (simulation, inference, learning, weight publishing; the rest of the
# wall clock is transport, Flink and Ignite). Build first: mvn -B -DskipTests package
#   bench/throughput.sh [minutes=2]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MINUTES="${1:-2}"
for CASE in "smac/3m 4" "shooter/deathmatch-8 8"; do
  set -- $CASE
  NAME="throughput-$(basename "$1")"
  RUNS="$ROOT/runs/bench-$NAME"
  rm -rf "$RUNS"; mkdir -p "$RUNS"
  echo "== $1: $2 members, $MINUTES min; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  LEAGUE_JAVA_OPTS="-Dleague.log.file=$RUNS/league.log" LEAGUE_HEAP=4g "$ROOT/bin/league" train "$ROOT/scenarios/$1.yaml" \
    --league "$ROOT/leagues/throughput.yaml" --members "$2" --minutes "$MINUTES" --runs-dir "$RUNS" --no-progress > "$RUNS/train.log" 2>&1
  grep -E "frames/s\)$|learner updates in" "$RUNS/train.log" | tail -1
  # the last cumulative breakdown of each rollout worker and learner subtask
  for KIND in "rollout worker 0" "rollout worker 1" "learner 0" "learner 1"; do
    grep "$KIND:" "$RUNS/league.log" | tail -1 | sed 's/^.* - //'
  done
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
