#!/bin/sh
# Times the same 10 000-step Adam run on x^2 + 10*sin(x) + y^2 + 5*sin(y) from (4, 3)
# in bookgen (release build; formula parser + reverse-mode AD + Optimizer.run, recording the
# whole trajectory) and in a plain NumPy loop (hand-written gradient, also keeping the
# trajectory). Both report the best in-process wall time over several repetitions, so neither
# pays for process start-up or the NumPy import. Prints both times, the ratio, and checks that
# the two final points agree.
# Usage: benchmarks/numerics/adam_vs_numpy.sh   (from the package root)
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --product numerics-bench >/dev/null
swift_json=$(.build/release/numerics-bench "x^2 + 10*sin(x) + y^2 + 5*sin(y)" 10000 20)
numpy_json=$(python3 benchmarks/numerics/adam_numpy.py 10000 5)
python3 - "$swift_json" "$numpy_json" <<'PY'
import json, sys
s, n = json.loads(sys.argv[1]), json.loads(sys.argv[2])
diff = max(abs(a - b) for a, b in zip(s["final"], n["final"]))
print(f"bookgen (Swift, release): {s['seconds'] * 1e3:8.3f} ms for {s['steps']} Adam steps")
print(f"NumPy loop:               {n['seconds'] * 1e3:8.3f} ms for {n['steps']} Adam steps")
print(f"ratio NumPy / bookgen:    {n['seconds'] / s['seconds']:8.1f}x")
print(f"final points: {s['final']} vs {n['final']} (max |diff| {diff:.2e})")
PY
