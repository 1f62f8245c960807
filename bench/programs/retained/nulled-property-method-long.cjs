// Rd1. As nulled-property-method (Rc), but more code runs between `x = undefined` and the phase. Later statements
// reuse the temporary registers of the last use; here `Math.max(...m)` happens to load `Math` into the one holding
// x.items (see --print-bytecode), so x.items is gone before the phase. --shape=items.
'use strict';
function main() {
  let x = take(); // x = { items: 100 x 1 MB strings }, made by the harness in an earlier job
  const m = x.items.map((s) => s.length); // last use of x (and of x.items)
  x = undefined;
  const total = m.reduce((a, b) => a + b, 0);
  const max = Math.max(...m);
  const report = { count: m.length, total, max };
  const rows = laterPhase(); // allocates, probe() halfway
  return report.count + rows;
}
main();
