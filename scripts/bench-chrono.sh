#!/usr/bin/env bash
# Compares storyline with chrono-node, the most used JavaScript date parser, on the same
# real news on this machine: the 672 Timeline17 articles of LibyaWar_reuters and bpoil_bbc,
# each read from its topic's articles.jsonl and parsed against its own publication date
# ("time"). Both sides get one untimed warm-up pass and then the same number of timed
# passes over the whole set, one article after another on one thread; each prints the
# median of its passes.
#
#   scripts/bench-chrono.sh [ROUNDS]      (default 5)
#
# STORYLINE_T17 names the corpus directory (default ~/storyline-corpora/t17), as for the
# Go benchmarks. chrono-node is installed from npm into a temporary folder that is removed
# afterwards; storyline never depends on it.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
corpus=${STORYLINE_T17:-$HOME/storyline-corpora/t17}
topics=(LibyaWar_reuters bpoil_bbc) # the set of BenchmarkCorpusT17 in data/extract
files=()
for t in "${topics[@]}"; do
  f="$corpus/$t/articles.jsonl"
  if [ ! -f "$f" ]; then
    echo "bench-chrono: no $f (set STORYLINE_T17)" >&2
    exit 1
  fi
  files+=("$f")
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs"
echo "go: $(go version | cut -d' ' -f3-)   node: $(node --version)"

npm install --silent --no-audit --no-fund --prefix "$tmp" chrono-node >/dev/null
cat >"$tmp/bench.js" <<'JS'
const fs = require("fs");
const chrono = require("chrono-node");
const [pkg, rounds, ...files] = process.argv.slice(2);
const docs = [];
let bytes = 0;
for (const f of files) {
  for (const line of fs.readFileSync(f, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const a = JSON.parse(line);
    if (!a.text || a.text.trim() === "") continue; // storyline skips a record without text too
    const [y, m, d] = a.time.split("-").map(Number);
    docs.push({ text: a.text, ref: new Date(Date.UTC(y, m - 1, d)) });
    bytes += Buffer.byteLength(a.text, "utf8");
  }
}
const pass = () => {
  let found = 0;
  for (const d of docs) found += chrono.parse(d.text, d.ref).length;
  return found;
};
pass(); // warm-up: the JIT compiles chrono's patterns
const secs = [];
let found = 0;
for (let r = 0; r < Number(rounds); r++) {
  const start = process.hrtime.bigint();
  found = pass();
  secs.push(Number(process.hrtime.bigint() - start) / 1e9);
}
secs.sort((a, b) => a - b);
const med = secs[Math.floor(secs.length / 2)];
const version = JSON.parse(fs.readFileSync(pkg, "utf8")).version;
console.log(`set: ${docs.length} articles, ${bytes} bytes; ${rounds} timed passes each, medians`);
console.log(`chrono-node ${version} parse() alone:           ` +
  `${(docs.length / med).toFixed(0)} articles/s, ${(med * 1e9 / bytes).toFixed(1)} ns/byte (${found} results)`);
JS
NODE_PATH="$tmp/node_modules" node "$tmp/bench.js" "$tmp/node_modules/chrono-node/package.json" "$rounds" "${files[@]}"

# One Go benchmark run is one pass over the set (-benchtime 1x); the first run is the
# warm-up and is dropped.
go test -c -o "$tmp/extract.test" ./data/extract
for b in CorpusT17 CorpusT17Timex; do
  STORYLINE_T17=$corpus "$tmp/extract.test" -test.run '^$' -test.bench "^Benchmark$b\$" \
    -test.benchtime 1x -test.count $((rounds + 1)) -test.cpu 1 -test.benchmem >"$tmp/$b.out"
done
# The median pass of a benchmark's output: its articles/s and ns/byte, the set's size
# derived from them, and its allocation per pass.
median() {
  awk '/^Benchmark/ { for (i = 1; i < NF; i++) v[$(i+1)] = $i
         print v["articles/s"], v["ns/byte"], v["ns/op"], v["B/op"] }' "$1" | tail -n +2 |
    sort -n | awk '{ r[NR] = $0 } END { print r[int((NR + 1) / 2)] }'
}
read -r aps nsb nsop bop <<<"$(median "$tmp/CorpusT17.out")"
awk -v a="$aps" -v n="$nsb" -v t="$nsop" -v m="$bop" 'BEGIN {
  printf "storyline whole extraction (dates, actors, sources, quotes, events): %.0f articles/s, %.1f ns/byte (%.0f articles, %.0f B allocated per input byte)\n", a, n, a*t/1e9, m/(t/n) }'
read -r aps nsb nsop bop <<<"$(median "$tmp/CorpusT17Timex.out")"
awk -v a="$aps" -v n="$nsb" 'BEGIN {
  printf "storyline time expressions only (cleanup, tokens, sentences, tagging): %.0f articles/s, %.1f ns/byte\n", a, n }'
