// Signal processing helpers: windows, energy, quantisation, a histogram and decimation.
const FRAME = 64;

export function rms(samples) {
  const squares = [];
  for (let i = 0; i < samples.length; i++) squares.push(samples[i] ** 2);
  let total = 0;
  for (const s of squares) total += s;
  return Math.sqrt(total / squares.length);
}

export function frameEnergy(samples, offset, gain) {
  const frame = new Array(FRAME).fill(gain * 0.5);
  for (let i = 0; i < frame.length; i++) frame[i] *= samples[offset + i];
  return frame.reduce((acc, x) => acc + x * x, 0);
}

export function toPcm16(samples) {
  const pcm = new Array(samples.length);
  for (let i = 0; i < pcm.length; i++) pcm[i] = (samples[i] * 32767) | 0;
  let peak = 0;
  for (const x of pcm) if (x > peak) peak = x;
  return peak;
}

export function quantise(samples) {
  const levels = Array.from({ length: samples.length }, (_, i) => (samples[i] * 127 + 128) & 0xff);
  return levels.join(' ');
}

export function hann(size) {
  const w = new Array(size);
  for (let i = 0; i < size; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1));
  return w;
}

export function histogram(samples, bins) {
  const counts = new Array(bins).fill(0);
  for (const s of samples) counts[Math.floor(s * bins)] += 1;
  return counts.indexOf(Math.max(...counts));
}

export function byteHistogram(bytes) {
  const counts = new Array(256).fill(0);
  for (const b of bytes) counts[b & 0xff]++;
  let mode = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > counts[mode]) mode = i;
  return mode;
}

export function decimate(samples, factor) {
  const out = [];
  for (let i = 0; i < samples.length / factor; i++) out.push(samples[i * factor] * 1);
  let peak = 0;
  for (const x of out) peak = Math.max(peak, Math.abs(x));
  return peak;
}

export function stereo(left, right) {
  const pair = new Array(2).fill(0);
  pair[0] = left * 1;
  pair[1] = right * 1;
  return pair[0] + pair[1];
}

export function channels(n) {
  const names = new Array(n).fill('');
  for (let i = 0; i < n; i++) names[i] = `ch${i}`;
  return names;
}
