#!/usr/bin/env node
// Writes examples/data/readings.csv: deterministic sensor readings (seeded PRNG), sensor,timestamp,celsius per line,
// a few malformed lines among them. Skips the work when the file is already there with the expected size.
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'data', 'readings.csv');
const ROWS = 2_000_000;

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lines() {
  const random = prng(20261123);
  const out = [];
  for (let i = 0; i < ROWS; i++) {
    const sensor = `sensor-${Math.floor(random() * 64)}`;
    const celsius = random() < 0.001 ? 'n/a' : (15 + random() * 20 + Math.sin(i / 5000) * 5).toFixed(3);
    out.push(`${sensor},${1_700_000_000 + i * 15},${celsius}`);
  }
  return out.join('\n') + '\n';
}

export async function ensureData() {
  const text = lines();
  if (existsSync(DATA_FILE) && statSync(DATA_FILE).size === Buffer.byteLength(text)) return DATA_FILE;
  mkdirSync(dirname(DATA_FILE), { recursive: true });
  await new Promise((resolve, reject) => {
    const stream = createWriteStream(DATA_FILE);
    stream.on('error', reject);
    stream.end(text, resolve);
  });
  return DATA_FILE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await ensureData();
  console.log(`wrote ${file} (${(statSync(file).size / 2 ** 20).toFixed(1)} MB, ${ROWS.toLocaleString('en-US')} rows)`);
}
