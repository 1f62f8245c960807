// Rh. The extract form with an await: `await (async () => { ... })()`. x arrives by `await` inside the IIFE (like
// readFile), the IIFE returns only what is derived from it, main() runs a synchronous phase after resuming.
'use strict';
async function main() {
  const n = await (async () => {
    const x = await later(take()); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
    return size(x); // last use of x
  })();
  const total = laterPhase(); // allocates, probe() halfway, in the job that resumed main()
  return n + total;
}
main();
