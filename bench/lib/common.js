// Shared helpers for the bench/ scripts: argument parsing, medians, tables, stable JSON results.
// Not a benchmark itself (bench/run.js only runs bench/*.js, not bench/lib/).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const resultsDir = path.join(benchDir, 'results');
/** Partial runs (e.g. --only) write here instead: git-ignored, and not merged by bench/run.js. */
export const scratchDir = path.join(benchDir, '.tmp');

/** Median of numbers (mean of the two middle values for an even count); null for an empty list. */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** a / b rounded to 2 decimals, or null when either side is missing. */
export function ratio(a, b) {
  if (a == null || b == null || b === 0) return null;
  return round(a / b, 2);
}

export function round(value, digits = 1) {
  if (value == null) return null;
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** Facts about the machine and runtime that every result file records. */
export function environment() {
  const cpus = os.cpus();
  return {
    arch: process.arch,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    date: new Date().toISOString(),
    node: process.version,
    platform: process.platform,
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    v8: process.versions.v8,
  };
}

/** Recursively sorts object keys so result files diff cleanly (arrays keep their order). */
export function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/**
 * Writes bench/results/<name>.json (sorted keys, 2-space indent, trailing newline), or bench/.tmp/<name>.json for a
 * partial run; returns the path.
 */
export function writeResult(name, data, { partial = false } = {}) {
  const dir = partial ? scratchDir : resultsDir;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(sortKeys(data), null, 2)}\n`);
  return file;
}

/** A plain-text table; numbers right-aligned, null shown as '-'. */
export function formatTable(headers, rows) {
  const cells = rows.map((row) => row.map((c) => (c == null ? '-' : String(c))));
  const widths = headers.map((h, i) => cells.reduce((width, r) => Math.max(width, r[i].length), h.length));
  const numeric = headers.map((_, i) => rows.every((r) => r[i] == null || typeof r[i] === 'number'));
  const line = (r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** process.env without NODE_OPTIONS, so children run with exactly the flags we give them. */
export function childEnv() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * Runs node with `argv` in a fresh child (the environment of `childEnv()`), killed after `timeoutMs`; resolves
 * { status, signal, stdout, stderr (its first 20,000 characters), timedOut, ms }. Rejects only if it cannot start.
 */
export function spawnNode(argv, { cwd, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}
