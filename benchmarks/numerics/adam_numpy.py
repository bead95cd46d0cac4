"""The same 10 000-step Adam run as numerics-bench, as a plain NumPy loop (float64).

f(x, y) = x^2 + 10 sin x + y^2 + 5 sin y from (4, 3); Adam lr 0.1, betas (0.9, 0.999),
eps 1e-8 outside the square root (optax/torch rule). The gradient is written by hand, so NumPy
does no more work than needed. Prints the best time of REPEATS runs and the final iterate.
"""
import json
import sys
import time

import numpy as np

steps = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
c = np.array([10.0, 5.0])


def run():
    x = np.array([4.0, 3.0])
    m = np.zeros(2)
    v = np.zeros(2)
    b1, b2, lr, eps = 0.9, 0.999, 0.1, 1e-8
    trajectory = [x.copy()]
    for k in range(steps):
        g = 2 * x + c * np.cos(x)
        # optax's evaluation order, so both programs round identically
        m = (1 - b1) * g + b1 * m
        v = (1 - b2) * (g * g) + b2 * v
        m_hat = m / (1 - b1 ** (k + 1))
        v_hat = v / (1 - b2 ** (k + 1))
        x = x - lr * (m_hat / (np.sqrt(v_hat) + eps))
        trajectory.append(x.copy())
    return x


best = float("inf")
for _ in range(repeats):
    started = time.perf_counter()
    final = run()
    best = min(best, time.perf_counter() - started)
print(json.dumps({"seconds": best, "final": final.tolist(), "steps": steps}))
