// Hover on any figure: its value or interval, what it counts, the source found, and any ignore entry hiding it.
import * as vscode from 'vscode';
import { describeInterval, describeNonClaim, describeSource } from '../core/describe';
import { nounFromTagger } from '../core/nlpNoun';
import type { Checker } from './checker';
import { currentFindings } from './findings';

export class FigureHovers implements vscode.HoverProvider {
  constructor(
    private readonly checker: Checker,
    private readonly extraLines: (uri: string, claimStart: number) => string[] = () => [],
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.checker.result(doc.uri);
    const entry = this.checker.desk.get(doc.uri.toString());
    if (!result || !entry || result.version !== doc.version) return undefined;
    // Agency files: the document offset is found in the story text the desk holds (markup has no figures).
    const offset = this.checker.wire.storyOffset(doc.uri.toString(), doc.offsetAt(position));
    if (offset === undefined) return undefined;
    const claim = entry.analysis.claims.find((c) => c.figure.start <= offset && offset <= c.figure.end);
    if (!claim) return undefined;
    const f = claim.figure;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.appendMarkdown(`**Wirecheck figure** \`${escape(f.text)}\` — ${escape(describeInterval(f))}${f.hedge ? ` (hedge: *${escape(f.hedge)}*)` : ''}\n\n`);
    const tagged = f.noun || claim.nonClaim ? undefined : nounFromTagger(claim.sentence.text, claim.sentence.start, f);
    const noun = f.noun ? `counts **${escape(f.noun)}**` : tagged ? `counts **${escape(tagged.noun)}** (from the tagger)` : 'counted noun not found';
    const counts = [noun, f.verb ? `verb *${escape(f.verb)}*` : ''].filter(Boolean).join(' · ');
    md.appendMarkdown(`${counts}\n\n`);
    const nonClaim = describeNonClaim(claim);
    if (nonClaim && claim.nonClaim !== 'quoted') md.appendMarkdown(`Not a claim: ${escape(nonClaim)}\n\n`);
    else md.appendMarkdown(`Source: ${escape(describeSource(claim.attribution))}${claim.inQuote ? ' — inside a direct quotation' : ''}${claim.background ? ' · background figure' : ''}\n\n`);
    const shown = this.checker.wire.sourceRange(doc.uri.toString(), f.start, f.end);
    const hidden = currentFindings(this.checker, doc, new vscode.Range(position, position)).find((x) => x.ignoredBy && x.start === shown.start);
    if (hidden) md.appendMarkdown(`Hidden by \`${escape(hidden.ignoredBy!)}\`\n\n`);
    for (const line of this.extraLines(doc.uri.toString(), f.start)) md.appendMarkdown(line + '\n\n');
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(shown.start), doc.positionAt(shown.end)));
  }
}

/** Article text is shown as text: Markdown control characters escaped. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
