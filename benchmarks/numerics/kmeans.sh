#!/bin/sh
# k-means on 10 000 seeded blob points (k = 8): bookgen's BookNumerics vs a plain NumPy Lloyd loop,
# same points, same initial centroids, same stopping rule (assignment unchanged), so the same
# iteration count. Prints both timings (best and median of REPEAT runs) and the ratio.
#
#   benchmarks/numerics/kmeans.sh [POINTS] [K] [SEED] [REPEAT]
set -eu
cd "$(dirname "$0")/../.."
POINTS=${1:-10000}
K=${2:-8}
SEED=${3:-1}
REPEAT=${4:-20}
swift build -c release --product learning-bench >/dev/null
BIN=.build/release/learning-bench
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$BIN" data "$POINTS" "$K" "$SEED" >"$OUT/data.json"
"$BIN" run "$POINTS" "$K" "$SEED" "$REPEAT" >"$OUT/swift.txt"
python3 benchmarks/numerics/kmeans_numpy.py "$REPEAT" <"$OUT/data.json" >"$OUT/numpy.txt"
field() { awk -v key="$2" '$1 == key { print $2 }' "$1"; }
echo "k-means (Lloyd), $POINTS points, k = $K, seed $SEED, best/median of $REPEAT runs"
printf '  bookgen: %s iterations, inertia %s, best %.3f ms, median %.3f ms\n' \
    "$(field "$OUT/swift.txt" iterations)" "$(field "$OUT/swift.txt" inertia)" \
    "$(field "$OUT/swift.txt" best_ms)" "$(field "$OUT/swift.txt" median_ms)"
printf '  numpy:   %s iterations, inertia %s, best %.3f ms, median %.3f ms\n' \
    "$(field "$OUT/numpy.txt" iterations)" "$(field "$OUT/numpy.txt" inertia)" \
    "$(field "$OUT/numpy.txt" best_ms)" "$(field "$OUT/numpy.txt" median_ms)"
if [ "$(field "$OUT/swift.txt" iterations)" != "$(field "$OUT/numpy.txt" iterations)" ]; then
    echo "  warning: iteration counts differ, the timings are not comparable" >&2
fi
awk -v s="$(field "$OUT/swift.txt" median_ms)" -v n="$(field "$OUT/numpy.txt" median_ms)" \
    'BEGIN { printf "  ratio (numpy median / bookgen median): %.1fx\n", n / s }'
