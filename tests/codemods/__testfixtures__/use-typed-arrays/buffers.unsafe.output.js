// With --unsafe the suggestions are applied too: a fractional bound gives one element fewer, the caller gets a typed
// array, writes past the end are dropped, `sort()` orders numerically, a fractional size is truncated where
// `new Array` throws, and a comparator that is inconsistent with NaN may order differently. A buffer with no rewrite
// at all stays as it is.
export function ramp(n) {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i / n;
  return xs.reduce((a, b) => a + b, 0);
}

export function window(size) {
  const w = Float64Array.from({ length: size }, (_, i) => Math.sin((Math.PI * i) / size));
  return w;
}

export function histogram(bytes) {
  const counts = new Float64Array(256);
  for (const b of bytes) counts[b]++;
  return counts.indexOf(Math.max(...counts));
}

export function sorted(src) {
  const xs = new Float64Array(src.length);
  for (let i = 0; i < xs.length; i++) xs[i] = (i * 7) % 11;
  return xs.sort().at(0);
}

export function zeros(n) {
  const xs = new Uint8Array(n);
  return xs.length;
}

export function ordered(src) {
  const xs = new Float64Array(src.length);
  for (let i = 0; i < xs.length; i++) xs[i] = src[i] * 0.5;
  xs.sort((a, b) => a - b);
  return xs[0];
}

export function growing(xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    out.push(xs[i] * 2);
    xs.push(0);
  }
  return out.length;
}
