// 14a. CommonJS top level, x not captured. Checked by the harness from a timer after the module has been evaluated.
// Expected: freed.
'use strict';
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
module.exports = size(x); // last use of x
