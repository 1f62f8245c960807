// 2b. As sync-nulled, but the last use reads through x: `x.text.length`. The interpreter evaluates `x.text` into a
// temporary register to load `.length` from it; `x = undefined` clears x's register, not that temporary. Checked:
// x itself (WeakRef) and its 100 MB string (heapUsed).
'use strict';
function main() {
  let x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = x.text.length; // last use of x (and of x.text)
  x = undefined;
  return n + laterPhase(); // allocates, probe() halfway
}
main();
