// Rb. x is the 100 MB string itself; the last use calls a method on it, `x.indexOf('z')`, then `x = undefined`, then
// a synchronous phase. A method call passes its receiver and arguments in consecutive registers, so x is copied into
// a temporary first. Checked by heapUsed (a string cannot be a WeakRef target).
'use strict';
function main() {
  let x = takeText(); // x = the 100 MB string, made by the harness in an earlier job
  const n = x.indexOf('z'); // last use of x
  x = undefined;
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
