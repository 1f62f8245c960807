// Summarise a CSV of readings: the copies below each keep two arrays alive at once.
import { readFileSync } from 'node:fs';

export function summarise(path) {
  let rows = readFileSync(path, 'utf8').split('\n');
  rows = rows.filter((line) => line.trim() !== ''); // drop blank lines
  let values = rows.map((line) => Number(line.split(',')[1]));
  values = values.filter(Number.isFinite);
  values = values.map((v) => {
    const clamped = Math.min(Math.max(v, 0), 1000);
    return clamped / 1000;
  });
  values = values.toSorted((a, b) => a - b);
  values = [...values, 1];
  return { count: values.length, median: values[values.length >> 1] };
}

export function normalise(values, scale) {
  values = values.map((v) => v / scale);
  return values;
}
