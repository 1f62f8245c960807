// Preloaded into a measured run (`node --import ./measure.mjs program.js`): at exit, prints the process's peak
// resident set size (what the OS had to give it) as one JSON line on stderr.
process.on('exit', () => {
  process.stderr.write(`${JSON.stringify({ peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
