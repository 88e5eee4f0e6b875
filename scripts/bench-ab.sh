#!/usr/bin/env bash
# Compares one benchmark between an earlier build and the working tree, on a machine whose
# speed wanders: the two builds run at the same time, each pinned to a CPU of its own with
# taskset, and the CPUs are swapped from one pair to the next, so that whatever slows the
# machine down slows both. Prints each pair's ratio and the median and mean of the pairs.
#
#   scripts/bench-ab.sh REV PACKAGE BENCH [PAIRS]      (PAIRS default 16)
#   scripts/bench-ab.sh 1680fdb ./data/extract 'CorpusT17$' 30
#
# The earlier build is checked out in a temporary worktree with the working tree's
# versions of the benchmark files of PACKAGE it has copied over its own, so that both run
# the same benchmark.
# Needs two CPUs, taskset and, for the corpus benchmarks, the Timeline17 corpus (see
# data/extract/corpus_bench_test.go).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 3 ]; then
  echo "usage: scripts/bench-ab.sh REV PACKAGE BENCH [PAIRS]" >&2
  exit 2
fi
rev=$1 pkg=$2 bench=$3 pairs=${4:-16}
if [ "$(nproc)" -lt 2 ]; then
  echo "bench-ab: needs two CPUs" >&2
  exit 1
fi

. scripts/ab-builds.sh

run() { # CPU BINARY: the benchmark's ns/op
  (cd "$pkg" && taskset -c "$1" "$2" -test.run '^$' -test.bench "$bench" -test.cpu 1) |
    awk '/^Benchmark/ { print $3; exit }'
}

ratios=()
for k in $(seq 1 "$pairs"); do
  a=$((k % 2)) b=$((1 - k % 2))
  run "$a" "$tmp/base.test" >"$tmp/base.out" &
  run "$b" "$tmp/new.test" >"$tmp/new.out" &
  wait
  old=$(cat "$tmp/base.out") new=$(cat "$tmp/new.out")
  if [ -z "$old" ] || [ -z "$new" ]; then
    echo "bench-ab: $bench gave no figure (is its corpus laid out?)" >&2
    exit 1
  fi
  r=$(awk -v o="$old" -v n="$new" 'BEGIN { printf "%+.1f", (n / o - 1) * 100 }')
  ratios+=("$r")
  echo "pair $k: $rev $old ns/op, working tree $new ns/op, $r%"
done
printf '%s\n' "${ratios[@]}" | sort -g | awk -v rev="$rev" '
  { v[NR] = $1; s += $1 }
  END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "working tree against %s: median %+.1f%%, mean %+.1f%% over %d pairs (%+.1f%% to %+.1f%%)\n", rev, m, s / NR, NR, v[1], v[NR]
  }'
