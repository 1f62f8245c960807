// `checksum` could keep `out` (only --unsafe takes on trust that it does not: it is a plain synchronous function).
export function sums(frames, size) {
  let total = 0;
  const out = Buffer.alloc(size);
  for (const frame of frames) {
    out.fill(0);
    out.write(frame);
    total += checksum(out);
  }
  return total;
}

function checksum(bytes) {
  let sum = 0;
  for (const b of bytes) sum = (sum + b) % 65521;
  return sum;
}
