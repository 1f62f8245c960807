// Control: x is taken and never stored anywhere, so it must be unreachable in the later phase. Checks the method.
'use strict';
function main() {
  take(); // x = { text: 100 MB string }, dropped at once
  return laterPhase();
}
main();
