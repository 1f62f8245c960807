// Ra2. As sync-nulled (2), but x is the third argument of the last use, `size3(1, 2, x)`. A call with three or more
// arguments (or `new`, or a spread) takes them as a list of consecutive registers, so x is copied into a temporary
// first, which `x = undefined` does not clear.
'use strict';
function size3(a, b, x) {
  return a + b + size(x);
}
function main() {
  let x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
  const n = size3(1, 2, x); // last use of x
  x = undefined;
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
