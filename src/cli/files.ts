// Expands the paths given on the command line into article files: folders are walked for text and Markdown files.
// Only regular files are read; a FIFO, socket or device, an unreadable folder, a broken link or a symlink loop is
// listed with the reason it was skipped, so one bad entry never loses the others.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS, SKIPPED_FOLDERS } from '../core/eligibility';
import { isNeverArticle, WIRE_EXTENSIONS } from '../core/formats/names';

// One list of article extensions and skipped folders for every way in (src/core/eligibility.ts).
export { ARTICLE_EXTENSIONS } from '../core/eligibility';

/** A name a folder walk reads: text and Markdown, or an agency format that is not configuration. */
// Agency formats (NewsML-G2, NITF, ninjs) are walked too, then sniffed; configuration JSON never is.
const isArticleName = (name: string): boolean =>
  ARTICLE_EXTENSIONS.test(name) || (WIRE_EXTENSIONS.test(name) && !isNeverArticle(name));

/** The calls the walk makes, so tests can inject failures (EACCES cannot be provoked as root). */
export type WalkFs = Pick<typeof nodeFs, 'lstatSync' | 'statSync' | 'readdirSync' | 'realpathSync'>;

export interface Entry {
  path: string;
  /** Why the path is not read, or null for an article file to read. */
  skipped: string | null;
}

interface Frame {
  dir: string;
  real: string;
  names: string[];
  i: number;
}

export interface Collected {
  entries: Entry[];
  missing: string[];
}

/** "EACCES" → "permission denied": one line a desk editor can act on. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'symlink loop',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    ENOENT: 'no such file or folder',
    ENAMETOOLONG: 'path too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

/** What kind of non-regular file a stat describes. */
export function specialKind(st: nodeFs.Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export function collectFiles(paths: readonly string[], fs: WalkFs = nodeFs): Collected {
  const entries: Entry[] = [];
  const missing: string[] = [];
  const seenFiles = new Set<string>();
  // Real paths of folders walked so far: a link back to one of them ("d/self -> .") is a loop, walked once.
  const seenDirs = new Set<string>();
  const add = (path: string, skipped: string | null): void => {
    if (seenFiles.has(path)) return;
    seenFiles.add(path);
    entries.push({ path, skipped });
  };

  /** Follows `path` once; a dangling or looping link, or an unreadable target, becomes a reason. */
  const target = (path: string): nodeFs.Stats | string => {
    try {
      return fs.statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return 'symlink loop: the link leads back to itself';
      if (code === 'ENOENT') return 'broken symlink: its target does not exist';
      return `cannot read: ${describeError(e)}`;
    }
  };

  /**
   * Lists a folder once (by real path). A link back to a folder being walked ("d/self -> .") is a loop, reported; a
   * folder reached again some other way was listed already. Unreadable folders are listed with the reason.
   */
  const open = (dir: string, walking: readonly Frame[]): Frame | undefined => {
    try {
      const real = fs.realpathSync(dir);
      if (walking.some((f) => f.real === real)) {
        add(dir, `symlink loop: leads back to ${real}, which contains it`);
        return undefined;
      }
      if (seenDirs.has(real)) return undefined;
      seenDirs.add(real);
      return { dir, real, names: fs.readdirSync(dir).sort(), i: 0 };
    } catch (e) {
      add(dir, `cannot read folder: ${describeError(e)}`);
      return undefined;
    }
  };

  // Depth first in name order, with an explicit stack so a deeply nested tree cannot overflow the call stack.
  const walk = (root: string): void => {
    const stack: Frame[] = [];
    const first = open(root, stack);
    if (first) stack.push(first);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.i >= frame.names.length) {
        stack.pop();
        continue;
      }
      const name = frame.names[frame.i++]!;
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const full = join(frame.dir, name);
      let st: nodeFs.Stats | string;
      try {
        st = fs.lstatSync(full);
      } catch (e) {
        st = `cannot read: ${describeError(e)}`;
      }
      if (typeof st !== 'string' && st.isSymbolicLink()) st = target(full);
      if (typeof st === 'string') {
        if (isArticleName(name) || st.startsWith('symlink loop')) add(full, st);
      } else if (st.isDirectory()) {
        const sub = open(full, stack);
        if (sub) stack.push(sub);
      } else if (isArticleName(name)) add(full, st.isFile() ? null : `not a regular file: ${specialKind(st)}`);
    }
  };

  for (const p of paths) {
    let st: nodeFs.Stats | string;
    try {
      st = fs.lstatSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
        missing.push(p);
      else add(p, `cannot read: ${describeError(e)}`);
      continue;
    }
    if (st.isSymbolicLink()) st = target(p);
    if (typeof st === 'string') add(p, st);
    else if (st.isDirectory()) walk(p);
    else add(p, st.isFile() ? null : `not a regular file: ${specialKind(st)}`);
  }
  return { entries, missing };
}
