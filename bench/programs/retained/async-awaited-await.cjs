// 4b. As async-await, but x arrives by `await` (as `const raw = await readFile(...)` does); not nulled.
'use strict';
async function main() {
  const x = await later(take()); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  const n = size(x); // last use of x
  return n + (await laterPhaseAsync()); // main() suspended here; probe() from laterPhase() in a later task
}
main();
