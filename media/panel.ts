/// <reference lib="dom" />
// Webview script for the Matching reports panel (bundled to media/panel.js, an IIFE). Article strings reach
// the DOM only as text (textContent / createTextNode): never innerHTML. Messages are typed both ways
// (src/extension/panel/protocol.ts); expanded rows survive hide/show through getState/setState.
import { CONFLICT_CLASS_WORDS } from '../src/core/conflictWords';
import type {
  ArchiveReport,
  ExtensionMessage,
  FactCell,
  FactRow,
  PanelModel,
  ReportSummary,
  WebviewMessage,
  WhatChangedView,
} from '../src/extension/panel/protocol';
import { el, txt } from './dom';
import { whatChangedSection } from './whatChanged';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface ViewState {
  expanded: string[];
  /** Groups of superseded versions the user opened. */
  openGroups: string[];
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;

function loadState(): ViewState {
  const s = vscode.getState() as Partial<ViewState> | undefined;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return { expanded: strings(s?.expanded), openGroups: strings(s?.openGroups) };
}
let state = loadState();
function saveState(): void {
  vscode.setState(state);
}
function setIn(list: string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

function pct(n: number): string {
  return `${Math.round(n * 100)} %`;
}

function filed(f: string | undefined, source: string): string {
  return f ? `${f} · ${source}` : 'filing time unknown';
}

// ---- rendering ----------------------------------------------------------------------------------
const STATUS: Record<FactRow['status'], { icon: string; words: string }> = {
  conflict: { icon: '✗', words: 'Conflict' },
  agrees: { icon: '✓', words: 'Agrees' },
  'only-here': { icon: '–', words: 'Only in this article' },
  'only-there': { icon: '–', words: 'Only in that report' },
};

function valueButton(cell: FactCell, where: string): HTMLElement {
  const b = el('button', { type: 'button', class: 'value', title: `Open ${where} at this figure (${cell.interval})` });
  b.append(txt(cell.text, 'figure'));
  b.addEventListener('click', () =>
    vscode.postMessage({ type: 'open', docId: cell.docId, start: cell.start, end: cell.end }),
  );
  return b;
}

function side(label: string, cell: FactCell | undefined, where: string): HTMLElement {
  return el(
    'div',
    { class: 'side' },
    el('span', { class: 'who' }, label),
    cell ? valueButton(cell, where) : el('span', { class: 'missing' }, 'not reported'),
    cell && el('span', { class: 'source' }, txt(cell.source, 'src')),
  );
}

function factList(report: ReportSummary, activeName: string): HTMLElement {
  if (report.facts.length === 0)
    return el('p', { class: 'note' }, 'Neither report states figures that could be compared.');
  const list = el('ul', { class: 'facts', 'aria-label': `Figures in this article and in ${report.name}` });
  for (const row of report.facts) {
    const s = STATUS[row.status];
    const cls = row.conflictClass ? (CONFLICT_CLASS_WORDS[row.conflictClass] ?? row.conflictClass) : '';
    const li = el(
      'li',
      { class: `fact ${row.status}` },
      el(
        'div',
        { class: 'fact-head' },
        el('span', { class: 'status', 'aria-hidden': 'true' }, s.icon),
        el('span', { class: 'status-words' }, s.words + (cls ? ` — ${cls}` : '')),
        el('span', { class: 'label' }, txt(row.label, 'what')),
      ),
      side('This article', row.here, activeName),
      side(shortLabel(report), row.there, report.name),
      row.explanation && el('p', { class: 'explain' }, txt(row.explanation, 'why')),
    );
    list.append(li);
  }
  return list;
}

function shortLabel(r: ReportSummary): string {
  return r.short;
}

function reportItem(report: ReportSummary, model: PanelModel): HTMLElement {
  const open = state.expanded.includes(report.id) || model.reveal === report.id;
  const details = el('details', { class: 'report', 'data-id': report.id });
  if (open) details.open = true;
  const agency = el(
    'span',
    {
      class: 'agency',
      title: report.agencyEvidence ? `agency from ${report.agencyEvidence}` : 'no agency credit found',
    },
    txt(report.agency, 'ag'),
  );
  const conflicts =
    report.conflicts > 0
      ? el(
          'span',
          { class: 'pill conflicts' },
          el('span', { 'aria-hidden': 'true' }, '⚠ '),
          `${report.conflicts} conflict${report.conflicts === 1 ? '' : 's'}`,
        )
      : report.factConflicts > 0
        ? el(
            'span',
            { class: 'pill conflicts' },
            el('span', { 'aria-hidden': 'true' }, '⚠ '),
            `${report.factConflicts} figure${report.factConflicts === 1 ? '' : 's'} differ${report.factConflicts === 1 ? 's' : ''}`,
          )
        : el('span', { class: 'pill quiet' }, 'no conflicts');
  const summary = el(
    'summary',
    {},
    el(
      'div',
      { class: 'line1' },
      agency,
      report.update > 0 && el('span', { class: 'pill' }, `UPDATE ${report.update}`),
      report.corrected && el('span', { class: 'pill' }, 'CORRECTED'),
      el('span', { class: 'filed' }, filed(report.filed, report.filedSource)),
      el('span', { class: 'score', title: 'story similarity' }, `${pct(report.score)} similar`),
    ),
    el('div', { class: `headline${report.headlineIsSentence ? ' sentence' : ''}` }, txt(report.headline, 'hl')),
    el(
      'div',
      { class: 'line3' },
      el('span', { class: 'name' }, txt(report.name, 'fn')),
      report.badge && el('span', { class: `pill badge ${report.relation}` }, txt(report.badge, 'bd')),
      report.supersededBy && el('span', { class: 'pill' }, 'superseded'),
      conflicts,
    ),
  );
  details.append(summary);
  details.addEventListener('toggle', () => {
    state = { ...state, expanded: setIn(state.expanded, report.id, details.open) };
    saveState();
  });
  const actions = el('div', { class: 'actions' });
  const openBtn = el('button', { type: 'button', class: 'secondary' }, 'Open report');
  openBtn.addEventListener('click', () => vscode.postMessage({ type: 'open', docId: report.id, start: 0, end: 0 }));
  const diffBtn = el('button', { type: 'button', class: 'secondary' }, 'Compare side by side');
  diffBtn.addEventListener('click', () => vscode.postMessage({ type: 'compare', docId: report.id }));
  const changedBtn = el(
    'button',
    { type: 'button', class: 'secondary', title: `What changed between this article and ${report.name}` },
    'What changed',
  );
  changedBtn.addEventListener('click', () => vscode.postMessage({ type: 'whatChanged', docId: report.id }));
  actions.append(changedBtn, openBtn, diffBtn);
  details.append(
    el(
      'div',
      { class: 'body' },
      el('p', { class: 'relation' }, txt(report.relationReason, 'rel')),
      factList(report, model.active?.name ?? 'this article'),
      actions,
    ),
  );
  return details;
}

/** The last "What changed" the editor asked for; shown while its article is the active one. */
let changes: WhatChangedView | undefined;
let lastModel: PanelModel | undefined;

function whatChangedPart(model: PanelModel): HTMLElement | undefined {
  if (changes && changes.activeId === model.active?.id) {
    return whatChangedSection(
      changes,
      (m) => vscode.postMessage(m),
      () => {
        changes = undefined;
        render(model);
      },
    );
  }
  if (!model.previousVersion) return undefined;
  const id = model.previousVersion;
  const name = model.reports.find((r) => r.id === id)?.name ?? 'the previous version';
  const b = el(
    'button',
    { type: 'button', class: 'secondary wc-open', title: `What changed since ${name}` },
    'What changed since the previous version',
  );
  b.addEventListener('click', () => vscode.postMessage({ type: 'whatChanged', docId: id }));
  return el('div', { class: 'actions' }, b);
}

/** The desk archive's matches: stored versions, not open articles (no fact table; Open tries the stored path). */
function archiveSection(reports: readonly ArchiveReport[]): HTMLElement {
  const list = el('ul', { class: 'reports archive', 'aria-label': 'Matches from the desk archive, best first' });
  for (const r of reports) {
    const open = el('button', { type: 'button', class: 'secondary' }, 'Open');
    open.addEventListener('click', () => vscode.postMessage({ type: 'open', docId: r.id, start: 0, end: 0 }));
    list.append(
      el(
        'li',
        { class: 'report archived', 'data-id': r.id },
        el(
          'div',
          { class: 'line1' },
          el('span', { class: 'pill' }, 'archive'),
          el('span', { class: 'agency' }, txt(r.agency, 'ag')),
          el('span', { class: 'filed' }, r.filed ? r.filed.slice(0, 16).replace('T', ' ') : 'filing time unknown'),
          el('span', { class: 'score', title: 'story similarity' }, `${pct(r.score)} similar`),
          r.withdrawn && el('span', { class: 'pill conflicts' }, 'withdrawn'),
        ),
        el('div', { class: 'headline' }, txt(r.headline, 'hl')),
        el(
          'div',
          { class: 'line3' },
          el('span', { class: 'name' }, txt(r.name, 'fn')),
          el('span', { class: 'pill' }, r.relation),
          open,
        ),
      ),
    );
  }
  return el(
    'section',
    { class: 'archive' },
    el('h2', { class: 'count' }, `${reports.length} in the desk archive`),
    list,
  );
}

function render(model: PanelModel): void {
  lastModel = model;
  const frag = document.createDocumentFragment();
  if (model.active) {
    const a = model.active;
    frag.append(
      el(
        'header',
        { class: 'active' },
        el('div', { class: 'eyebrow' }, 'Checking'),
        el('div', { class: 'active-headline' }, txt(a.headline, 'hl')),
        el(
          'div',
          { class: 'line3' },
          el('span', { class: 'agency' }, txt(a.agency, 'ag')),
          el('span', { class: 'filed' }, filed(a.filed, a.filedSource)),
          el('span', { class: 'name' }, txt(a.name, 'fn')),
        ),
      ),
    );
  }
  const part = model.state === 'matches' ? whatChangedPart(model) : undefined;
  if (part) frag.append(part);
  if (model.state !== 'matches') {
    const title = {
      empty: 'Open an article…',
      skipped: 'Not checked',
      unchecked: 'Not an article',
      'no-matches': 'No matching reports',
      matches: '',
    }[model.state];
    frag.append(
      el(
        'section',
        { class: `state ${model.state}` },
        el('h2', {}, title),
        model.note && el('p', { class: 'note' }, model.note),
      ),
    );
  } else {
    frag.append(
      el('h2', { class: 'count' }, `${model.reports.length} matching report${model.reports.length === 1 ? '' : 's'}`),
    );
    const families = new Map<number, ReportSummary[]>();
    for (const r of model.reports) families.set(r.family, [...(families.get(r.family) ?? []), r]);
    const list = el('ul', { class: 'reports', 'aria-label': 'Matching reports, newest first' });
    for (const [family, members] of families) {
      const current = members.filter((r) => !r.supersededBy);
      const older = members.filter((r) => r.supersededBy);
      const group = el('li', { class: members.length > 1 || family === 0 ? 'family grouped' : 'family' });
      if (members.length > 1 || (family === 0 && members.some((m) => m.badge))) {
        group.append(
          el(
            'div',
            { class: 'family-label' },
            family === 0 ? 'Versions and rewrites of this story' : 'Versions and rewrites of one story',
          ),
        );
      }
      for (const r of current) group.append(reportItem(r, model));
      if (older.length > 0) {
        const key = `older:${older.map((o) => o.id).join('|')}`;
        const box = el('details', { class: 'superseded' });
        if (state.openGroups.includes(key)) box.open = true;
        box.append(el('summary', {}, `${older.length} older version${older.length === 1 ? '' : 's'} (superseded)`));
        for (const r of older) box.append(reportItem(r, model));
        box.addEventListener('toggle', () => {
          state = { ...state, openGroups: setIn(state.openGroups, key, box.open) };
          saveState();
        });
        group.append(box);
      }
      list.append(group);
    }
    frag.append(list);
  }
  if (model.archive && model.archive.length > 0) frag.append(archiveSection(model.archive));
  root.replaceChildren(frag);
  root.setAttribute('aria-busy', 'false');
  if (model.reveal) {
    const target = Array.from(root.querySelectorAll<HTMLDetailsElement>('details.report')).find(
      (d) => d.dataset.id === model.reveal,
    );
    if (target) {
      target.open = true;
      const summary = target.querySelector('summary');
      summary?.scrollIntoView({ block: 'nearest' });
      summary?.focus({ preventScroll: true });
    }
  }
  vscode.postMessage({
    type: 'rendered',
    seq: model.seq,
    reports: model.reports.map((r) => r.id),
    text: (root.textContent ?? '').slice(0, 200_000),
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
  });
}

function isExtensionMessage(data: unknown): data is ExtensionMessage {
  if (typeof data !== 'object' || data === null) return false;
  const v = data as { type?: unknown; view?: { lines?: unknown; activeId?: unknown } };
  if (v.type === 'whatChanged')
    return (
      typeof v.view === 'object' &&
      v.view !== null &&
      Array.isArray(v.view.lines) &&
      typeof v.view.activeId === 'string'
    );
  const m = data as { type?: unknown; model?: { reports?: unknown; state?: unknown; seq?: unknown } };
  return (
    m.type === 'render' &&
    typeof m.model === 'object' &&
    m.model !== null &&
    Array.isArray(m.model.reports) &&
    typeof m.model.state === 'string' &&
    typeof m.model.seq === 'number'
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isExtensionMessage(event.data)) return;
  const msg = event.data;
  if (msg.type === 'whatChanged') {
    changes = msg.view;
    if (lastModel) render(lastModel);
    root.querySelector('section.what-changed')?.scrollIntoView({ block: 'start' });
    return;
  }
  render(msg.model);
});

vscode.postMessage({ type: 'ready' });
