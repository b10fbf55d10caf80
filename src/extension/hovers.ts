// Hover on any figure: its value or interval, what it counts, the source found, and any ignore entry hiding it.
import * as vscode from 'vscode';
import { figureConflictRule } from '../core/rules/figureConflict';
import { unattributedFigureRule } from '../core/rules/unattributedFigure';
import { describeInterval, describeNonClaim, describeSource } from '../core/describe';
import { nounFromTagger } from '../core/nlpNoun';
import type { Checker } from './checker';
import { currentFindings } from './findings';

export class FigureHovers implements vscode.HoverProvider {
  constructor(
    private readonly checker: Checker,
    private readonly extraLines: (
      uri: string,
      claimStart: number,
      token?: vscode.CancellationToken,
    ) => string[] | Promise<string[]> = () => [],
  ) {}

  async provideHover(
    doc: vscode.TextDocument,
    position: vscode.Position,
    token?: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const version = doc.version;
    // Lines from other reports may read unopened folder files: fetched first, then the hover is built on this version.
    const early = this.claimAt(doc, position);
    const extra = early ? await this.extraLines(early.id, early.figure.start, token) : [];
    if (token?.isCancellationRequested || doc.version !== version) return undefined;
    const result = this.checker.result(doc.uri);
    // Agency files: the document offset is found in the story text of the item there (markup has no figures).
    const at = this.checker.wire.storyAt(doc.uri.toString(), doc.offsetAt(position));
    const entry = at && this.checker.desk.get(at.id);
    if (!at || !result || !entry || result.version !== doc.version) return undefined;
    const offset = at.offset;
    const claim = entry.analysis.claims.find((c) => c.figure.start <= offset && offset <= c.figure.end);
    if (!claim) return undefined;
    const f = claim.figure;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    // The answer first, in one line: what the desk must do about this figure, then what other reports say.
    // Findings are in document coordinates: agency files map the story's figure back onto the markup.
    const shown = this.checker.wire.sourceRange(at.id, f.start, f.end);
    const here = currentFindings(this.checker, doc, new vscode.Range(position, position)).filter(
      (x) => x.start <= shown.start && x.end >= shown.end,
    );
    const visible = here.filter((x) => !x.ignoredBy);
    const nonClaim = describeNonClaim(claim);
    const answer: string[] = [];
    if (visible.some((x) => x.rule === unattributedFigureRule.id)) answer.push('**no source**');
    const conflict = visible.find((x) => x.rule === figureConflictRule.id);
    if (conflict)
      answer.push(
        `**disagrees with ${conflict.related.length} other report${conflict.related.length === 1 ? '' : 's'}**`,
      );
    if (answer.length === 0)
      answer.push(
        nonClaim && claim.nonClaim !== 'quoted'
          ? `not a claim: ${escape(nonClaim)}`
          : claim.attribution
            ? `sourced: ${escape(claim.attribution.source)}`
            : 'no warning',
      );
    md.appendMarkdown(`\`${f.text.replace(/`/g, "'")}\` — ${answer.join(' · ')}\n\n`);
    for (const line of extra) md.appendMarkdown(line + '\n\n');
    const tagged = f.noun || claim.nonClaim ? undefined : nounFromTagger(claim.sentence.text, claim.sentence.start, f);
    const noun = f.noun
      ? `counts **${escape(f.noun)}**`
      : tagged
        ? `counts **${escape(tagged.noun)}** (from the tagger)`
        : 'counted noun not found';
    const details = [
      escape(describeInterval(f)) + (f.hedge ? ` (hedge *${escape(f.hedge)}*)` : ''),
      noun,
      f.verb ? `verb *${escape(f.verb)}*` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    md.appendMarkdown(`${details}\n\n`);
    if (!(nonClaim && claim.nonClaim !== 'quoted'))
      md.appendMarkdown(
        `Source: ${escape(describeSource(claim.attribution))}${claim.inQuote ? ' — inside a direct quotation' : ''}${claim.background ? ' · background figure' : ''}\n\n`,
      );
    const hidden = here.find((x) => x.ignoredBy);
    if (hidden) md.appendMarkdown(`Accepted by the desk. Hidden by \`${escape(hidden.ignoredBy!)}\`\n\n`);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(shown.start), doc.positionAt(shown.end)));
  }

  /** The desk id (an agency file's item) and figure under the pointer, before any await. */
  private claimAt(
    doc: vscode.TextDocument,
    position: vscode.Position,
  ): { id: string; figure: { start: number } } | undefined {
    const at = this.checker.wire.storyAt(doc.uri.toString(), doc.offsetAt(position));
    const entry = at && this.checker.desk.get(at.id);
    if (!at || !entry) return undefined;
    const claim = entry.analysis.claims.find((c) => c.figure.start <= at.offset && at.offset <= c.figure.end);
    return claim && { id: at.id, figure: claim.figure };
  }
}

/** Article text is shown as text: Markdown control characters escaped. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
