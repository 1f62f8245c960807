// The fuzz oracle: one program through every rule (fixes applied, then each suggestion on its own) under espree and
// typescript-eslint, and through every codemod at once (safe and --unsafe). Whatever the program, nothing may throw
// and every output must parse with the parser that accepted the input. Uses the built plugin and codemods (dist/),
// as ESLint and the memory-codemod CLI do.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { transforms } from '../../dist/codemods/all.js';
import { processFile, type CodemodPart } from '../../dist/codemods/engine.js';
import { DOES_NOT_RUN } from '../../dist/codemods/parse.js';
import plugin from '../../dist/index.js';

export type ParserName = 'espree' | 'typescript-eslint';

export interface Failure {
  /** What broke: a rule threw, a fix or suggestion or rewrite does not parse, a codemod threw, a rerun changed more. */
  kind: 'rule-crash' | 'fix-unparsable' | 'suggestion-unparsable' | 'codemod-error' | 'codemod-unparsable' | 'codemod-unstable';
  /** The parser (lint) or the codemod mode (`safe`, `unsafe`). */
  where: string;
  /** The rule, the suggestion's rule, or the codemods whose sites were rewritten. */
  culprit: string;
  message: string;
  /** The broken output, when there is one. */
  output?: string;
}

export interface Counts {
  /** Lint runs (one per parser that accepted the program). */
  linted: number;
  /** Fixable reports in the first lint pass (each is applied by verifyAndFix unless another fix overlaps it). */
  fixes: number;
  /** Suggestions applied one at a time and re-parsed. */
  suggestions: number;
  /** Sites the codemods rewrote (safe and --unsafe runs together). */
  rewrites: number;
  /** Reports per rule, over both parsers: evidence the patterns were reached at all. */
  byRule: Record<string, number>;
}

export interface ProgramResult {
  /** The parsers that accepted the program (none: it was skipped). */
  parsers: ParserName[];
  counts: Counts;
  failures: Failure[];
}

const linter = new Linter({ configType: 'flat' });
const FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
// Random comments may look like directives (`/* eslint ... */`, `/* global */`): the program is data, not config.
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } as const;
const languageOptions: Record<ParserName, Linter.LanguageOptions> = {
  espree: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: false } } },
  'typescript-eslint': { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser as Linter.Parser },
};
const allRules: Record<ParserName, Linter.Config[]> = {
  espree: [{ files: FILES, ...plugin.configs.all, languageOptions: languageOptions.espree, linterOptions } as Linter.Config],
  'typescript-eslint': [{ files: FILES, ...plugin.configs.all, languageOptions: languageOptions['typescript-eslint'], linterOptions } as Linter.Config],
};
const noRules: Record<ParserName, Linter.Config[]> = {
  espree: [{ files: FILES, languageOptions: languageOptions.espree, linterOptions }],
  'typescript-eslint': [{ files: FILES, languageOptions: languageOptions['typescript-eslint'], linterOptions }],
};
const TYPESCRIPT = /\.[cm]?tsx?$/;

let codemodParts: readonly CodemodPart[] | undefined;
/** Every codemod with its default options, as `memory-codemod all` runs them. */
function allParts(): readonly CodemodPart[] {
  codemodParts ??= Object.values(transforms).map((transform) => transform.part({}));
  return codemodParts;
}

/** The parse error, or undefined when the text parses (no rules run: the cheapest check ESLint itself would make). */
export function parseError(text: string, filename: string, parser: ParserName): string | undefined {
  const fatal = linter.verify(text, noRules[parser], filename).find((message) => message.fatal);
  return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined;
}

/** The parsers worth running on a file: espree cannot read TypeScript, and is ESLint's default for JavaScript. */
export function parsersFor(filename: string): ParserName[] {
  return TYPESCRIPT.test(filename) ? ['typescript-eslint'] : ['espree', 'typescript-eslint'];
}

/** Runs the whole oracle over one program. Never throws: whatever goes wrong is a `Failure`. */
export function checkProgram(text: string, filename: string): ProgramResult {
  const counts: Counts = { linted: 0, fixes: 0, suggestions: 0, rewrites: 0, byRule: {} };
  const failures: Failure[] = [];
  const parsers = parsersFor(filename).filter((parser) => parseError(text, filename, parser) === undefined);
  for (const parser of parsers) lintOnce(text, filename, parser, counts, failures);
  if (parsers.length > 0) codemodsOnce(text, filename, parsers[0]!, counts, failures);
  return { parsers, counts, failures };
}

function lintOnce(text: string, filename: string, parser: ParserName, counts: Counts, failures: Failure[]): void {
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(text, allRules[parser], filename);
  } catch (error) {
    failures.push({ kind: 'rule-crash', where: parser, culprit: ruleOf(error), message: messageOf(error) });
    return;
  }
  counts.linted++;
  for (const message of messages) {
    if (message.fatal) continue;
    const rule = message.ruleId ?? '(none)';
    counts.byRule[rule] = (counts.byRule[rule] ?? 0) + 1;
    if (message.fix) counts.fixes++;
    for (const suggestion of message.suggestions ?? []) {
      counts.suggestions++;
      const output = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
      const error = parseError(output, filename, parser);
      if (error) failures.push({ kind: 'suggestion-unparsable', where: parser, culprit: `${rule} (${suggestion.messageId ?? suggestion.desc})`, message: error, output });
    }
  }
  if (!messages.some((message) => message.fix)) return;
  // verifyAndFix re-lints after every pass with every rule, so a rule that crashes on a fixed text shows here too.
  let fixed: Linter.FixReport;
  try {
    fixed = linter.verifyAndFix(text, allRules[parser], filename);
  } catch (error) {
    failures.push({ kind: 'rule-crash', where: `${parser} (after fixes)`, culprit: ruleOf(error), message: messageOf(error) });
    return;
  }
  const fatal = fixed.messages.find((message) => message.fatal);
  const error = fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : parseError(fixed.output, filename, parser);
  if (error) {
    const culprit = [...new Set(messages.filter((message) => message.fix).map((message) => message.ruleId))].join(', ');
    failures.push({ kind: 'fix-unparsable', where: parser, culprit, message: error, output: fixed.output });
  }
}

function codemodsOnce(text: string, filename: string, parser: ParserName, counts: Counts, failures: Failure[]): void {
  for (const unsafe of [false, true]) {
    const where = unsafe ? 'unsafe' : 'safe';
    const result = processFile({ path: filename, source: text }, allParts(), { unsafe });
    // A binding declared twice in one scope is an early error that typescript-eslint does not report (a template or a
    // mutant can have one); the codemods refuse such a file by name before any rewrite, which is what they should do.
    if (result.error !== undefined && result.error.startsWith(`${filename}:`) && result.error.endsWith(`has already been declared${DOES_NOT_RUN}`)) continue;
    if (result.error !== undefined) {
      // The input parsed (under the parser that counts for this file), so any error is the codemods' own.
      failures.push({ kind: 'codemod-error', where, culprit: culpritOf(result.sites), message: result.error });
      continue;
    }
    if (result.output === null) continue;
    const rewritten = result.sites.filter((site) => site.status === 'rewritten');
    counts.rewrites += rewritten.length;
    const error = parseError(result.output, filename, parser);
    if (error) {
      failures.push({ kind: 'codemod-unparsable', where, culprit: culpritOf(rewritten), message: error, output: result.output });
      continue;
    }
    // The rewritten program is a new input no one wrote by hand: the rules must not crash on it either.
    try {
      linter.verify(result.output, allRules[parser], filename);
    } catch (error) {
      failures.push({ kind: 'rule-crash', where: `${parser} (on the ${where} codemod output)`, culprit: ruleOf(error), message: messageOf(error), output: result.output });
    }
    // The engine repeats passes until nothing changes (at most ESLint's 10): a second run must find nothing left.
    const again = processFile({ path: filename, source: result.output }, allParts(), { unsafe });
    if (again.error !== undefined) {
      failures.push({ kind: 'codemod-error', where: `${where} (second run)`, culprit: culpritOf(again.sites), message: again.error, output: result.output });
    } else if (again.output !== null) {
      const more = again.sites.filter((site) => site.status === 'rewritten');
      const message = `a second run rewrote ${more.map((site) => `${site.codemod}@${site.line}:${site.column}`).join(', ')}`;
      failures.push({ kind: 'codemod-unstable', where, culprit: culpritOf(more), message, output: result.output });
    }
  }
}

function culpritOf(sites: readonly { codemod: string; rule: string }[]): string {
  return [...new Set(sites.map((site) => `${site.codemod}/${site.rule}`))].join(', ') || 'all';
}

function messageOf(error: unknown): string {
  const { message, stack } = error as Error;
  const frames = (stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 4);
  return [message, ...frames].join('\n');
}

/** ESLint appends `Rule: "memory/..."` to the message of an exception a rule threw. */
function ruleOf(error: unknown): string {
  return /Rule: "([^"]+)"/.exec((error as Error).message)?.[1] ?? '(unknown)';
}
