#!/usr/bin/env bash
# One member against a scripted opponent in a plain loop on one thread (no Flink, no Ignite):
# the learner alone, for tuning agent: blocks and as the reference the league job is compared to.
#   bench/scripted-training.sh <scenario.yaml> <league.yaml> <opponent> <minutes> [seed]
# Prints every 10 matches: time, frames, frames/s, win rate, frags and damage per game (learner:opponent)
# of those matches, play and learn seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP="$ROOT/flink-jobs/target/classes:$(cat "$ROOT/flink-jobs/target/classpath.txt")"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" @"$ROOT/bin/jvm17.args" -Xmx4g -cp "$CP" dev.league.flink.training.ScriptedTraining "$@"
