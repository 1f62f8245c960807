// 5b. As async-awaited-nulled-sync, but the later phase comes after another await (the seed's shape).
'use strict';
async function main() {
  let x = await later(take()); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  const n = size(x); // last use of x
  x = undefined;
  return n + (await laterPhaseAsync()); // main() suspended here; probe() from laterPhase() in a later task
}
main();
