#!/usr/bin/env bash
# #10 item 4: the same league, budget and seeds with PBT on and off.
#   bench/pbt-ablation.sh [minutes=10] [seeds="1 2 3"] [map=3m]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MINUTES="${1:-10}"; SEEDS="${2:-1 2 3}"; MAP="${3:-3m}"
for SEED in $SEEDS; do
  for PBT in on off; do
    echo "== $MAP, PBT $PBT, $MINUTES min, seed $SEED"
    LEAGUE_TRAIN_ARGS="--minutes $MINUTES --seed $SEED" "$ROOT/bench/league-run.sh" "$ROOT/scenarios/smac/$MAP.yaml" \
      "$ROOT/leagues/ablation-pbt-$PBT.yaml" "pbt-$PBT-$MAP-s$SEED" "${GAMES:-100}"
  done
done
