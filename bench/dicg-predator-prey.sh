#!/usr/bin/env bash
# DICG on the paper's predator-prey (Li et al. 2021): 10x10 grid, 8 predators, 8 prey, penalty P = -1.5,
# 200 steps (scenarios/predator-prey/penalty-1.5.yaml). Trains each architecture for a bounded number of
# PPO updates and wall-clock time with the reference code's PPO settings (clip 0.2, gamma 0.99, GAE 0.97,
# grad clip 7, 10 epochs x 3 minibatches, entropy weight 0.1 on its per-step loss = 0.1 / 8 per agent here,
# see DicgPredatorPrey.REFERENCE_ENTROPY) except the learning rate: 3e-4 (the reference code runs Adam at
# garage's default 1e-2; see docs/BENCHMARKS.md). 30 copies x 200 steps = 6,000 transitions of 8 agents per
# update (the paper uses 60,000). Prints every update line as it goes and one summary line per run; logs
# and the graph of a greedy episode
# (coordination.jsonl) go to the output directory.
#
# Usage: bench/dicg-predator-prey.sh [--updates U] [--minutes M] [--seed S] [--out DIR] [--runs "dicg-ce:dicg independent:mlp"]
#                                    [-- extra DicgPredatorPrey options, e.g. --updates 150 --copies 10 --small]
# Defaults: --updates 150 and at most --minutes 40 per run (the paper trains 7.5M steps / 60,000 = 125 updates),
#           --seed 1, --out target/dicg-predator-prey,
#           --runs "dicg-ce:dicg dicg-de:dicg independent:mlp".
# Record results with the machine, the date and the exact command in docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UPDATES=150
MINUTES=40
SEED=1
OUT="$ROOT/target/dicg-predator-prey"
RUNS="dicg-ce:dicg dicg-de:dicg independent:mlp"
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --updates) UPDATES="$2"; shift 2 ;;
    --minutes) MINUTES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "dicg-predator-prey.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
cd "$ROOT"
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/dicg-classpath.txt \
  -pl scenarios,agents,coordination-graphs
CP="coordination-graphs/target/classes:$(cat coordination-graphs/target/dicg-classpath.txt)"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
for run in $RUNS; do
  policy="${run%%:*}"
  critic="${run##*:}"
  log="$OUT/$policy-$critic-seed$SEED.log"
  adjacency=()
  if [[ "$policy" != independent || "$critic" == dicg ]]; then
    adjacency=(--adjacency "$OUT/coordination-$policy-seed$SEED.jsonl")
  fi
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx4g @"$ROOT/bin/jvm17.args" -cp "$CP" dev.league.coordination.DicgPredatorPrey \
    --scenario scenarios/predator-prey/penalty-1.5.yaml --policy "$policy" --critic "$critic" --seed "$SEED" \
    --updates "$UPDATES" --minutes "$MINUTES" "${adjacency[@]}" "${EXTRA[@]}" 2>&1 | grep --line-buffered -v '^SLF4J' > "$log" &
  # progress: every update line as it is written; the summary line ends the run
  tail -n +1 -f --pid=$! "$log" | grep --line-buffered -v '^summary:' || true
  wait $! || true
  grep '^summary:' "$log" || { echo "dicg-predator-prey.sh: run $policy/$critic failed, see $log" >&2; exit 1; }
done
