// What a wire-format reader returns: the story as plain text in the article model's shape, where each of its
// characters came from in the source file (UTF-16 offsets), and the item's own metadata.
import type { WireStatus } from '../types';

export type WireFormat = 'newsml-g2' | 'nitf' | 'ninjs';

export interface WireMeta extends WireStatus {
  format: WireFormat;
  headline?: string;
  dateline?: string;
  slugline?: string;
  creditline?: string;
  located?: string;
  infoSource?: string;
  byline?: string;
  urgency?: string;
  /** When the item stops being usable (NITF date.expire, ninjs expires). */
  expires?: string;
  /** ISO time this version was filed: versionCreated, NITF date.release / date.issue, ninjs versioncreated. */
  filed?: string;
  firstCreated?: string;
  /** Agency in canonical spelling when the provider is a known one ("Reuters"), else the provider as given. */
  agency?: string;
}

export interface WireItem {
  /** Headline line, blank line, then paragraphs separated by blank lines. */
  text: string;
  /** For each character of `text`: the source range it was read from (synthesised separators: empty ranges). */
  starts: Int32Array;
  ends: Int32Array;
  meta: WireMeta;
  /** Story offsets, ascending, of characters read from CDATA (taken as written: inserted text is not escaped). */
  verbatim?: Int32Array;
  /** ninjs: story offset from which characters came through an HTML body (inserted text is escaped for both). */
  htmlFrom?: number;
  /** NewsML-G2: the source range of the item's element (a newsMessage holds several). */
  element?: { start: number; end: number };
}

export interface ReadResult {
  items: WireItem[];
  /** One clear message per item or document that could not be read (nothing is guessed). */
  problems: string[];
}

/** A reader's refusal: the message is shown to the user as the reason the file was skipped. */
export class WireError extends Error {}
