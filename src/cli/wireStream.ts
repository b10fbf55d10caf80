// A NewsML-G2 newsMessage too large to hold whole (over the default size limit, with --max-size raised): read from
// disk in chunks, decoded by its declared encoding as it arrives, parsed item by item; line positions are kept only
// for the part of the file still being read.
import * as fs from 'node:fs';
import { sniffWire, xmlDecoder } from '../core/formats';
import { SNIFF_BYTES } from '../core/formats/sniff';
import { lineAt } from '../core/lines';
import { WireError } from '../core/formats/types';
import { describeError } from './files';

/** Bytes read from disk at a time. */
export const CHUNK_BYTES = 64 * 1024;

/** Zero-based line/character of an offset (UTF-16), as the report writers ask for it. */
export interface Positions {
  position(offset: number): { line: number; character: number };
}

/**
 * Line starts of a text received in chunks. Starts before `trim`'s offset are dropped (counted only), so memory holds
 * the lines of the part still being read; positions are asked only there.
 */
export class StreamLines implements Positions {
  private starts: number[] = [0];
  private dropped = 0;
  private length = 0;
  private pendingCr = false;

  add(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      // A CR ends a line unless an LF follows (maybe at the start of the next chunk).
      if (this.pendingCr && c !== 10) this.starts.push(this.length + i);
      this.pendingCr = c === 13;
      if (c === 10) this.starts.push(this.length + i + 1);
    }
    this.length += chunk.length;
  }

  /** Forgets line starts before the line holding `offset`. */
  trim(offset: number): void {
    const keep = this.index(offset);
    if (keep <= 0) return;
    this.starts = this.starts.slice(keep);
    this.dropped += keep;
  }

  private index(offset: number): number {
    return lineAt(this.starts, offset);
  }

  position(offset: number): { line: number; character: number } {
    const i = this.index(offset);
    return { line: this.dropped + i, character: offset - this.starts[i]! };
  }
}

/** Positions recorded while an item was read (its findings' ends), kept after its lines are released. */
export class RecordedPositions implements Positions {
  private readonly at = new Map<number, { line: number; character: number }>();

  record(offset: number, p: { line: number; character: number }): void {
    this.at.set(offset, p);
  }

  position(offset: number): { line: number; character: number } {
    return this.at.get(offset) ?? { line: 0, character: 0 };
  }
}

/** Whether a file over the whole-read size is a NewsML-G2 document, judged from its first bytes only. */
export function sniffHead(path: string): 'newsml-g2' | 'other' | { skipped: string } {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, head, 0, SNIFF_BYTES, 0);
    const d = xmlDecoder(head.subarray(0, n));
    if ('skipped' in d) return d;
    let text: string;
    try {
      text = d.decode(head.subarray(d.skip, n), false);
    } catch {
      return 'other';
    }
    return sniffWire(text) === 'newsml-g2' ? 'newsml-g2' : 'other';
  } catch {
    return 'other';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The decoded text of a file, chunk by chunk, each chunk also handed to `lines`. Throws a WireError with a clear
 * message when the file cannot be read or its bytes do not match the declared encoding.
 */
export function* decodedChunks(path: string, lines: StreamLines): Generator<string> {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new WireError(`cannot read: ${describeError(e)}`);
  }
  try {
    const buf = Buffer.alloc(CHUNK_BYTES);
    let n = fs.readSync(fd, buf, 0, CHUNK_BYTES, null);
    const d = xmlDecoder(buf.subarray(0, n));
    if ('skipped' in d) throw new WireError(d.skipped);
    let from = d.skip;
    for (;;) {
      const last = n === 0;
      let text: string;
      try {
        text = d.decode(buf.subarray(from, n), last);
      } catch {
        throw new WireError(`not valid ${d.label}: the bytes do not match the declared encoding`);
      }
      if (text) {
        lines.add(text);
        yield text;
      }
      if (last) return;
      from = 0;
      n = fs.readSync(fd, buf, 0, CHUNK_BYTES, null);
    }
  } finally {
    fs.closeSync(fd);
  }
}
