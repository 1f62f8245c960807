import { readFileSync } from 'node:fs';

export class Magic {
  private magic: Buffer;
  private seen = new Set<string>();
  header = (' ' + readFileSync(process.argv[2]!, 'utf8').slice(0, 20)).slice(1);

  constructor(path: string) {
    const buf: Buffer = readFileSync(path);
    this.magic = (Uint8Array.prototype.slice.call(buf, 0, 16) as Buffer);
    this.seen.add((' ' + buf.toString('latin1').slice(16, 48)).slice(1) as string);
  }

  get tag(): string {
    return this.magic.toString('hex');
  }
}
