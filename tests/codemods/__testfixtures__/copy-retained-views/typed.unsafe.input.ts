import { readFileSync } from 'node:fs';

export class Magic {
  private magic: Buffer;
  private seen = new Set<string>();
  header = readFileSync(process.argv[2]!, 'utf8').slice(0, 20);

  constructor(path: string) {
    const buf: Buffer = readFileSync(path);
    this.magic = buf.subarray(0, 16);
    this.seen.add(buf.toString('latin1').slice(16, 48) as string);
  }

  get tag(): string {
    return this.magic.toString('hex');
  }
}
