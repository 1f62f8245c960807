// 4. Async function: the last use of x, then an `await`. Checked while main() is suspended at that await (from the
// awaited function, after a setImmediate). Expected: retained (the suspended frame's registers are saved in the
// generator object).
'use strict';
async function main() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  return n + (await laterPhaseAsync()); // main() suspended here; probe() from laterPhase() in a later task
}
main();
