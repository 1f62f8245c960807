// Preload for Part B of bench/retained-intermediates.js (`node --expose-gc --import ./probe.mjs etl.mjs ...`).
// Defines globalThis.checkpoint(label): two full GCs, then records what is still live: heapUsed, and the large-object
// space, where V8 keeps every object over ~128 KB. The ETL's `raw` (a flat one-byte string as long as the file) is
// one such object; a string cannot be a WeakRef target, so whether `raw` is still reachable is read from there: the
// large-object space holds at least the file's size exactly when `raw` (or a copy of it) is live. Prints one line
// `CHECKPOINTS [...]` at exit. Hooks nothing else.
import v8 from 'node:v8';

if (typeof globalThis.gc !== 'function') throw new Error('probe.mjs needs --expose-gc');
const MB = 2 ** 20;
const checkpoints = [];

globalThis.checkpoint = function checkpoint(label) {
  globalThis.gc();
  globalThis.gc();
  const lo = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space');
  checkpoints.push({
    heapUsedMB: Math.round((process.memoryUsage().heapUsed / MB) * 10) / 10,
    label,
    largeObjectMB: Math.round((lo.space_used_size / MB) * 10) / 10,
  });
};

process.on('exit', (code) => {
  if (code === 0) process.stdout.write(`CHECKPOINTS ${JSON.stringify(checkpoints)}\n`);
});
