#!/usr/bin/env bash
# Counts what one benchmark costs a pass, at an earlier build and in the working tree, with
# valgrind's cachegrind: instructions and misses of the instruction, data and last-level
# caches. Unlike timings these do not move with the machine's load, so they show what a
# change costs where scripts/bench-ab.sh is drowned in noise. The collector is off
# (GOGC=off), as its timing would change the counts, and the one pass a run of 1x makes
# (with the loading of the word lists) is subtracted from a run of 3x, whose four passes
# leave three.
#
#   scripts/cachegrind-ab.sh REV PACKAGE BENCH
#   scripts/cachegrind-ab.sh 1680fdb ./data/extract 'CorpusT17$'
#
# Needs valgrind (apt-get install valgrind) and, for the corpus benchmarks, the Timeline17
# corpus (see data/extract/corpus_bench_test.go). A pass of CorpusT17 takes a minute or
# two under cachegrind.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 3 ]; then
  echo "usage: scripts/cachegrind-ab.sh REV PACKAGE BENCH" >&2
  exit 2
fi
rev=$1 pkg=$2 bench=$3
command -v valgrind >/dev/null || { echo "cachegrind-ab: needs valgrind" >&2; exit 1; }

. scripts/ab-builds.sh

count() { # BINARY N: instructions, I1, D1 and LL misses of a run of N
  (cd "$pkg" && GOGC=off valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=/dev/null \
    "$1" -test.run '^$' -test.bench "$bench" -test.benchtime "${2}x" -test.cpu 1 2>&1) |
    awk '{ gsub(",", "") } /I *refs:/ { ir = $4 } /I1 *misses:/ { i1 = $4 } /D1 *misses:/ { d1 = $4 } /LL misses:/ { ll = $4 }
      END { print ir, i1, d1, ll }'
}
for b in base new; do
  (echo "$(count "$tmp/$b.test" 1) $(count "$tmp/$b.test" 3)" >"$tmp/$b.out") &
done
wait
for b in base new; do
  read -r ir1 i11 d11 ll1 ir3 i13 d13 ll3 <"$tmp/$b.out"
  name=$rev
  [ "$b" = new ] && name="working tree"
  echo "$name: $(((ir3 - ir1) / 3)) instructions, $(((i13 - i11) / 3)) I1 misses, $(((d13 - d11) / 3)) D1 misses, $(((ll3 - ll1) / 3)) LL misses a pass"
done
