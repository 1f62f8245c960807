// 7. x is captured by a closure that only runs synchronously (arr.map(v => v + size(x))); a sibling closure of the
// same function scope is returned and kept alive. Checked after makeCounter() returned. Expected: retained: both
// closures share one context object, which holds x.
'use strict';
function makeCounter() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const sizes = [1, 2, 3].map((v) => v + size(x)); // last use of x, inside a closure
  let count = 0;
  return () => (count += sizes.length); // the sibling closure that survives
}
const counter = makeCounter();
laterPhase('counter alive, makeCounter() returned');
counter();
