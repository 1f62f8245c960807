// 15. The phase moved into its own function: load() holds x (raw) and returns only what is derived from it; the
// later phase runs after load() has returned. Expected: freed (load's frame is gone).
'use strict';
function load() {
  const raw = take(); // raw = { text: 100 MB string }, made by the harness in an earlier job
  return { length: size(raw) }; // last use of raw
}
function main() {
  const data = load();
  return data.length + laterPhase(); // allocates, probe() halfway
}
main();
