// 10. CommonJS top level, x not captured by any function; the later phase (a call) runs while the module body is
// still running. (A CommonJS module body is a function, the module wrapper.)
'use strict';
const x = take(); // x = { text: 100 MB string }, made by the harness in an earlier job
const n = size(x); // last use of x
laterPhase(); // allocates, probe() halfway
module.exports = n;
