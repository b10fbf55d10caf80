// --include / --exclude: the editor's wirecheck.include / wirecheck.exclude for the command line, decided by the same
// eligibility test (picomatch), matching the absolute path or the path relative to the current folder.
import { relative, resolve } from 'node:path';
import { eligibility, type EligibilityPolicy } from '../core/eligibility';
import type { Entry } from './files';

export interface Globs {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * The entries the globs keep. A file found by walking a folder and left out by the globs is dropped, as the editor
 * skips it quietly; a file named on the command line is kept as skipped, with the reason, so the choice is visible.
 */
export function applyGlobs(entries: readonly Entry[], named: readonly string[], globs: Globs, cwd: string): Entry[] {
  if (globs.include.length === 0 && globs.exclude.length === 0) return [...entries];
  const policy: EligibilityPolicy = {
    enable: true,
    // Only the globs decide here: every language the CLI reads passes, and text and size are screened later.
    languages: ['plaintext', 'markdown', 'xml', 'json'],
    include: globs.include,
    exclude: globs.exclude,
    maxFileBytes: Infinity,
    names: { include: '--include', exclude: '--exclude' },
  };
  const given = new Set(named.map((p) => resolve(cwd, p)));
  return entries.flatMap((entry): Entry[] => {
    const path = resolve(cwd, entry.path);
    const verdict = eligibility({ path, relativePath: relative(cwd, path) }, policy);
    if (verdict.ok) return [entry];
    return given.has(path) ? [{ path: entry.path, skipped: verdict.reason }] : [];
  });
}
