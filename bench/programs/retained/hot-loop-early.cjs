// 9a. The later phase is a plain allocating loop in the same function, no call but the probe. Checked at the 2nd
// iteration, before any optimization could have happened.
'use strict';
const CHECK_AT = 1;
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
