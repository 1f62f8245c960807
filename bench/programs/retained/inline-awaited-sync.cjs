// Rf1. The inline form with an awaited source, `size(await later(take()))`, as in `JSON.parse(await readFile(p))`,
// then a synchronous phase in the job that resumed main() (5c: the awaited value stays on the stack until then).
'use strict';
async function main() {
  const n = size(await later(take())); // x = { text: 100 MB string }, resolved after a setImmediate, like readFile
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
