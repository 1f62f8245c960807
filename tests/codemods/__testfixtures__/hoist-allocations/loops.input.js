import { readSync } from 'node:fs';

const CHUNK = 1 << 20;

export function total(fds) {
  let sum = 0;
  for (const fd of fds) {
    const buf = Buffer.alloc(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, 0);
    for (let i = 0; i < n; i++) sum += buf[i];
  }
  return sum;
}

export function smooth(rows) {
  const out = [];
  outer: for (const row of rows) {
    // scratch for one row
    const scratch = new Float64Array(1 << 17);
    for (let i = 0; i < row.length; i++) {
      if (row[i] < 0) continue outer;
      scratch[i] = row[i] * 0.5;
    }
    out.push(scratch.reduce((a, b) => a + b, 0));
  }
  return out;
}

export function raw(count) {
  let last = 0;
  let i = 0;
  while (i < count) {
    const bytes = Buffer.allocUnsafe(CHUNK);
    bytes.writeUInt32LE(i, 0);
    last = bytes.readUInt32LE(0);
    i++;
  }
  return last;
}

export function sized(width, rows) {
  const sums = [];
  for (const row of rows) {
    const acc = new Float64Array(width);
    for (let i = 0; i < width; i++) acc[i] = row[i] ?? 0;
    sums.push(acc.reduce((a, b) => a + b, 0));
  }
  return sums;
}
