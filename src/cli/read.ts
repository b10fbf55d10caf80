// Reads one file the CLI was given: only a regular file, opened without blocking (a FIFO swapped in after the walk
// cannot hang the run), with every failure turned into a one-line reason.
import * as nodeFs from 'node:fs';
import { decodeArticle, tooLargeReason } from '../core/input';
import { describeError, specialKind } from './files';

export type ReadFs = Pick<typeof nodeFs, 'openSync' | 'fstatSync' | 'readFileSync' | 'closeSync' | 'constants'>;

/** The bytes of a regular file, or why they cannot be read ("is a folder", "a FIFO (named pipe)", "permission denied"). */
export function readRegularFile(
  path: string,
  maxBytes: number,
  fs: ReadFs = nodeFs,
): { bytes: Buffer; mtime: Date } | { reason: string } {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { reason: `cannot read: ${describeError(e)}` };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { reason: 'is a folder, not a file' };
    if (!st.isFile()) return { reason: `not a regular file: ${specialKind(st)}` };
    if (st.size > maxBytes) return { reason: tooLargeReason(st.size, maxBytes) };
    return { bytes: fs.readFileSync(fd), mtime: st.mtime };
  } catch (e) {
    return { reason: `cannot read: ${describeError(e)}` };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // Closing a descriptor we opened cannot fail in a way the report could use.
    }
  }
}

/** An article's text and file time, or the reason it is skipped (unreadable, binary, not UTF-8, too large). */
export function readArticle(
  path: string,
  maxBytes: number,
  fs: ReadFs = nodeFs,
): { text: string; mtime: Date } | { skipped: string } {
  const read = readRegularFile(path, maxBytes, fs);
  if ('reason' in read) return { skipped: read.reason };
  const decoded = decodeArticle(read.bytes, maxBytes);
  return decoded.skipped !== null ? { skipped: decoded.skipped } : { text: decoded.text, mtime: read.mtime };
}
