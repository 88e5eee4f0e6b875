#!/usr/bin/env bash
# Compares storyline's time-expression engine with chrono-node, the most used JavaScript
# date parser, on the same sample article on this machine: articles per second for
# chrono's parse() alone, and for storyline's whole engine (cleanup, tokens, sentences,
# tagging and normalisation) from its Go benchmark.
#
#   scripts/bench-chrono.sh [ARTICLE] [N]
#
# chrono-node is installed from npm into a temporary folder that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${2:-2000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# By default the embedded sample article, without its front matter: the same text the Go
# benchmark tags.
sample=${1:-}
if [ -z "$sample" ]; then
  sample="$tmp/sample.txt"
  awk 'n >= 2 { print; next } /^---$/ { n++ }' data/sample/caspian-strikes-2015.md >"$sample"
fi
if [ ! -f "$sample" ]; then
  echo "bench-chrono: no article at $sample" >&2
  exit 1
fi
sample=$(cd "$(dirname "$sample")" && pwd)/$(basename "$sample")

echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs"
echo "go: $(go version | cut -d' ' -f3-)   node: $(node --version)"
echo "sample: $sample ($(wc -c <"$sample") bytes)"
echo

npm install --silent --no-audit --no-fund --prefix "$tmp" chrono-node >/dev/null
cat >"$tmp/bench.js" <<'JS'
const fs = require("fs");
const chrono = require("chrono-node");
const [file, n] = [process.argv[2], Number(process.argv[3])];
const text = fs.readFileSync(file, "utf8");
const ref = new Date(Date.UTC(2015, 9, 7));
let found = 0;
for (let i = 0; i < 50; i++) chrono.parse(text, ref); // warm up the JIT
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) found = chrono.parse(text, ref).length;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const version = JSON.parse(fs.readFileSync(process.argv[4], "utf8")).version;
console.log(`chrono-node ${version} parse(): ` +
  `${(n / secs).toFixed(0)} articles/s (${(secs / n * 1e6).toFixed(0)} µs/article, ${found} results)`);
JS
NODE_PATH="$tmp/node_modules" node "$tmp/bench.js" "$sample" "$n" "$tmp/node_modules/chrono-node/package.json"

out=$(go test -run '^$' -bench '^BenchmarkSample$' -benchtime "${n}x" -count 3 ./data/timex/)
best=$(echo "$out" | awk '/^BenchmarkSample/ { print $3 }' | sort -n | head -1)
awk -v ns="$best" 'BEGIN { printf "storyline timex (whole engine): %.0f articles/s (%.0f µs/article)\n", 1e9/ns, ns/1000 }'
