import type { Edit } from './types.ts';

/**
 * Applies non-overlapping edits to `text`. Overlapping edits are a bug in the caller: they throw rather than
 * corrupt the file.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < at || end < start || end > text.length) {
      throw new Error(`overlapping or out-of-range edit [${start}, ${end}) in a text of ${text.length} characters`);
    }
    out += text.slice(at, start) + edit.text;
    at = end;
  }
  return out + text.slice(at);
}
