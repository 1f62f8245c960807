import { pathToFileURL } from 'node:url';

import pkg from '../package.json' with { type: 'json' };
import type { SiteRecord } from './site.ts';

export type FileStatus = 'changed' | 'unchanged' | 'failed';

/** Everything a run did, in a stable order (files by path; sites by file, line, column, codemod, rule). */
export interface RunReport {
  tool: { name: 'memory-codemod'; version: string };
  /** What was asked: a codemod name or `all`. */
  codemod: string;
  codemods: string[];
  mode: { dry: boolean; unsafe: boolean; shard: string | null; onlyInLintReport: string | null; interactive: boolean };
  interrupted: boolean;
  summary: {
    files: { scanned: number; changed: number; unchanged: number; failed: number };
    notScanned: { ignored: number; ignoredDirectories: number; otherShards: number; notInLintReport: number; symlinks: number; interrupted: number };
    sites: { rewritten: number; skipped: number };
    byCodemod: { codemod: string; rewritten: number; skipped: number; filesChanged: number }[];
    skippedByReason: { reason: string; count: number }[];
  };
  files: { file: string; status: FileStatus; error?: string }[];
  sites: SiteRecord[];
}

export function sortSites(sites: SiteRecord[]): SiteRecord[] {
  const key = (site: SiteRecord): [string, number, number, string, string] => [site.file, site.line, site.column, site.codemod, site.rule];
  return sites.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

export function summarize(
  codemod: string,
  codemods: string[],
  mode: RunReport['mode'],
  files: RunReport['files'],
  sites: SiteRecord[],
  notScanned: RunReport['summary']['notScanned'],
  interrupted: boolean,
): RunReport {
  const sorted = sortSites(sites);
  const count = (status: FileStatus): number => files.filter((file) => file.status === status).length;
  const byCodemod = codemods.map((name) => {
    const own = sorted.filter((site) => site.codemod === name);
    const rewritten = own.filter((site) => site.status === 'rewritten');
    return { codemod: name, rewritten: rewritten.length, skipped: own.filter((site) => site.status === 'skipped').length, filesChanged: new Set(rewritten.map((site) => site.file)).size };
  });
  const reasons = new Map<string, number>();
  for (const site of sorted) if (site.status === 'skipped') reasons.set(site.reason ?? '', (reasons.get(site.reason ?? '') ?? 0) + 1);
  return {
    tool: { name: 'memory-codemod', version: pkg.version },
    codemod,
    codemods,
    mode,
    interrupted,
    summary: {
      files: { scanned: files.length, changed: count('changed'), unchanged: count('unchanged'), failed: count('failed') },
      notScanned,
      sites: { rewritten: sorted.filter((site) => site.status === 'rewritten').length, skipped: sorted.filter((site) => site.status === 'skipped').length },
      byCodemod,
      skippedByReason: Array.from(reasons, ([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    },
    files: [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    sites: sorted,
  };
}

/** How many places of each skip reason the summary lists before pointing at `--report`. */
const PLACES_PER_REASON = 10;

/** The summary printed after a run: counts, a table per codemod, skipped sites by reason, failures. */
export function formatSummary(report: RunReport): string {
  const { summary, mode } = report;
  const dry = mode.dry;
  const lines: string[] = [];
  const f = summary.files;
  lines.push(`memory-codemod ${report.codemod}${report.interrupted ? ' (interrupted)' : ''}: ${f.scanned} file(s) scanned, ${f.changed} ${dry ? 'would change' : 'changed'}, ${f.unchanged} unchanged, ${f.failed} failed`);
  const n = summary.notScanned;
  const left = [
    n.ignored + n.ignoredDirectories ? `${[n.ignored ? `${n.ignored} file(s)` : '', n.ignoredDirectories ? `${n.ignoredDirectories} director${n.ignoredDirectories === 1 ? 'y' : 'ies'}` : ''].filter(Boolean).join(' and ')} ignored (.gitignore, --ignore)` : '',
    n.otherShards ? `${n.otherShards} in other shards` : '',
    n.notInLintReport ? `${n.notInLintReport} not in the lint report` : '',
    n.symlinks ? `${n.symlinks} symbolic link(s) not followed` : '',
    n.interrupted ? `${n.interrupted} not reached (interrupted)` : '',
  ].filter(Boolean);
  if (left.length > 0) lines.push(`  not scanned: ${left.join(', ')}`);
  const header = ['codemod', dry ? 'files to change' : 'files changed', dry ? 'sites to rewrite' : 'sites rewritten', 'sites skipped'];
  // Under `all`, only the codemods that found something; the total row counts every one.
  const found = summary.byCodemod.filter((row) => summary.byCodemod.length === 1 || row.rewritten + row.skipped > 0);
  const rows = found.map((row) => [row.codemod, String(row.filesChanged), String(row.rewritten), String(row.skipped)]);
  rows.push(['total', String(f.changed), String(summary.sites.rewritten), String(summary.sites.skipped)]);
  for (const line of table([header, ...rows])) lines.push(`  ${line}`);
  if (summary.skippedByReason.length > 0) lines.push('  skipped, by reason:');
  for (const { reason, count } of summary.skippedByReason) {
    lines.push(`    (${count}) ${reason}`);
    const places = report.sites.filter((site) => site.status === 'skipped' && (site.reason ?? '') === reason);
    for (const site of places.slice(0, PLACES_PER_REASON)) lines.push(`      ${site.file}:${site.line}:${site.column}${report.codemods.length > 1 ? ` (${site.codemod})` : ''}`);
    if (places.length > PLACES_PER_REASON) lines.push(`      ... and ${places.length - PLACES_PER_REASON} more (every site is in --report)`);
  }
  for (const file of report.files) if (file.status === 'failed') lines.push(`  failed: ${file.error ?? file.file}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A display path as a relative URI reference: each segment percent-encoded, as `encodeURI` would leave `#` and `?`
 * (legal in file names) to be read as a fragment or a query, pointing code-scanning tools at another file.
 */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), 0));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
}

/**
 * SARIF 2.1.0 for code-scanning tools: a skipped site is a result to review (`kind: fail`, level warning, the
 * reason as its message), a rewritten one a passed result (`kind: pass`); files that could not be processed are
 * tool execution notifications, and the run is then not `executionSuccessful`. A file outside the working directory
 * gets an absolute `file:` URI: SARIF reads a `uri` without `uriBaseId` as absolute, and `/tmp/x.js` is not one.
 */
export function toSarif(report: RunReport, cwd: string, rules: Record<string, unknown>): unknown {
  const errors = report.sites.filter((site) => site.status === 'error');
  const found = report.sites.filter((site) => site.status !== 'error');
  const ruleIds = [...new Set(found.map((site) => site.rule))].sort();
  const location = (site: SiteRecord): unknown => ({
    physicalLocation: {
      artifactLocation: site.file.startsWith('/') ? { uri: pathToFileURL(site.file).href } : { uri: relativeUri(site.file), uriBaseId: '%SRCROOT%' },
      ...(site.line > 0 ? { region: { startLine: site.line, startColumn: Math.max(1, site.column) } } : {}),
    },
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'memory-codemod',
            version: pkg.version,
            informationUri: 'https://www.npmjs.com/package/eslint-plugin-memory',
            rules: ruleIds.map((id) => {
              const meta = (rules as Record<string, { meta: { docs?: { description?: string; url?: string } } }>)[id]?.meta;
              return {
                id: `memory/${id}`,
                shortDescription: { text: meta?.docs?.description ?? id },
                ...(meta?.docs?.url ? { helpUri: meta.docs.url } : {}),
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        invocations: [
          {
            executionSuccessful: report.summary.files.failed === 0 && !report.interrupted,
            toolExecutionNotifications: errors.map((site) => ({ level: 'error', message: { text: site.reason ?? 'failed' }, locations: [location(site)] })),
          },
        ],
        results: found.map((site) => ({
            ruleId: `memory/${site.rule}`,
            ruleIndex: ruleIds.indexOf(site.rule),
            kind: site.status === 'rewritten' ? 'pass' : 'fail',
            level: site.status === 'rewritten' ? 'none' : 'warning',
            message: {
              text: site.status === 'rewritten' ? `${report.mode.dry ? 'Would be rewritten' : 'Rewritten'} by ${site.codemod}.` : `Not rewritten by ${site.codemod}: ${site.reason ?? ''}`,
            },
            locations: [location(site)],
            properties: { codemod: site.codemod, status: site.status },
          })),
      },
    ],
  };
}
