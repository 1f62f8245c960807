// Rc. `x = undefined` after a last use that calls a method on a property of x, `x.items.map(f)`: `x.items` is loaded
// into a temporary register (the receiver of .map), which nulling x does not clear. x = { items: 100 distinct 1 MB
// strings } (--shape=items). Checked: x.items (by heapUsed) and x itself (WeakRef).
'use strict';
function main() {
  let x = take(); // x = { items: 100 x 1 MB strings }, made by the harness in an earlier job
  const m = x.items.map((s) => s.length); // last use of x (and of x.items)
  x = undefined;
  const total = laterPhase(); // allocates, probe() halfway
  return m.length + total;
}
main();
