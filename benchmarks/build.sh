#!/usr/bin/env bash
# Times `bookgen build` (release) on synthetic books of 100 and 1000 chapters and prints
# ms/chapter, peak memory and output size. Run from the repository root: benchmarks/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bookgen >/dev/null
bin=.build/release/bookgen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}

printf '%-9s %10s %10s %12s %12s %12s\n' chapters "best ms" "median ms" "ms/chapter" "peak RSS" "output"
for n in 100 1000; do
  python3 benchmarks/generate_book.py "$n" "$work/book$n"
  times=()
  peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" build --content "$work/book$n" --output "$work/site$n" --templates templates >/dev/null
    read -r seconds kilobytes <"$work/time"
    times+=("$seconds")
    [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  best=$(echo "$sorted" | head -1)
  median=$(echo "$sorted" | sed -n "$(((runs + 1) / 2))p")
  bytes=$(du -sb "$work/site$n" | cut -f1)
  input=$(du -sb "$work/book$n" | cut -f1)
  awk -v n="$n" -v b="$best" -v m="$median" -v p="$peak" -v o="$bytes" -v i="$input" 'BEGIN {
    printf "%-9d %10.0f %10.0f %12.2f %9.1f MB %9.1f MB   (input %.1f MB)\n", n, b*1000, m*1000, m*1000/n, p/1024, o/1048576, i/1048576 }'
done
