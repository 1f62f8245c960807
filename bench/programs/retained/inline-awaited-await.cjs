// Rf2. As inline-awaited-sync, but another `await` (like `await writeFile(...)`) comes before the phase.
'use strict';
async function main() {
  const n = size(await later(take())); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  await later(); // main() suspends: a later task resumes it
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
