// 6. Generator suspended at a `yield` after the last use of x. Checked while it is suspended. Expected: retained.
'use strict';
function* steps() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  yield n; // suspended here while the caller runs its later phase
  yield laterPhase('after the generator resumed'); // never reached: the caller stops after the first step
}
const it = steps();
it.next();
laterPhase('caller, generator suspended at its first yield');
