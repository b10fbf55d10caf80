/// <reference lib="dom" />
// The "What changed" section of the Matching reports panel: one line per change between two versions, each with a
// button per side that opens that copy at the change's range. Text-only DOM (./dom), typed messages.
import type {
  WebviewMessage,
  WhatChangedLine,
  WhatChangedSide,
  WhatChangedView,
} from '../src/extension/panel/protocol';
import { el, txt } from './dom';

const KIND_WORDS: Record<WhatChangedLine['kind'], string> = {
  headline: 'Headline',
  dateline: 'Dateline',
  figure: 'Figure',
  source: 'Source',
  quote: 'Quote',
  paragraph: 'Paragraph',
};

function sideButton(
  label: string,
  name: string,
  where: WhatChangedSide | undefined,
  post: (m: WebviewMessage) => void,
): HTMLElement {
  if (!where) return el('span', { class: 'missing' }, `not in ${label}`);
  const b = el('button', { type: 'button', class: 'value', title: `Open ${name} at this change` }, `open ${label}`);
  b.addEventListener('click', () => post({ type: 'open', docId: where.docId, start: where.start, end: where.end }));
  return b;
}

/** The section for `view`; `onClose` hides it. */
export function whatChangedSection(
  view: WhatChangedView,
  post: (m: WebviewMessage) => void,
  onClose: () => void,
): HTMLElement {
  const close = el('button', { type: 'button', class: 'secondary', title: 'Hide what changed' }, 'Close');
  close.addEventListener('click', onClose);
  const section = el(
    'section',
    { class: 'what-changed', 'aria-label': 'What changed' },
    el('div', { class: 'wc-head' }, el('h2', {}, 'What changed'), close),
    el('p', { class: 'wc-pair' }, txt(view.oldName, 'fn'), ' → ', txt(view.newName, 'fn')),
    view.reason && el('p', { class: 'relation' }, txt(view.reason, 'rel')),
  );
  if (view.note) section.append(el('p', { class: 'note' }, view.note));
  // Grouped by kind, in the order the editor reads a story: top lines, figures, sources, quotes, paragraphs.
  const kinds = Object.keys(KIND_WORDS) as WhatChangedLine['kind'][];
  for (const kind of kinds) {
    const lines = view.lines.filter((l) => l.kind === kind);
    if (lines.length === 0) continue;
    const list = el('ul', { class: 'wc-lines', 'aria-label': `${KIND_WORDS[kind]} changes` });
    for (const line of lines) {
      list.append(
        el(
          'li',
          { class: `wc-line ${kind}` },
          el('div', { class: 'wc-text' }, txt(line.text, 'change')),
          el(
            'div',
            { class: 'wc-sides' },
            sideButton('old', view.oldName, line.old, post),
            sideButton('new', view.newName, line.new, post),
          ),
        ),
      );
    }
    section.append(el('h3', {}, `${KIND_WORDS[kind]}s (${lines.length})`), list);
  }
  return section;
}
