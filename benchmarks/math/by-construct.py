#!/usr/bin/env python3
"""Splits a mathcheck results.tsv by the constructs whose KaTeX MathML Chromium draws
differently from LaTeX (see README.md in this folder), and prints the mean score of each group
and of the formulas holding none of them.

A formula goes to the first group whose pattern matches its TeX. The patterns look at the
source only, so a group also holds formulas where the construct happens to draw the same.

Usage: benchmarks/math/by-construct.py /tmp/mathcheck-out/results.tsv
"""
import csv, re, sys

GROUPS = [
    ("alignment: aligned, align, cases, array{l}, gathered, split",
     r"\\begin\{(aligned|align\*?|alignat\*?|alignedat|split|cases|dcases|rcases|drcases|gathered|subarray)\}|\\begin\{array\}\{[^}]*[lr]"),
    ("top-level line breaks \\\\ and row gaps \\\\[…]",
     r"^(?!.*\\begin).*\\\\|\\\\\["),
    ("vmatrix and Vmatrix bars", r"\\begin\{[vV]matrix"),
    ("\\vdots and \\ddots rows", r"\\vdots|\\ddots"),
    ("| and ‖ as \\left/\\right or \\lvert, \\Vert", r"\\(left|right|middle|[bB]igg?[lr]?)\s*(\\?\||\\vert|\\Vert)|\\[lr][vV]ert"),
    ("extensible arrows \\xrightarrow …", r"\\x[a-zA-Z]*(arrow|mapsto|harpoon|equal|equilibrium|arrows)"),
    ("\\overset, \\underset, \\stackrel", r"\\(overset|underset|stackrel)"),
    ("primes f', f''", r"'|\\prime"),
    ("\\limits in text style, \\cfrac, \\vec, \\overline{AB}, \\bmod",
     r"\\limits|\\cfrac|\\vec|\\overline\{[^}]{2,}|\\bmod|\\pod|\\pmod"),
    ("logos \\TeX \\LaTeX \\KaTeX", r"\\(TeX|LaTeX|KaTeX)\b"),
    ("relations, operators or commas inside scripts (no space in TeX)",
     r"[_^]\{[^{}]*(=|\+|-|<|>|,|\\in\b|\\le|\\ge|\\ne|\\to\b|\\sim|\\cdot|\\times|\\pm|\\mid|\\rightarrow|\\leftarrow)"),
]


def main(path):
    rows = [r for r in csv.DictReader(open(path), delimiter="\t") if r["sim"] not in ("", None)]
    groups = {name: [] for name, _ in GROUPS}
    rest = []
    for row in rows:
        score = float(row["sim"])
        for name, pattern in GROUPS:
            if re.search(pattern, row["tex"]):
                groups[name].append(score)
                break
        else:
            rest.append(score)
    print("%-66s %5s %6s" % ("group", "count", "mean"))
    for name, _ in GROUPS:
        scores = groups[name]
        if scores:
            print("%-66s %5d %6.3f" % (name, len(scores), sum(scores) / len(scores)))
    if rest:
        print("%-66s %5d %6.3f" % ("none of the above", len(rest), sum(rest) / len(rest)))
    total = [float(r["sim"]) for r in rows]
    print("%-66s %5d %6.3f" % ("all", len(total), sum(total) / len(total)))


if __name__ == "__main__":
    main(sys.argv[1])
