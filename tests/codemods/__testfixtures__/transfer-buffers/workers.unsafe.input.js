import { parentPort } from 'node:worker_threads';

// Suggestions: review that `fill` keeps no reference, and that `data` is a size or an array, not an ArrayBuffer.
export function compute(n) {
  const result = new Float64Array(n * 3);
  fill(result);
  parentPort.postMessage(result);
}

export function forward(data) {
  const copy = new Float64Array(data);
  parentPort.postMessage(copy);
}

// Reported even with --unsafe: a pooled Buffer made in the call.
export function pooled(text) {
  parentPort.postMessage(Buffer.from(text));
}
