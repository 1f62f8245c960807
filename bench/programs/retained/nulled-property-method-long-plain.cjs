// Rd2. As nulled-property-method-long (Rd1), the same code before the phase, but the reduce and the spread moved into
// helpers called with one argument (sum(m), largest(m)): no later statement writes the temporary register holding
// x.items, so it survives to the phase. --shape=items.
'use strict';
function main() {
  let x = take(); // x = { items: 100 x 1 MB strings }, made by the harness in an earlier job
  const m = x.items.map((s) => s.length); // last use of x (and of x.items)
  x = undefined;
  const total = sum(m);
  const max = largest(m);
  const report = { count: m.length, total, max };
  const rows = laterPhase(); // allocates, probe() halfway
  return report.count + rows;
}
function sum(a) {
  return a.reduce((s, v) => s + v, 0);
}
function largest(a) {
  return Math.max(...a);
}
main();
