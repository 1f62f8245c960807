// 5. As async-await, but `x = undefined` before the await. Expected: freed.
'use strict';
async function main() {
  let x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  x = undefined;
  return n + (await laterPhaseAsync()); // main() suspended here; probe() from laterPhase() in a later task
}
main();
