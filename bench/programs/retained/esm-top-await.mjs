// 12. ES module top level, x not captured, a top-level `await` pending after its last use. Checked during the await.
// Expected: retained.
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
const n = size(x); // last use of x
globalThis.result = n + (await laterPhaseAsync('inside laterPhaseAsync(), module body awaiting'));
