// An ETL script: read, parse, then phases that no longer need the raw text.
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

export async function summarize(path, out) {
  const raw = await readFile(path, 'utf8');
  const records = JSON.parse(raw);
  await writeFile(`${out}.count`, String(records.length));
  const totals = new Map();
  for (const record of records) totals.set(record.key, (totals.get(record.key) ?? 0) + record.value);
  return totals;
}

export function countWords(path) {
  const text = readFileSync(path, 'utf8'); // the whole file
  const words = text.split(/\s+/);
  if (words.length === 0) {
    return 0;
  }
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);
  return longest;
}

export async function* chunks(size, count) {
  const scratch = new Float64Array(size);
  for (let i = 0; i < count; i++) {
    scratch.fill(i);
  }
  const total = scratch.reduce((a, b) => a + b, 0);
  yield total;
  yield await Promise.resolve(count);
}

export async function fetchAll(urls) {
  const results = [];
  for (const url of urls) {
    const response = await fetch(url);
    const body = await response.text();
    const parsed = JSON.parse(body);
    results.push(parsed.id);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return results;
}
