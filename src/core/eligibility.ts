// Which documents are articles: one decision for every way in (the editor's open, change, save, tab, restored tab and
// recheck, and the CLI), with the same include/exclude globs (picomatch) and one list of article extensions.
// Pure: callers pass what they know; checks that need text run only when the text is given.
import type picomatchModule from 'picomatch';
import { notProseReason } from './input';
import { REVIEW_REPORT_MARK } from './reviewReport';

/** Text and Markdown articles, by file name (the CLI's folder walk, restored tabs, the desk folder). */
export const ARTICLE_EXTENSIONS = /\.(?:txt|text|md|markdown|mdown|mkd)$/i;
export const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;
/** Extensions of agency formats (NewsML-G2, NITF, ninjs): such files are sniffed before they are read. */
const WIRE_PATH = /\.(?:xml|json|nitf|newsml)$/i;
/** Folders a walk never enters (besides those whose names start with "."). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);
const WIRE_LANGUAGES = new Set(['xml', 'json']);

/** The language a file's name implies: what the editor would call it when it is not loaded yet, and the CLI always. */
export function languageOfPath(path: string): string {
  if (MARKDOWN_EXTENSIONS.test(path)) return 'markdown';
  if (WIRE_PATH.test(path)) return /\.json$/i.test(path) ? 'json' : 'xml';
  return 'plaintext';
}

export interface EligibilityPolicy {
  enable: boolean;
  languages: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
  /** How skip reasons name the globs (default the editor's settings; the CLI says --include / --exclude). */
  names?: { include: string; exclude: string };
}

export interface Candidate {
  /** File path or URI path, "/" or "\" separated. */
  path: string;
  /** The same path relative to the workspace folder or current folder, so "articles/**" globs match too. */
  relativePath?: string;
  /** URI scheme; "untitled" documents have no path for globs to match. Default "file". */
  scheme?: string;
  /** The editor's language id; by default the one the file name implies. */
  languageId?: string;
  /** The user chose this file (a path on the command line, or matched by a non-empty include). */
  named?: boolean;
  /** Size in bytes, when known. */
  size?: () => number;
  /** The text, when loaded: the review-report mark and the prose test read it. */
  text?: () => string;
}

export type Eligibility = { ok: true; wire: boolean } | { ok: false; reason: string; quiet: boolean };

const matchers = new Map<string, (path: string) => boolean>();
/** One compiled matcher per glob list: eligibility runs on every check, so globs are never compiled twice. */
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    // Loaded on first use: the CLI, with no globs, never pays for it (measured ~5 ms CPU at start-up).
    const picomatch = require('picomatch') as typeof picomatchModule;
    const compiled = picomatch([...globs], { dot: true, windows: false });
    m = (path) => compiled(path);
    if (matchers.size > 64) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

const slashes = (p: string): string => p.replace(/\\/g, '/');
const matches = (globs: readonly string[], c: Candidate): boolean => {
  if (globs.length === 0) return false;
  const m = matcher(globs);
  return m(slashes(c.path)) || (c.relativePath !== undefined && m(slashes(c.relativePath)));
};

/** A review report Wirecheck wrote (its first line is the mark): never checked as an article. */
export function isReviewReport(start: string): boolean {
  return start.replace(/^\uFEFF/, '').startsWith(REVIEW_REPORT_MARK);
}

/** Cheap checks first (switch, scheme, language, globs, size), then the text's own (review report, prose test). */
export function eligibility(c: Candidate, policy: EligibilityPolicy): Eligibility {
  if (!policy.enable) return { ok: false, reason: 'Wirecheck is disabled', quiet: true };
  const scheme = c.scheme ?? 'file';
  if (!SCHEMES.has(scheme)) return { ok: false, reason: `scheme ${scheme}`, quiet: true };
  const language = c.languageId ?? languageOfPath(c.path);
  if (!policy.languages.includes(language)) return { ok: false, reason: `language ${language}`, quiet: true };
  if (scheme !== 'untitled') {
    const names = policy.names ?? { include: 'wirecheck.include', exclude: 'wirecheck.exclude' };
    if (matches(policy.exclude, c)) return { ok: false, reason: `excluded by ${names.exclude}`, quiet: true };
    if (policy.include.length > 0 && !matches(policy.include, c))
      return { ok: false, reason: `not in ${names.include}`, quiet: true };
  }
  const text = c.text?.();
  if (text !== undefined && isReviewReport(text.slice(0, 200)))
    return { ok: false, reason: 'a Wirecheck review report, not an article', quiet: true };
  const size = c.size?.() ?? (text !== undefined ? Buffer.byteLength(text, 'utf8') : undefined);
  if (size !== undefined && size > policy.maxFileBytes) {
    return {
      ok: false,
      reason: `too large: ${Math.round(size / 1024)} KB (wirecheck.maxFileSizeKB is ${Math.round(policy.maxFileBytes / 1024)})`,
      quiet: false,
    };
  }
  if (WIRE_LANGUAGES.has(language)) return { ok: true, wire: true };
  // Files the user chose (include globs, a command-line path) with an article extension skip the prose test.
  const chosen = (c.named === true || policy.include.length > 0) && ARTICLE_EXTENSIONS.test(c.path);
  if (text !== undefined && language === 'plaintext' && !chosen) {
    const reason = notProseReason(text);
    if (reason) return { ok: false, reason, quiet: false };
  }
  return { ok: true, wire: false };
}
