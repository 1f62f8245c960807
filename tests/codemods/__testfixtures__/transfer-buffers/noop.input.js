import { Worker, parentPort } from 'node:worker_threads';

// Transfer lists already given, small messages, strings, and window.postMessage: nothing to do.
export function start(n) {
  const values = new Float64Array(n * 2);
  const worker = new Worker('./sum.js', { workerData: values, transferList: [values.buffer] });
  worker.postMessage({ type: 'start' });
  worker.postMessage('go');
  return worker;
}

export function done(result) {
  const out = new Float64Array(result.length);
  parentPort.postMessage(out, [out.buffer]);
  parentPort.postMessage({ type: 'done' });
}

export function toParent(bytes) {
  window.parent.postMessage(new Uint8Array(bytes), '*');
}
