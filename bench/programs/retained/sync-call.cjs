// 1. Sync function: the last use of x, then a later phase that is a call to another function (which allocates).
// Checked from inside that call. Expected: retained (an interpreter frame keeps every register until it returns).
'use strict';
function main() {
  const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  return n + laterPhase(); // allocates, probe() halfway
}
main();
