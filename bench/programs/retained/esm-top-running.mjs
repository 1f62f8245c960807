// 11. ES module top level, x not captured; the later phase (a call) runs while the module body is still running.
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
const n = size(x); // last use of x
laterPhase(); // allocates, probe() halfway
globalThis.result = n;
