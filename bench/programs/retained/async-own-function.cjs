// 15b. The async form of own-function: load() awaits x (as `await readFile(...)` would) and returns only what is
// derived from it; main() awaits load(), then runs a synchronous later phase in the same job. Expected: freed.
'use strict';
async function load() {
  const raw = await later(take()); // raw = { text: 100 MB string }, resolved after a setImmediate, like readFile
  return { length: size(raw) }; // last use of raw
}
async function main() {
  const data = await load();
  return data.length + laterPhase(); // allocates, probe() halfway
}
main();
