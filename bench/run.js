#!/usr/bin/env node
// Runs every bench/*.js benchmark except this file, one after another, each in its own child process (forwarding
// --quick), then merges bench/results/*.json into bench/results.json (--quick: bench/.tmp/*.json into
// bench/.tmp/results.json, git-ignored).
//
//   node bench/run.js            # full benchmarks (about 8 minutes in all on 2 cores)
//   node bench/run.js --quick    # smoke test (well under a minute)
//   node bench/run.js --merge-only
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { benchDir, childEnv, environment, resultsDir, scratchDir, sortKeys } from './lib/common.js';
import { writeReport } from './report.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'merge-only': { type: 'boolean', default: false },
  },
});

const self = path.basename(fileURLToPath(import.meta.url));
const scripts = readdirSync(benchDir)
  .filter((f) => f.endsWith('.js') && f !== self && f !== 'report.js') // report.js writes the docs, below
  .sort();

const summary = [];
if (!args['merge-only']) {
  for (const script of scripts) {
    const flags = args.quick ? ['--quick'] : [];
    console.log(`\n=== ${script} ${flags.join(' ')}`);
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(benchDir, script), ...flags], {
      env: childEnv(),
      stdio: 'inherit',
    });
    const seconds = Math.round((performance.now() - t) / 100) / 10;
    summary.push({ script, seconds, status: r.status ?? r.signal });
    console.log(`=== ${script}: ${r.status === 0 ? 'ok' : `FAILED (${r.status ?? r.signal})`} in ${seconds} s`);
  }
}

// --quick results live in bench/.tmp/ (git-ignored) so a smoke test never overwrites the committed figures.
const from = args.quick ? scratchDir : resultsDir;
const results = {};
if (existsSync(from)) {
  for (const f of readdirSync(from).filter((x) => x.endsWith('.json') && x !== 'results.json').sort()) {
    results[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(from, f), 'utf8'));
  }
}
const out = args.quick ? path.join(scratchDir, 'results.json') : path.join(benchDir, 'results.json');
writeFileSync(
  out,
  `${JSON.stringify(sortKeys({ environment: environment(), quick: args.quick, results }), null, 2)}\n`,
);
console.log(`\nwrote ${out} (${Object.keys(results).join(', ') || 'no results'})`);
// docs/benchmarks.md and its charts, from exactly what was just written (--quick: bench/.tmp/docs/, git-ignored).
const docsDir = args.quick ? path.join(scratchDir, 'docs') : path.join(path.dirname(benchDir), 'docs');
const report = writeReport(docsDir, JSON.parse(readFileSync(out, 'utf8')));
console.log(`wrote ${report.written.length} files under ${docsDir}; measured blocks changed in ${report.rulePages.length} rule page(s)`);
for (const s of summary) console.log(`  ${s.script}: ${s.status === 0 ? 'ok' : `FAILED (${s.status})`}, ${s.seconds} s`);
process.exit(summary.some((s) => s.status !== 0) ? 1 : 0);
