// Archive matches (issue 22) in the Matching reports panel: pure, added to a built model so the open articles' model
// stays as it is; the archive glue supplies the matches of the active article.
import type { ArchiveMatch } from '../../archive/match';
import { displayName } from './reportSummary';
import type { ArchiveReport, PanelModel } from './protocol';

/** file:// URI of a stored path (absolute paths only; others are kept as given, and opening them fails with a message). */
function uriOf(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
  if (!path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) return path;
  return `file://${path.startsWith('/') ? '' : '/'}${path
    .replace(/\\/g, '/')
    .split('/')
    .map(encodeURIComponent)
    .join('/')
    .replace(/^\/([A-Za-z])%3A/, '/$1:')}`;
}

export function archiveReports(matches: readonly ArchiveMatch[]): ArchiveReport[] {
  return [...matches]
    .sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((m) => ({
      id: `archive:${m.id}`,
      uri: uriOf(m.path),
      name: displayName(m.path),
      agency: m.agency ?? 'agency unknown',
      ...(m.filed ? { filed: m.filed } : {}),
      headline: m.headline ?? displayName(m.path),
      score: m.score,
      relation: m.relation,
      withdrawn: m.withdrawn === true,
    }));
}

/** The model with the active article's archive matches attached (only when an article is active and checked). */
export function withArchive(model: PanelModel, matches: readonly ArchiveMatch[] | undefined): PanelModel {
  if (!model.active || !matches || matches.length === 0) return model;
  return { ...model, archive: archiveReports(matches) };
}
