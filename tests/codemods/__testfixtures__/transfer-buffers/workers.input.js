import { Worker, parentPort } from 'node:worker_threads';

// Fresh local buffers that nothing reads after the call: transferred.
export function startSum(rows) {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = rows[i].value;
  return new Worker(new URL('./sum.js', import.meta.url), { workerData: values });
}

export function reply(count) {
  const counts = new Uint32Array(count * 4);
  const header = new ArrayBuffer(16);
  parentPort.postMessage({ type: 'result', counts, header });
}

// Read after the call: only with --unsafe.
export function sendAndLog(size) {
  const samples = new Float32Array(size * 2);
  parentPort.postMessage(samples);
  return samples.length;
}

// A pooled Buffer and a view: reported, never rewritten.
export function sendText(text) {
  const bytes = Buffer.from(text);
  parentPort.postMessage(bytes);
  const all = new Float64Array(1024);
  parentPort.postMessage(all.subarray(0, 2));
}
