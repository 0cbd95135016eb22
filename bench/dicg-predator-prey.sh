#!/usr/bin/env bash
# DICG on the paper's predator-prey (Li et al. 2021): 10x10 grid, 8 predators, 8 prey, penalty P = -1.5,
# 200 steps (scenarios/predator-prey/penalty-1.5.yaml). Trains each architecture for a bounded wall-clock
# time with the paper's PPO settings (lr 3e-4, entropy 0.1, clip 0.2, gamma 0.99, GAE 0.97, grad clip 7,
# 10 epochs x 3 minibatches; 30 copies x 200 steps = 6,000 transitions of 8 agents per update; the paper
# uses 60,000) and prints one summary line per run; logs and the DICG-CE graph of a greedy episode
# (coordination.jsonl) go to the output directory.
#
# Usage: bench/dicg-predator-prey.sh [--minutes M] [--seed S] [--out DIR] [--runs "dicg-ce:dicg independent:mlp"]
#                                    [-- extra DicgPredatorPrey options, e.g. --copies 10 --small]
# Defaults: --minutes 10 per run, --seed 1, --out target/dicg-predator-prey,
#           --runs "dicg-ce:dicg dicg-de:dicg independent:mlp".
# Record results with the machine, the date and the exact command in docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MINUTES=10
SEED=1
OUT="$ROOT/target/dicg-predator-prey"
RUNS="dicg-ce:dicg dicg-de:dicg independent:mlp"
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
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
    --minutes "$MINUTES" "${adjacency[@]}" "${EXTRA[@]}" 2>&1 | grep -v '^SLF4J' > "$log"
  grep '^summary:' "$log" || { echo "dicg-predator-prey.sh: run $policy/$critic failed, see $log" >&2; exit 1; }
done
