// 13a. CommonJS top level, x captured by a function defined at top level that is only called synchronously and is
// not kept (not exported, not stored). Checked by the harness from a timer after the module has been evaluated.
'use strict';
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
function measure() {
  return x.text.length; // x is captured: it lives in the module's context object
}
module.exports = measure(); // the last use; measure() itself is not kept
