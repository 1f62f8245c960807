// Found in review: a buffer made once in a `for` head, kept results of `fill` and `['buffer']`, SharedArrayBuffer
// views (shared, never copied): only the last function's buffer is provably safe to transfer.
import { Worker } from 'node:worker_threads';
const w = new Worker('./w.js');
export function a() {
  for (let i = 0, data = new Float64Array(8); i < 3; i++) w.postMessage(data);
}
export function b() {
  const data = new Float64Array(8);
  const v = data.fill(1);
  w.postMessage(data);
  return v.length;
}
export function c() {
  const data = new Float64Array(8);
  const ab = data['buffer'];
  w.postMessage(data);
  return ab.byteLength;
}
export function d() {
  const sab = new SharedArrayBuffer(64);
  const flags = new Int32Array(sab);
  w.postMessage(flags);
  w.postMessage({ flags: new Int32Array(sab) });
}
export function e() {
  const data = new Float64Array(8);
  data.fill(1);
  for (let i = 0; i < data.length; i++) data[i] += i;
  w.postMessage(data, [data.buffer]);
}
