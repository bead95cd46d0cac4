#!/usr/bin/env python3
"""Writes a synthetic book of N chapters (Chinese prose, inline and display math, lists,
code blocks, callouts) into a folder, for timing `bookgen build`.

    python3 benchmarks/generate_book.py N OUT_DIR

The text is deterministic (a seeded generator), so every run measures the same input.
"""
import os
import random
import sys

WORDS = ("梯度 下降 学习率 参数 损失 函数 优化 方向 步长 收敛 发散 动量 曲面 山谷 最小值 迭代 "
         "模型 样本 噪声 批量 误差 平方 导数 向量 矩阵 特征 训练 验证 泛化 正则").split()
PUNCT = "，，，。；"
FORMULAS = [r"\theta_{t+1} = \theta_t - \eta \nabla J(\theta_t)", r"J(w, b) = \frac{1}{2m}\sum_{i=1}^{m}(h_i - y_i)^2",
            r"\|x\|_2^2", r"a_1 * b_2", r"\{x \mid x > 0\}", r"f'(x) = 2x", r"\eta < \frac{2}{L}"]


def sentence(rng):
    parts = []
    for _ in range(rng.randint(3, 6)):
        parts.append("".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))))
        if rng.random() < 0.3:
            parts[-1] += " $" + rng.choice(FORMULAS) + "$ "
    return "".join(p + rng.choice(PUNCT[:-1]) for p in parts[:-1]) + parts[-1] + "。"


def chapter(n, rng):
    out = [f"# 第 {n} 个主题：{rng.choice(WORDS)}与{rng.choice(WORDS)}\n"]
    for section in range(1, 5):
        out.append(f"## {rng.choice(WORDS)}{rng.choice(WORDS)} {section}\n")
        for _ in range(3):
            out.append("".join(sentence(rng) for _ in range(rng.randint(3, 5))) + "\n")
        out.append("$$\n" + rng.choice(FORMULAS) + " \\\\\n" + rng.choice(FORMULAS) + "\n$$\n")
        out.append("\n".join(f"- **{rng.choice(WORDS)}**：{sentence(rng)}" for _ in range(3)) + "\n")
        if section % 2 == 0:
            out.append("```python\nfor t in range(steps):\n    theta = theta - eta * grad(theta)\n```\n")
        else:
            out.append(f"> [!tip] {rng.choice(WORDS)}\n> {sentence(rng)}\n")
    return "\n".join(out)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261123)
    os.makedirs(folder, exist_ok=True)
    names = [f"{i:04d}-chapter.md" for i in range(1, count + 1)]
    for i, name in enumerate(names, 1):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(chapter(i, rng))
    with open(os.path.join(folder, "book.yml"), "w", encoding="utf-8") as f:
        f.write(f"title: 合成之书（{count} 章）\nlanguage: zh-CN\nchapters:\n")
        f.writelines(f"  - {name}\n" for name in names)


if __name__ == "__main__":
    main()
