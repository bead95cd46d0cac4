#!/usr/bin/env bash
# Cold vs warm builds of books with experiment figures (release): a cold build computes every
# figure into an empty cache; a warm rebuild of the unchanged book must compute none.
# Run from the repository root: benchmarks/experiments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bookgen >/dev/null
bin=.build/release/bookgen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}

measure() { # label content-dir
  local label=$1 content=$2 cold=() warm=() line
  for _ in $(seq "$runs"); do
    rm -rf "$work/cache"
    start=$(date +%s%N)
    line=$("$bin" build --content "$content" --output "$work/site" --cache-dir "$work/cache")
    cold+=($(( ($(date +%s%N) - start) / 1000000 )))
    coldline=$line
    start=$(date +%s%N)
    line=$("$bin" build --content "$content" --output "$work/site" --cache-dir "$work/cache")
    warm+=($(( ($(date +%s%N) - start) / 1000000 )))
    warmline=$line
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
  echo "$label"
  echo "  cold: median $(median "${cold[@]}") ms   ${coldline#bookgen: }"
  echo "  warm: median $(median "${warm[@]}") ms   ${warmline#bookgen: }"
}

measure "the book (content/)" content
measure "plot gallery (every plot kind)" Tests/BookSiteTests/Fixtures/plot-gallery
