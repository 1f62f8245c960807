import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export async function load(path: string): Promise<number> {
  const raw: string = await readFile(path, 'utf8');
  const data: unknown = JSON.parse(raw);
  await new Promise((resolve) => setTimeout(resolve, 1));
  return Array.isArray(data) ? data.length : 0;
}

export function words(path: string): number {
  const text = readFileSync(path, 'utf8');
  const parts = text.split(' ');
  console.log(text.length);
  let n = 0;
  for (const part of parts) n += part.length;
  return n;
}

export function pieces(path: string): number {
  const text = readFileSync(path, 'utf8');
  const parts = text.split(' ');
  const first = parts[0];
  const firstLength = first === undefined ? 0 : first.length;
  return firstLength + total(parts);
}

export function hex(n: number): number {
  const buffer = Buffer.alloc(n);
  const copy = buffer.toString('hex');
  let zeros = 0;
  for (const c of copy) if (c === '0') zeros++;
  return zeros;
}

export function callback(path: string): () => number {
  const rows: { parent: number }[] = JSON.parse(readFileSync(path, 'utf8'));
  const count = rows.filter((row) => row.parent < rows.length).length;
  return () => count;
}

export function fields(path: string): number {
  const rows = JSON.parse(readFileSync(path, 'utf8'));
  const keys = rows.map((row: { key: string }) => row.key);
  console.log(rows.length);
  return total(keys);
}

function total(parts: readonly string[]): number {
  let n = 0;
  for (const part of parts) n += part.length;
  return n;
}
