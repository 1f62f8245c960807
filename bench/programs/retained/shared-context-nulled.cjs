// 8. As shared-context, but `x = undefined` after its last use. Expected: freed.
'use strict';
function makeCounter() {
  let x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const sizes = [1, 2, 3].map((v) => v + size(x)); // last use of x, inside a closure
  x = undefined;
  let count = 0;
  return () => (count += sizes.length); // the sibling closure that survives
}
const counter = makeCounter();
laterPhase('counter alive, makeCounter() returned');
counter();
