import { readFileSync } from 'node:fs';

export function records(path, offsets) {
  const buf = readFileSync(path);
  const out = [];
  for (const at of offsets) out.push(buf.subarray(at, at + 16));
  return out;
}

export class Header {
  constructor(path) {
    const buf = readFileSync(path);
    this.bytes = new Uint8Array(buf.buffer, buf.byteOffset, 16);
    this.view = new DataView(buf.buffer, buf.byteOffset + 16, 8);
    this.magic = buf.slice(0, 4);
    this.size = buf.subarray(4, 8).readUInt32LE(0);
  }
}

// Only a closure that reads it keeps it: fixed without --unsafe.
export function tagOf(path) {
  const tag = readFileSync(path).subarray(0, 16);
  return () => tag.toString('hex');
}

// A field that may be missing: reported, never rewritten.
const byKey = new Map();
export function keys(path) {
  for (const line of readFileSync(path, 'utf8').split('\n')) byKey.set(line.split(',')[2], line.length);
}
