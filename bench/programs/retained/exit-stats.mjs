// Preload for Part B of bench/retained-intermediates.js: prints `EXIT {"maxRSSKB":...,"ms":...}` when the program
// exits normally (peak resident set size, and wall time since this preload ran). Hooks nothing else.
const t0 = performance.now();
process.on('exit', (code) => {
  if (code !== 0) return;
  const ms = Math.round(performance.now() - t0);
  process.stdout.write(`EXIT ${JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS, ms })}\n`);
});
