// Re. The inline form with a synchronous source: `size(take())`, as in `JSON.parse(makeText()).length`. x is never
// bound to a variable; it lives only in the argument register of the call (a temporary).
'use strict';
function main() {
  const n = size(take()); // x = { text: 100 MB string } from the harness, used once, inline
  const total = laterPhase(); // allocates, probe() halfway
  return n + total;
}
main();
