// 5c. x arrives by `await` (as `const raw = await readFile(...)` does), is nulled after its last use, and the later
// phase is synchronous, in the same job as the resumption. Is the nulled value still reachable?
'use strict';
async function main() {
  let x = await later(take()); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  const n = size(x); // last use of x
  x = undefined;
  return n + laterPhase(); // no await in between: probe() in the job that resumed main()
}
main();
