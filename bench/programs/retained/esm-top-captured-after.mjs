// 13b. ES module top level, x captured by a function defined at top level that is only called synchronously and is
// not exported. Checked by the harness from a timer after the module has been evaluated.
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
function measure() {
  return x.text.length; // x is captured: it lives in the module's context object
}
globalThis.result = measure(); // the last use; measure() is not exported
