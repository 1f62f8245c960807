'use strict';
function squares(n) {
  var out = Array.from({ length: n }, function (_, k) { return k; });
  const mapFn = function (k) { return k * k; };
  for (let i = 0; i < out.length; i++) out[i] = mapFn(out[i]);
  return out;
}
module.exports = squares;
