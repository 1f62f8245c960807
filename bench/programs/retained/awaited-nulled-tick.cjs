// Ri. `let x = await ...; size(x); x = undefined;`, then another `await` (like `await writeFile(...)`), then the phase
// in the same function (5b has the phase behind its own await instead).
'use strict';
async function main() {
  let x = await later(take()); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  const n = size(x); // last use of x
  x = undefined;
  await later(); // main() suspends: a later task resumes it
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
