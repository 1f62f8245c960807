// 9b. As hot-loop-early, but checked after 2,500,000 iterations: by then (default flags) the loop has usually been
// OSR-compiled by TurboFan (the parent runs it with --trace-osr to know). Interpreter-only: no OSR.
'use strict';
const CHECK_AT = 2_500_000;
function main() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  let rows = [];
  let sum = n;
  for (let i = 0; i < 3_000_000; i++) {
    rows.push({ i });
    if (rows.length === 1000) {
      sum += rows.length;
      rows = [];
    }
    if (i === CHECK_AT) probe(`loop iteration ${i}`);
  }
  return sum;
}
main();
