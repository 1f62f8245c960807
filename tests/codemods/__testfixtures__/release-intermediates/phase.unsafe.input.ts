import { readFileSync } from 'node:fs';

// Without type information the Buffer's type cannot be written as `T | undefined`: the phase moves into a
// function of its own instead (a suggestion in TypeScript: the inferred types may differ).
export function checksum(path: string, rounds: number): number {
  const data = readFileSync(path);
  const header = data.readUInt32LE(0);
  const body = data.subarray(4).toString('base64');
  let sum = header;
  for (let i = 0; i < rounds; i++) sum = (sum * 31 + i) % 65521;
  return sum + body.length;
}

export async function digest(path: string): Promise<number> {
  const bytes = readFileSync(path);
  const first = bytes[0] ?? 0;
  const last = bytes[bytes.length - 1] ?? 0;
  await new Promise((resolve) => setTimeout(resolve, 1));
  return first + last;
}
