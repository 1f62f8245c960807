import { readFileSync } from 'node:fs';

// Views used and dropped inside the call, small pieces, copies already there, parents not known to be large.
export function read(path, hash) {
  const buf = readFileSync(path);
  const raw = buf.toString();
  hash.update(buf.subarray(0, 16));
  return {
    magic: buf.subarray(0, 4).readUInt32LE(0),
    kind: raw.slice(0, 8),
    id: (' ' + raw.slice(0, 20)).slice(1),
    tag: Uint8Array.prototype.slice.call(buf, 0, 16),
  };
}

export class Row {
  constructor(line) {
    this.id = line.slice(0, 20);
  }
}
