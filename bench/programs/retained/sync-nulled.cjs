// 2. As sync-call, but `x = undefined` right after the last use. Expected: freed.
'use strict';
function main() {
  let x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size(x); // last use of x
  x = undefined;
  return n + laterPhase(); // allocates, probe() halfway
}
main();
