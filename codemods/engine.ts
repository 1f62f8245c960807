import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Program } from 'typescript';

import { applyEdits } from '../analysis/edits.ts';
import type { AnalysisEnv, Edit, Finding, SitePattern } from '../analysis/types.ts';
import { TYPESCRIPT_FILE, typeInfoOf } from '../utils/env.ts';
import { assertNoRedeclaration, DOES_NOT_RUN, forEachChild, parse, parseRewrite } from './parse.ts';
import { failedFile, type FileResult, type SiteRecord } from './site.ts';

export type { FileResult, SiteRecord } from './site.ts';

export { parse } from './parse.ts';

export interface CodemodSpec<Options> {
  codemod: string;
  rule: string;
  pattern: SitePattern<Options>;
  options: Options;
}

/** A codemod with its options bound, so several with different option types can run over one parse (`all`). */
export interface CodemodPart {
  codemod: string;
  rule: string;
  nodeTypes: readonly string[];
  analyze: (node: TSESTree.Node, env: AnalysisEnv) => Finding | undefined;
}

export function codemodPart<Options>(spec: CodemodSpec<Options>): CodemodPart {
  return { codemod: spec.codemod, rule: spec.rule, nodeTypes: spec.pattern.nodeTypes, analyze: (node, env) => spec.pattern.analyze(node, env, spec.options) };
}

function isPartList<T>(value: T | readonly CodemodPart[]): value is readonly CodemodPart[] {
  return Array.isArray(value);
}

export interface CodemodFlags {
  /** Also apply suggestion-level rewrites (the rule offers them as editor suggestions only). */
  unsafe?: boolean;
  /**
   * A tsconfig.json: the analyses get the TypeScript checker, as the typed rules do (`typeAware`), so codemod and
   * typed lint decide alike. The file must be part of that project.
   */
  project?: string;
  /**
   * Asked before each rewrite is applied (the CLI's `--interactive` and `--only-in-lint-report`): `true` applies it,
   * a string skips the site with that reason. Asked again in a later pass for a site it refused: answer alike.
   * `preview` gives the text around the site before and after this one rewrite.
   */
  accept?: (site: SiteRecord, preview: () => { before: string; after: string; line: number }) => true | string;
}

const BOM = '\uFEFF';
/** ESLint's own limit for `--fix` passes, so that codemod and `eslint --fix` converge the same way. */
const MAX_PASSES = 10;

/**
 * Runs one shared pattern over a file the way `eslint --fix` runs its rule: parse (typescript-eslint's parser and
 * scope manager, as ESLint would), analyse every candidate node, apply the non-overlapping rewrites in ESLint's
 * order, and repeat until nothing changes. Returns undefined when the file is unchanged.
 */
export function rewriteSource<Options>(source: string, path: string, specOrParts: CodemodSpec<Options> | readonly CodemodPart[], flags: CodemodFlags = {}): { output: string | undefined; sites: SiteRecord[] } {
  const specs = isPartList(specOrParts) ? specOrParts : [codemodPart(specOrParts)];
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
  let lineStarts: number[] | undefined;
  const originalLines = (): number[] => (lineStarts ??= lineStartsOf(original));
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
    return lineColumnIn(originalLines(), at);
  };
  // A rewrite that does not parse (or would not run: a binding declared twice) is never written. Each pass's output
  // is parsed as the next pass's input, so the check costs no extra parse.
  const parseOutput = (output: string, previous: Readonly<TSESLint.SourceCode>): Readonly<TSESLint.SourceCode> | Error => {
    try {
      return parseRewrite(output, path, flags.project, previous);
    } catch (error) {
      return error as Error;
    }
  };
  let sourceCode = parse(text, path, flags.project);
  assertNoRedeclaration(sourceCode, path, DOES_NOT_RUN);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const services = sourceCode.parserServices as { program?: Program | null; esTreeNodeToTSNodeMap?: unknown } | undefined;
    const typeInfo = flags.project && services?.program ? typeInfoOf(services as Parameters<typeof typeInfoOf>[0]) : undefined;
    const env: AnalysisEnv = { sourceCode, typescript: TYPESCRIPT_FILE.test(path), typeInfo };
    // Every spec's analysis over one parse, as ESLint runs every rule over one parse: a node may be a site of several.
    const findings: { finding: Finding; spec: CodemodPart }[] = [];
    for (const node of candidates(sourceCode, specs.flatMap((spec) => spec.nodeTypes))) {
      for (const spec of specs) {
        if (!spec.nodeTypes.includes(node.type)) continue;
        const finding = spec.analyze(node, env);
        if (finding) findings.push({ finding, spec });
      }
    }
    const record = ({ finding, spec }: { finding: Finding; spec: CodemodPart }, status: SiteRecord['status'], reason?: string): SiteRecord => ({
      file: path,
      ...originalPosition(finding.node.range[0], text.slice(finding.node.range[0], Math.min(finding.node.range[1], finding.node.range[0] + 80))),
      codemod: spec.codemod,
      rule: finding.rule ?? spec.rule,
      status,
      ...(reason === undefined ? {} : { reason }),
    });
    const applicable: { edit: Edit; finding: Finding; spec: CodemodPart }[] = [];
    skipped = [];
    for (const found of findings) {
      const { finding } = found;
      const apply = finding.kind === 'fix' || (finding.kind === 'suggest' && flags.unsafe === true);
      if (!apply) {
        skipped.push(record(found, 'skipped', finding.kind === 'suggest' ? `${finding.reason} (suggestion only: rewrite with --unsafe)` : finding.reason));
        continue;
      }
      const edit = mergeEdits(text, finding.rewrites[0]!.edits);
      const verdict = flags.accept ? flags.accept(record(found, 'rewritten'), () => preview(text, edit, lineColumn(text, edit.range[0]).line)) : true;
      if (verdict === true) applicable.push({ edit, ...found });
      else skipped.push(record(found, 'skipped', verdict));
    }
    firstSkipped ??= skipped;
    if (applicable.length === 0) break;
    applicable.sort((a, b) => a.edit.range[0] - b.edit.range[0] || a.edit.range[1] - b.edit.range[1]);
    // Each codemod's rewrites are proven on this pass's text alone; two codemods' rewrites together can clash (one
    // moves a `const codes` into the block where the other adds one). Then this pass applies the first codemod's
    // rewrites only, and the next pass analyses the others again over the result, as it would a later pass's sites.
    let apply = applyNonOverlapping(text, applicable);
    let next = parseOutput(apply.output, sourceCode);
    const first = specs.find((spec) => applicable.some((found) => found.spec === spec));
    if (next instanceof Error && applicable.some((found) => found.spec !== first)) {
      apply = applyNonOverlapping(text, applicable.filter((found) => found.spec === first));
      next = parseOutput(apply.output, sourceCode);
    }
    if (next instanceof Error) {
      throw new Error(`${path}: the rewrite produced code that does not parse (${next.message}); the file was left unchanged. Please report this.`);
    }
    for (const found of apply.applied) rewritten.push(record(found, 'rewritten'));
    passes.push(apply.changes);
    passInputs.push(text);
    text = apply.output;
    sourceCode = next;
  }
  const at = (site: SiteRecord): string => `${site.line}:${site.column}`;
  const stillSkipped = new Set(skipped.map(at));
  const first = (firstSkipped ?? []).filter((site) => stillSkipped.has(at(site)));
  const firstAt = new Set(first.map(at));
  const finalSkipped = [...first, ...skipped.filter((site) => !firstAt.has(at(site)))];
  return { output: rewritten.length > 0 ? (hasBom ? BOM : '') + text : undefined, sites: [...rewritten, ...finalSkipped] };
}

/** The rewrites that do not overlap an earlier one (ESLint's order: by start), applied to `text`. */
function applyNonOverlapping<T extends { edit: Edit }>(text: string, sorted: readonly T[]): { output: string; applied: T[]; changes: { start: number; end: number; length: number }[] } {
  let output = '';
  let lastPos = 0;
  const applied: T[] = [];
  const changes: { start: number; end: number; length: number }[] = [];
  for (const found of sorted) {
    const { edit } = found;
    if (applied.length > 0 && lastPos >= edit.range[0]) continue;
    output += text.slice(lastPos, edit.range[0]) + edit.text;
    lastPos = edit.range[1];
    applied.push(found);
    changes.push({ start: edit.range[0], end: edit.range[1], length: edit.text.length });
  }
  return { output: output + text.slice(lastPos), applied, changes };
}

/** ESLint's line terminators (`\r\n`, `\r`, `\n`, U+2028, U+2029), so a site's line and column are the ones ESLint reports. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** The offset at which each line starts. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 1-based line and column (in UTF-16 code units, as ESLint counts) of an offset, by binary search. */
function lineColumnIn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineColumnIn(lineStartsOf(text), offset);
}

/** The lines one rewrite touches, before and after (for `--interactive`). */
function preview(text: string, edit: Edit, line: number): { before: string; after: string; line: number } {
  const start = text.lastIndexOf('\n', edit.range[0] - 1) + 1;
  const endBreak = text.indexOf('\n', edit.range[1]);
  const end = endBreak === -1 ? text.length : endBreak;
  return { before: text.slice(start, end), after: text.slice(start, edit.range[0]) + edit.text + text.slice(edit.range[1], end), line };
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

export type Transform = ((file: { path: string; source: string }, api: { report?: (message: string) => void }, options: Record<string, unknown>) => string | undefined) & {
  /** The codemod with the given jscodeshift options bound, for running several over one parse (`all`). */
  part: (options: Record<string, unknown>) => CodemodPart;
};

/** The engine flags from jscodeshift options (strings from its CLI, booleans from ours). */
export function flagsFrom(options: Record<string, unknown>): CodemodFlags {
  const project = typeof options['project'] === 'string' && options['project'] ? resolve(options['project']) : undefined;
  // `--only-in-lint-report`: the runner sends each file's flagged sites as `rule:line:column`.
  const flagged = Array.isArray(options['flagged']) ? new Set(options['flagged'] as string[]) : undefined;
  return {
    unsafe: options['unsafe'] === true || options['unsafe'] === 'true',
    ...(project ? { project } : {}),
    ...(flagged ? { accept: (site: SiteRecord) => flagged.has(`${site.rule}:${site.line}:${site.column}`) || 'not flagged in the ESLint report (--only-in-lint-report)' } : {}),
  };
}

/**
 * Rewrites one file and says what happened, never throwing: the unit of work of the runner's workers (and of its
 * in-process mode). A file that fails is reported with the error, its output null.
 */
export function processFile(file: { path: string; source: string }, parts: readonly CodemodPart[], flags: CodemodFlags): FileResult {
  const hash = createHash('sha256').update(file.source).digest('hex');
  try {
    const { output, sites } = rewriteSource(file.source, file.path, parts, flags);
    return { memoryCodemod: 1, file: file.path, hash, output: output ?? null, sites };
  } catch (error) {
    // A file that fails belongs to no one rule: under `all` it is named by the run, not by a list of every rule.
    const label = parts.length === 1 ? parts[0]! : { codemod: 'all', rule: '' };
    return failedFile(file.path, (error as Error).message, label.codemod, label.rule, hash);
  }
}

/**
 * The jscodeshift transform for one or several codemods: rewrites through `rewriteSource`, and tells what it did per
 * site. Under the `memory-codemod` runner (`channel: 'ipc'`), the whole `FileResult` goes back through `api.report`
 * and nothing is returned, so the runner, not jscodeshift, decides what is written (atomically, after its checks).
 * With `reportFile`, every site goes there as a JSON line; run bare under jscodeshift, skipped sites go to
 * `api.report` and a failure throws (jscodeshift counts it).
 */
export function createTransform<Options>(spec: CodemodSpec<Options>, readOptions: (options: Record<string, unknown>) => Options): Transform {
  const part = (options: Record<string, unknown>): CodemodPart => codemodPart({ ...spec, options: readOptions(options) });
  return transformOf(part);
}

/** The transform running the parts `build` makes from the options over each file (several: `all`). */
export function transformOf(build: (options: Record<string, unknown>) => CodemodPart | readonly CodemodPart[]): Transform {
  const partsOf = (options: Record<string, unknown>): readonly CodemodPart[] => {
    const built = build(options);
    return isPartList(built) ? built : [built];
  };
  const transform = (file: { path: string; source: string }, api: { report?: (message: string) => void }, options: Record<string, unknown>): string | undefined => {
    const result = processFile(file, partsOf(options), flagsFrom(options));
    if (options['channel'] === 'ipc') {
      api.report?.(JSON.stringify(result));
      return undefined;
    }
    const reportFile = typeof options['reportFile'] === 'string' ? options['reportFile'] : undefined;
    if (reportFile) writeSiteRecords(reportFile, result.sites);
    else for (const site of result.sites) if (site.status === 'skipped') api.report?.(`${site.file}:${site.line}:${site.column}: skipped: ${site.reason}`);
    if (result.error !== undefined) throw new Error(result.error);
    return result.output ?? undefined;
  };
  return Object.assign(transform, { part: (options: Record<string, unknown>) => partsOf(options)[0]! });
}

/** Appends the site records to the JSON-lines report the CLI collects (one line per site; appends are atomic enough). */
export function writeSiteRecords(reportFile: string | undefined, sites: readonly SiteRecord[]): void {
  if (!reportFile || sites.length === 0) return;
  appendFileSync(reportFile, sites.map((site) => `${JSON.stringify(site)}\n`).join(''));
}
