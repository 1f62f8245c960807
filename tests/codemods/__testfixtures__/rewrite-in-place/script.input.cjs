'use strict';
function squares(n) {
  var out = Array.from({ length: n }, function (_, k) { return k; });
  out = out.map(function (k) { return k * k; });
  return out;
}
module.exports = squares;
