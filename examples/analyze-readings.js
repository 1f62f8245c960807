#!/usr/bin/env node
// A typical number-crunching script: read a CSV of sensor readings, clean, normalise, sort, summarise.
// It is written the way such scripts usually are, with copy-and-rebind everywhere: every `x = x.map(...)` keeps
// the old and the new array alive at once. `npm run demo` lints it, rewrites a copy with the codemod and
// compares the peak memory of both.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const path = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'data', 'readings.csv');

function toFahrenheit(celsius) {
  return celsius * 1.8 + 32;
}

// Rebinds its parameter: rewriting it in place would change the caller's array, so the codemod leaves it.
function clampAll(values, low, high) {
  values = values.map((v) => Math.min(high, Math.max(low, v)));
  return values;
}

function summarise(values) {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count: values.length, mean: sum / values.length, min, max };
}

export function analyze(file) {
  let lines = readFileSync(file, 'utf8').split('\n');
  lines = lines.filter((line) => line.length > 0);
  let readings = lines.map((line) => Number(line.slice(line.lastIndexOf(',') + 1)));
  readings = readings.filter((c) => Number.isFinite(c));
  const count = readings.length;
  readings = readings.map((c) => {
    const rounded = Math.round(c * 100);
    return rounded / 100;
  });
  readings = readings.toSorted((a, b) => a - b);
  const median = readings[count >> 1];
  readings = readings.filter((c) => Math.abs(c - median) < 12);
  readings = [...readings, median];

  let fahrenheit = Array.from(readings);
  fahrenheit = fahrenheit.map(toFahrenheit);
  const clamped = clampAll(fahrenheit, 40, 100);

  const summary = summarise(readings);
  let checksum = 0;
  for (let i = 0; i < clamped.length; i += 997) checksum = (checksum * 31 + Math.round(clamped[i] * 1000)) % 1_000_000_007;
  return { ...summary, median, fahrenheitMax: summarise(clamped).max, checksum };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = analyze(path);
  console.log(
    `readings: ${result.count}  mean ${result.mean.toFixed(3)} °C  min ${result.min}  max ${result.max}  median ${result.median}` +
      `  max ${result.fahrenheitMax.toFixed(2)} °F  checksum ${result.checksum}`,
  );
}
