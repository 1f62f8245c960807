import { createHash } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

let counter = 0;

/** The temporary files this process has open, so an interrupted run can remove them (their targets are untouched). */
export const pendingTemporaries = new Set<string>();

/**
 * Replaces a file's contents atomically: the new text goes to a temporary file beside it (same directory, so the
 * same file system), is flushed to disk, gets the old file's permission bits, and is renamed over the old name. A
 * crash or a kill at any moment leaves the file either as it was or as rewritten, never half-written; at worst a
 * `.<name>.<pid>-<n>.memory-codemod.tmp` beside it.
 *
 * Refused (throws, the file left alone) when the path is no longer a regular file (a symbolic link put in its place
 * would otherwise be replaced, or followed by other writers), when it has other hard links (a rename would split
 * them: the other names would keep the old text), when its directory now resolves outside the run's roots, or when
 * its contents changed since the worker read them (`expectedHash`: sha256 of the text read).
 */
export function writeAtomic(file: string, text: string, expectedHash: string, roots: readonly string[]): void {
  const stat = lstatSync(file);
  if (!stat.isFile()) throw new Error(`${file}: no longer a regular file (a symbolic link?); left alone`);
  if (stat.nlink > 1) throw new Error(`${file}: has ${stat.nlink - 1} other hard link(s); replacing it would split them, so it was left alone`);
  const realDir = realpathSync(dirname(file));
  if (!roots.some((root) => isInside(realDir, root))) throw new Error(`${file}: its directory resolves to ${realDir}, outside the paths given; left alone`);
  const current = createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex');
  if (current !== expectedHash) throw new Error(`${file}: changed on disk during the run; left alone (run again)`);
  const temporary = join(realDir, `.${basename(file)}.${process.pid}-${++counter}.memory-codemod.tmp`);
  pendingTemporaries.add(temporary);
  try {
    // `wx`: never reuse (or follow) an existing name; the mode is set again after, as the umask trims `open`'s.
    const fd = openSync(temporary, 'wx', stat.mode & 0o7777);
    try {
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, stat.mode & 0o7777);
    renameSync(temporary, join(realDir, basename(file)));
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already renamed, or never created
    }
    throw error;
  } finally {
    pendingTemporaries.delete(temporary);
  }
}

/** Removes the temporary files of writes that were cut short (on Ctrl-C: their targets were not touched). */
export function removePendingTemporaries(): void {
  for (const temporary of pendingTemporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // gone already
    }
  }
  pendingTemporaries.clear();
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}
