// With --unsafe the suggestions are applied too: a fractional bound gives one element fewer, the caller gets a typed
// array, writes past the end are dropped, `sort()` orders numerically. A buffer with no rewrite at all stays as it is.
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

export function sorted(n) {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = (i * 7) % 11;
  return xs.sort().at(0);
}

export function growing(xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    out.push(xs[i] * 2);
    xs.push(0);
  }
  return out.length;
}
