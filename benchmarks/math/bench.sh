#!/bin/sh
# Formulas per second: bookgen (BookMath, one process) vs KaTeX (one node process, the
# katex module's MathML output) vs pandoc --mathml (one process, all formulas in one
# Markdown document). Usage: benchmarks/math/bench.sh [CORPUS.tex.txt ...]
# Needs: swift, node + Debian's katex, pandoc, hyperfine.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ $# -eq 0 ]; then
    for dir in "$root/../shared/mathcheck/corpus" "$root/../../shared/mathcheck/corpus"; do
        [ -d "$dir" ] && set -- "$dir"/*.tex.txt && break
    done
fi
[ $# -gt 0 ] || { echo "bench.sh: no corpus given and ../shared/mathcheck/corpus not found" >&2; exit 1; }
out="$root/benchmarks/out"
mkdir -p "$out"
# Repeat the corpus so every run converts enough formulas to time reliably.
repeat=${REPEAT:-10}
: > "$out/corpus.txt"
i=0
while [ $i -lt "$repeat" ]; do grep -hE '^[DI] ' "$@" >> "$out/corpus.txt"; i=$((i + 1)); done
n=$(wc -l < "$out/corpus.txt")
# pandoc reads the same formulas as Markdown: one paragraph per formula.
sed -e 's/^D \(.*\)$/$$\1$$\n/' -e 's/^I \(.*\)$/$\1$\n/' "$out/corpus.txt" > "$out/corpus.md"

(cd "$root" && swift build -c release --product bookgen >/dev/null)
bookgen="$root/.build/release/bookgen math --batch"
katex="node $here/katex-batch.js"
pandoc="pandoc --from markdown --to html --mathml"

hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$out/math.json" \
    -n bookgen "$bookgen < $out/corpus.txt > /dev/null" \
    -n katex "$katex < $out/corpus.txt > /dev/null 2>&1" \
    -n pandoc "$pandoc < $out/corpus.md > /dev/null" >/dev/null
python3 - "$out/math.json" "$n" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
rate = {r["command"]: n / r["mean"] for r in data}
print(f"{n} formulas per run")
for name in ("bookgen", "katex", "pandoc"):
    r = next(r for r in data if r["command"] == name)
    print(f"{name:8s} {rate[name]:10.0f} formulas/s   (mean {r['mean']*1000:.1f} ms ± {r['stddev']*1000:.1f})")
print(f"bookgen / katex  = {rate['bookgen'] / rate['katex']:.1f}x")
print(f"bookgen / pandoc = {rate['bookgen'] / rate['pandoc']:.1f}x")
PY
