#!/usr/bin/env node
// The newcomer's tour (`npm run demo`, after the build): lint the example with the plugin, rewrite a copy with the
// codemod and show the diff, then run both versions in fresh processes and compare their peak memory.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import plugin from '../dist/index.js';
import { ensureData } from './generate-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const example = join(here, 'analyze-readings.js');
const RUNS = 3;

function heading(text) {
  console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 72 - text.length))}\n`);
}

function fail(message) {
  console.error(`\ndemo failed: ${message}`);
  process.exit(1);
}

heading('1. Lint the example with memory.configs.recommended');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
const results = await eslint.lintFiles([example]);
const formatter = await eslint.loadFormatter('stylish');
console.log(await formatter.format(results));
const reported = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'memory/prefer-in-place').length;
if (reported === 0) fail('the linter reported nothing');

heading('2. Rewrite a copy with the codemod (memory-codemod rewrite-in-place)');
const work = mkdtempSync(join(tmpdir(), 'memory-demo-'));
const rewritten = join(work, 'analyze-readings.js');
copyFileSync(example, rewritten);
const codemod = spawnSync(process.execPath, [join(root, 'dist', 'codemods', 'cli.js'), 'rewrite-in-place', rewritten, '--force'], { encoding: 'utf8', cwd: work });
process.stdout.write(codemod.stdout);
if (codemod.status !== 0) fail(`the codemod exited ${codemod.status}: ${codemod.stderr}`);
const diff = spawnSync('diff', ['-u', '--label', 'examples/analyze-readings.js', '--label', 'rewritten', example, rewritten], { encoding: 'utf8' });
if (diff.error) {
  console.log('(no `diff` on this machine: compare the files yourself)', rewritten);
} else {
  if (diff.status === 0) fail('the codemod changed nothing');
  console.log(`\n${diff.stdout}`);
}

heading(`3. Peak memory before and after, ${RUNS} fresh processes each (median)`);
const data = await ensureData();
function measure(program) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ['--import', join(here, 'measure.mjs'), program, data], { encoding: 'utf8' });
    if (child.status !== 0) fail(`${program} exited ${child.status}: ${child.stderr}`);
    const line = child.stderr.trim().split('\n').at(-1);
    runs.push({ output: child.stdout.trim(), peakRssMB: JSON.parse(line).peakRssMB });
  }
  const sorted = runs.map((r) => r.peakRssMB).sort((a, b) => a - b);
  return { output: runs[0].output, median: sorted[Math.floor(sorted.length / 2)], all: sorted };
}
const before = measure(example);
const after = measure(rewritten);
console.log(`original:  ${before.output}`);
console.log(`rewritten: ${after.output}`);
if (before.output !== after.output) fail('the rewritten program printed something else');
console.log('\nsame output, same checksum.\n');
const show = (m) => `${m.median.toFixed(0)} MB (runs: ${m.all.map((v) => v.toFixed(0)).join(', ')})`;
console.log(`peak RSS before: ${show(before)}`);
console.log(`peak RSS after:  ${show(after)}`);
console.log(`after / before:  ${(after.median / before.median).toFixed(2)}x`);
rmSync(work, { recursive: true, force: true });
