// How the panel names and summarises an article: file names, short badges, the agency the copy credits and a
// headline (or first sentence), from the analysis alone.
import { detectAgency, type AgencyReport } from '../../core/agency';
import type { DocumentAnalysis } from '../../core/analyze';
import type { ActiveSummary } from './protocol';

/** "000_0724527d9ff2bd15.txt" → "000_0724527d9ff2bd15.txt"; any id → its last path segment, decoded. */
export function displayName(id: string): string {
  const last =
    id
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() || id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Short label for badges: "000" for seed-style names ("000_<hash>.txt"), else the name without extension. */
export function shortName(id: string): string {
  const name = displayName(id).replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const m = /^([^_]{1,12})_[0-9a-f]{8,}$/i.exec(name);
  return m ? m[1]! : name;
}

const agencyCache = new WeakMap<DocumentAnalysis, AgencyReport>();
function agencyOf(analysis: DocumentAnalysis): AgencyReport {
  let a = agencyCache.get(analysis);
  if (!a) agencyCache.set(analysis, (a = detectAgency(analysis.model)));
  return a;
}
/** The agency the copy credits, if any (the version chain's key). */
export const agencyOfDoc = (analysis: DocumentAnalysis): string | undefined => agencyOf(analysis).primary?.agency;

function headlineOf(analysis: DocumentAnalysis): { text: string; sentence: boolean } {
  const h = analysis.model.meta.headline?.trim();
  if (h) return { text: clip(h, 160), sentence: false };
  for (const p of analysis.model.paragraphs) {
    const s = p.kind === 'body' ? p.sentences[0]?.text.trim() : undefined;
    if (s) return { text: clip(s, 140), sentence: true };
  }
  return { text: clip(analysis.model.text.trim().split('\n')[0] ?? '', 200), sentence: true };
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function articleSummary(
  id: string,
  analysis: DocumentAnalysis,
): ActiveSummary & { update: number; corrected: boolean; headlineIsSentence: boolean } {
  const meta = analysis.model.meta;
  const agency = agencyOf(analysis);
  const headline = headlineOf(analysis);
  return {
    id,
    name: displayName(id),
    agency: agency.primary?.agency ?? 'agency unknown',
    agencyEvidence: agency.primary?.evidence ?? '',
    filed: meta.filed,
    filedSource: meta.filedSource,
    headline: headline.text,
    headlineIsSentence: headline.sentence,
    update: meta.update,
    corrected: meta.corrected,
  };
}

/** A desk-folder story (not open): named by its file, marked as in the folder. */
export function folderStorySummary(id: string): ReturnType<typeof articleSummary> {
  return {
    id,
    name: displayName(id),
    agency: 'in the folder, not open',
    agencyEvidence: '',
    filed: undefined,
    filedSource: 'unknown',
    headline: displayName(id),
    headlineIsSentence: false,
    update: 0,
    corrected: false,
  };
}
