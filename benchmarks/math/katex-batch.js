// Converts every `D tex` / `I tex` line on stdin with KaTeX's MathML output, in one process.
const katex = require(process.env.KATEX_MODULE || '/usr/share/nodejs/katex');
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
let failed = 0;
const out = [];
for (const line of lines) {
  if (!/^[DI] /.test(line)) continue;
  try {
    out.push(katex.renderToString(line.slice(2), { output: 'mathml', displayMode: line[0] === 'D', throwOnError: true }));
  } catch (e) { failed++; }
}
process.stdout.write(out.join('\n') + '\n');
if (failed) process.stderr.write(failed + ' failed\n');
