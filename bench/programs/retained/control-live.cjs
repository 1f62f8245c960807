// Control: x is used again AFTER the later phase, so it must be reachable there. Checks the method.
'use strict';
function main() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = laterPhase();
  return n + size(x); // x is live during laterPhase()
}
main();
