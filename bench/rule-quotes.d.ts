// Types of bench/rule-quotes.js for the tests that import it (tests/meta/benchmarks-report.test.ts).
export const BEGIN: string;
export const END: string;
export const RULES_WITH_QUOTES: string[];
/** `results` is the `results` object of bench/results.json (benchmark name -> its result). */
export function renderRuleQuote(results: Record<string, unknown>, rule: string): string;
export function replaceQuote(text: string, block: string, file: string): string;
export function writeRuleQuotes(rulesDir: string, results: Record<string, unknown>): string[];
