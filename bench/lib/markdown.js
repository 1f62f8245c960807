// Markdown formatting shared by bench/report.js (docs/benchmarks.md) and bench/rule-quotes.js (the measured blocks
// in docs/rules/*.md), so a figure is printed the same way on both pages.

/** 12345.678 -> "12,345.7"; null -> "-". Trailing zeros dropped unless `fixed`. */
export function fmt(value, digits = 1, { fixed = false } = {}) {
  if (value == null || !Number.isFinite(value)) return '-';
  const [int, frac] = (fixed ? value.toFixed(digits) : String(Number(value.toFixed(digits)))).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A ratio: 1.2 -> "1.20x". */
export const times = (value) => (value == null ? '-' : `${fmt(value, 2, { fixed: true })}x`);

/** a / b rounded to 2 decimals (the precision the verdicts use), or null. */
export function div(a, b) {
  if (a == null || b == null || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Inline code for a markdown table cell (pipes escaped, newlines folded, backticks fenced). */
export function code(text) {
  const s = String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

/** Plain text for a markdown table cell. */
export const cell = (text) => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
