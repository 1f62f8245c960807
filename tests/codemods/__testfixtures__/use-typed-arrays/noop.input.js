// Nothing to convert: tuples below the minimum length, strings, exported buffers, and arrays that change length.
export const origin = new Array(3).fill(0);
export const table = new Array(1024).fill(0);

export function labels(n) {
  const names = new Array(n).fill('');
  for (let i = 0; i < n; i++) names[i] = `#${i}`;
  return names.join(',');
}

export function queue(n) {
  const pending = new Array(n).fill(0);
  pending.push(1);
  return pending.shift();
}

export function unknown(rows) {
  const out = [];
  for (let i = 0; i < rows.length; i++) out.push(rows[i]);
  return out.length;
}

export function serialised(n) {
  const zeros = Array.from({ length: n }, () => 0);
  return JSON.stringify(zeros);
}
