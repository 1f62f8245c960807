// Rg. Rc's statements moved into an arrow IIFE (the extract form of release-intermediates): x and the temporary
// holding x.items live in the IIFE's frame, which is gone when the phase runs. --shape=items.
'use strict';
function main() {
  const m = (() => {
    const x = take(); // x = { items: 100 x 1 MB strings }, made by the harness in an earlier job
    return x.items.map((s) => s.length); // last use of x
  })();
  const total = laterPhase(); // allocates, probe() halfway
  return m.length + total;
}
main();
