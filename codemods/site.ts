// The records a codemod run produces, kept free of the parsers so the runner's parent process can load them cheaply.

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

/** What the runner's workers send back per file: the rewrite (or null), every site, and the hash of what was read. */
export interface FileResult {
  memoryCodemod: 1;
  file: string;
  /** sha256 of the text the worker read, so the runner can refuse to write over a file changed during the run. */
  hash: string;
  output: string | null;
  sites: SiteRecord[];
  /** Set when the file could not be parsed or rewritten; it is then left as it was. */
  error?: string;
}

/**
 * The site record of a file that could not be processed, positioned from a `path:line:column: message` error (the
 * parsers' and the engine's format), else at 0:0. One constructor for the engine, the worker pool and the CLI.
 */
export function errorSite(file: string, message: string, codemod: string, rule: string): SiteRecord {
  const position = /^.*?:(\d+):(\d+): /.exec(message);
  return { file, line: Number(position?.[1] ?? 0), column: Number(position?.[2] ?? 0), codemod, rule, status: 'error', reason: message };
}

/** The result of a file that could not be processed: left unchanged, with its error site. */
export function failedFile(file: string, message: string, codemod: string, rule: string, hash = ''): FileResult {
  return { memoryCodemod: 1, file, hash, output: null, sites: [errorSite(file, message, codemod, rule)], error: message };
}
