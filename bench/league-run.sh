#!/usr/bin/env bash
# Trains a league on the embedded default and evaluates it: the experiments of docs/BENCHMARKS.md
# ("Leagues that learn"). Build first: mvn -B -DskipTests package
#   bench/league-run.sh <scenario.yaml> <league.yaml> <name> [evaluation games per pairing]
# Writes runs/bench-<name>/<run-id>/ (run directory, evaluation report) and prints the summary.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCENARIO="$1"; LEAGUE="$2"; NAME="$3"; GAMES="${4:-100}"
RUNS="$ROOT/runs/bench-$NAME"
mkdir -p "$RUNS"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), git $(git -C "$ROOT" rev-parse --short HEAD)"
LEAGUE_JAVA_OPTS="${LEAGUE_JAVA_OPTS:-} -Dleague.log.file=$RUNS/league.log" LEAGUE_HEAP="${LEAGUE_HEAP:-6g}" "$ROOT/bin/league" train "$SCENARIO" --league "$LEAGUE" --runs-dir "$RUNS" --no-progress ${LEAGUE_TRAIN_ARGS:-} \
  2>&1 | tee "$RUNS/train.log" | grep -E "run |finished|budget|ERROR" || true
RUN="$(ls -td "$RUNS"/*/ | head -1)"
echo "run directory: $RUN"
"$ROOT/bin/league" evaluate "$RUN" --games "$GAMES" --no-progress 2>&1 | tail -40
