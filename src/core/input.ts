// Decoding and screening article input: binary, not UTF-8, too large or not prose are skipped with a reason.

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type Decoded = { text: string; skipped: null } | { text: null; skipped: string };

/**
 * UTF-8 decode with one BOM removed (a second one is text, as the editor shows it); a UTF-16 BOM decodes the file as
 * UTF-16. NUL bytes anywhere or invalid text are reported, never guessed at.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return { text: null, skipped: tooLargeReason(bytes.length, maxBytes) };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (!utf16 && bytes.includes(0)) return { text: null, skipped: 'binary: the file contains NUL bytes' };
  let text: string;
  try {
    // ignoreBOM: the decoder would drop a BOM itself, and the line below a second one.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      text: null,
      skipped: utf16
        ? `not ${utf16.toUpperCase()}: the file starts with a UTF-16 BOM but is not valid UTF-16 text`
        : 'not UTF-8: the file is not valid UTF-8 text',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16 && text.includes('\u0000')) return { text: null, skipped: 'binary: the file contains NUL characters' };
  return { text, skipped: null };
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large: ${formatBytes(size)} (limit ${formatBytes(maxBytes)})`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A cheap prose test: most non-blank lines read as sentences (words and spaces), not as logs, CSV or code.
 * Returns the reason it is not prose, or undefined.
 */
export function notProseReason(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return undefined;
  let proseChars = 0;
  let total = 0;
  let delimited = 0;
  let timestamped = 0;
  for (const line of lines) {
    total += line.length;
    const words = line.match(/[\p{L}][\p{L}'’-]*/gu)?.length ?? 0;
    if (words >= 4 && /\s/.test(line)) proseChars += line.length;
    if ((line.match(/[,;\t|]/g)?.length ?? 0) >= 4 && !/[.!?"”]\s*$/.test(line) && words < 12) delimited++;
    if (/^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[\w+\]|\d{2}:\d{2}:\d{2}|(?:INFO|WARN|ERROR|DEBUG)\b)/.test(line))
      timestamped++;
  }
  if (delimited / lines.length > 0.5) return 'not prose: looks like delimited data (CSV/TSV)';
  if (timestamped / lines.length > 0.5) return 'not prose: looks like a log';
  if (total > 200 && proseChars / total < 0.5) return 'not prose: too few sentences';
  return undefined;
}
