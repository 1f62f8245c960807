// 3. x declared in a bare `{ }` block that has ended before the later phase. Expected: retained (a block is not a
// frame: its registers are not cleared when it ends).
'use strict';
function main() {
  let n;
  {
    const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
    n = size(x); // last use of x
  }
  return n + laterPhase(); // allocates, probe() halfway
}
main();
