// Summarise a CSV of readings: the copies below each keep two arrays alive at once.
import { readFileSync } from 'node:fs';

export function summarise(path) {
  let rows = readFileSync(path, 'utf8').split('\n');
  let w = 0;
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    if (line.trim() !== '') rows[w++] = line;
  }
  rows.length = w; // drop blank lines
  let values = rows.map((line) => Number(line.split(',')[1]));
  let w1 = 0;
  for (let i = 0; i < values.length; i++) {
    const item = values[i];
    if (Number.isFinite(item)) values[w1++] = item;
  }
  values.length = w1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const clamped = Math.min(Math.max(v, 0), 1000);
    values[i] = clamped / 1000;
  }
  values.sort((a, b) => a - b);
  values.push(1);
  return { count: values.length, median: values[values.length >> 1] };
}

export function normalise(values, scale) {
  values = values.map((v) => v / scale);
  return values;
}
