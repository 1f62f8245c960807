import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Program } from 'typescript';

import { applyEdits } from '../analysis/edits.ts';
import type { AnalysisEnv, Edit, Finding, SitePattern } from '../analysis/types.ts';
import { TYPESCRIPT_FILE, typeInfoOf } from '../utils/env.ts';
import { forEachChild, parse } from './parse.ts';

export { parse } from './parse.ts';

/** One site a codemod looked at, as written to the `reportFile` (JSON lines) and shown by the CLI. */
export interface SiteRecord {
  file: string;
  line: number;
  column: number;
  codemod: string;
  rule: string;
  /** `error`: the file could not be read or parsed, or the rewrite failed; it was left unchanged. */
  status: 'error' | 'rewritten' | 'skipped';
  reason?: string;
}

export interface CodemodSpec<Options> {
  codemod: string;
  rule: string;
  pattern: SitePattern<Options>;
  options: Options;
}

export interface CodemodFlags {
  /** Also apply suggestion-level rewrites (the rule offers them as editor suggestions only). */
  unsafe?: boolean;
  /**
   * A tsconfig.json: the analyses get the TypeScript checker, as the typed rules do (`typeAware`), so codemod and
   * typed lint decide alike. The file must be part of that project.
   */
  project?: string;
}

const BOM = '\uFEFF';
/** ESLint's own limit for `--fix` passes, so that codemod and `eslint --fix` converge the same way. */
const MAX_PASSES = 10;

/**
 * Runs one shared pattern over a file the way `eslint --fix` runs its rule: parse (typescript-eslint's parser and
 * scope manager, as ESLint would), analyse every candidate node, apply the non-overlapping rewrites in ESLint's
 * order, and repeat until nothing changes. Returns undefined when the file is unchanged.
 */
export function rewriteSource<Options>(source: string, path: string, spec: CodemodSpec<Options>, flags: CodemodFlags = {}): { output: string | undefined; sites: SiteRecord[] } {
  // jscodeshift decodes files as UTF-8: invalid bytes arrive as U+FFFD, and writing the text back would destroy them.
  if (source.includes('\uFFFD')) throw new Error(`${path}:1:1: the file is not valid UTF-8 (or contains U+FFFD); left unchanged`);
  const hasBom = source.startsWith(BOM);
  const original = hasBom ? source.slice(1) : source;
  let text = original;
  const rewritten: SiteRecord[] = [];
  // Skipped sites as the first pass saw them (their reasons cite lines of the original file), plus any site that
  // only a later pass found; `skipped` is the latest pass's list.
  let firstSkipped: SiteRecord[] | undefined;
  let skipped: SiteRecord[] = [];
  // Per pass, the applied replacements, so a position in a later pass maps back to the original file.
  const passes: { start: number; end: number; length: number }[][] = [];
  // The text each pass started from, so a site inside an earlier rewrite can be found again by its own text.
  const passInputs: string[] = [];
  const originalPosition = (offset: number, siteText: string): { line: number; column: number } => {
    let at = offset;
    for (let p = passes.length - 1; p >= 0; p--) {
      let delta = 0;
      for (const change of passes[p]!) {
        if (at < change.start + delta) break;
        if (at < change.start + delta + change.length) {
          // Inside a rewrite: the site was carried over verbatim (a moved callback body), so look for its text in
          // what the rewrite replaced; failing that, the rewrite's start.
          const found = passInputs[p]!.slice(change.start, change.end).indexOf(siteText);
          at = found >= 0 ? change.start + found : change.start;
          delta = 0;
          break;
        }
        delta += change.length - (change.end - change.start);
      }
      at -= delta;
    }
    const before = original.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: at - lineStart + 1 };
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const sourceCode = parse(text, path, flags.project);
    const services = sourceCode.parserServices as { program?: Program | null; esTreeNodeToTSNodeMap?: unknown } | undefined;
    const typeInfo = flags.project && services?.program ? typeInfoOf(services as Parameters<typeof typeInfoOf>[0]) : undefined;
    const env: AnalysisEnv = { sourceCode, typescript: TYPESCRIPT_FILE.test(path), typeInfo };
    const findings: Finding[] = [];
    for (const node of candidates(sourceCode, spec.pattern.nodeTypes)) {
      const finding = spec.pattern.analyze(node, env, spec.options);
      if (finding) findings.push(finding);
    }
    const record = (finding: Finding, status: SiteRecord['status'], reason?: string): SiteRecord => ({
      file: path,
      ...originalPosition(finding.node.range[0], text.slice(finding.node.range[0], Math.min(finding.node.range[1], finding.node.range[0] + 80))),
      codemod: spec.codemod,
      rule: finding.rule ?? spec.rule,
      status,
      ...(reason === undefined ? {} : { reason }),
    });
    const applicable: { edit: Edit; finding: Finding }[] = [];
    skipped = [];
    for (const finding of findings) {
      const apply = finding.kind === 'fix' || (finding.kind === 'suggest' && flags.unsafe === true);
      if (apply) applicable.push({ edit: mergeEdits(text, finding.rewrites[0]!.edits), finding });
      else skipped.push(record(finding, 'skipped', finding.kind === 'suggest' ? `${finding.reason} (suggestion only: rewrite with --unsafe)` : finding.reason));
    }
    firstSkipped ??= skipped;
    applicable.sort((a, b) => a.edit.range[0] - b.edit.range[0] || a.edit.range[1] - b.edit.range[1]);
    let output = '';
    let lastPos = Number.NEGATIVE_INFINITY;
    const changes: { start: number; end: number; length: number }[] = [];
    for (const { edit, finding } of applicable) {
      if (lastPos >= edit.range[0]) continue;
      output += text.slice(Math.max(0, lastPos), edit.range[0]) + edit.text;
      lastPos = edit.range[1];
      rewritten.push(record(finding, 'rewritten'));
      changes.push({ start: edit.range[0], end: edit.range[1], length: edit.text.length });
    }
    if (lastPos === Number.NEGATIVE_INFINITY) break;
    passes.push(changes);
    passInputs.push(text);
    text = output + text.slice(lastPos);
  }
  // A rewrite that does not parse is a bug in the analysis: fail loudly, never write it.
  if (rewritten.length > 0) {
    try {
      parse(text, path, flags.project);
    } catch (error) {
      throw new Error(`${path}: the rewrite produced code that does not parse (${(error as Error).message}); the file was left unchanged. Please report this.`);
    }
  }
  const at = (site: SiteRecord): string => `${site.line}:${site.column}`;
  const stillSkipped = new Set(skipped.map(at));
  const first = (firstSkipped ?? []).filter((site) => stillSkipped.has(at(site)));
  const firstAt = new Set(first.map(at));
  const finalSkipped = [...first, ...skipped.filter((site) => !firstAt.has(at(site)))];
  return { output: rewritten.length > 0 ? (hasBom ? BOM : '') + text : undefined, sites: [...rewritten, ...finalSkipped] };
}

/** The nodes of the given types, in source order (what ESLint's listeners would be called with). */
function candidates(sourceCode: Readonly<TSESLint.SourceCode>, types: readonly string[]): TSESTree.Node[] {
  const wanted = new Set(types);
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (wanted.has(node.type)) found.push(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) forEachChild(node, key, visit);
  };
  visit(sourceCode.ast);
  return found;
}

/** ESLint merges a fix's edits into one replacement; so does the codemod, so both skip the same overlaps. */
function mergeEdits(text: string, edits: readonly Edit[]): Edit {
  if (edits.length === 1) return edits[0]!;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const edit of edits) {
    start = Math.min(start, edit.range[0]);
    end = Math.max(end, edit.range[1]);
  }
  const shifted = edits.map((edit) => ({ range: [edit.range[0] - start, edit.range[1] - start] as const, text: edit.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted) };
}

/**
 * The jscodeshift transform for a codemod: rewrites through `rewriteSource`, and tells what it did per site. With
 * `reportFile` (the CLI), every site and error goes there as a JSON line; run bare under jscodeshift, skipped sites
 * go to `api.report`.
 */
export function createTransform<Options>(spec: CodemodSpec<Options>, readOptions: (options: Record<string, unknown>) => Options) {
  return function transform(file: { path: string; source: string }, api: { report?: (message: string) => void }, options: Record<string, unknown>): string | undefined {
    const reportFile = typeof options['reportFile'] === 'string' ? options['reportFile'] : undefined;
    try {
      const project = typeof options['project'] === 'string' && options['project'] ? resolve(options['project']) : undefined;
      const flags = { unsafe: options['unsafe'] === true || options['unsafe'] === 'true', ...(project ? { project } : {}) };
      const { output, sites } = rewriteSource(file.source, file.path, { ...spec, options: readOptions(options) }, flags);
      if (reportFile) writeSiteRecords(reportFile, sites);
      else for (const site of sites) if (site.status === 'skipped') api.report?.(`${site.file}:${site.line}:${site.column}: skipped: ${site.reason}`);
      return output;
    } catch (error) {
      const message = (error as Error).message;
      const position = /^.*?:(\d+):(\d+): /.exec(message);
      writeSiteRecords(reportFile, [{ file: file.path, line: Number(position?.[1] ?? 0), column: Number(position?.[2] ?? 0), codemod: spec.codemod, rule: spec.rule, status: 'error', reason: message }]);
      throw error;
    }
  };
}

/** Appends the site records to the JSON-lines report the CLI collects (one line per site; appends are atomic enough). */
export function writeSiteRecords(reportFile: string | undefined, sites: readonly SiteRecord[]): void {
  if (!reportFile || sites.length === 0) return;
  appendFileSync(reportFile, sites.map((site) => `${JSON.stringify(site)}\n`).join(''));
}
