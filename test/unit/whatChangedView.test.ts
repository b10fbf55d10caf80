import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { buildPanelModel } from '../../src/extension/panel/model';
import { parseWebviewMessage } from '../../src/extension/panel/protocol';
import { buildWhatChangedView, previousVersion } from '../../src/extension/panel/whatChangedView';

// Two versions of one (invented) Reuters story: UPDATE 1 moves the toll, adds a source and rewords a quote.
const body = (
  update: string,
  toll: string,
  quote: string,
  extra: string,
): string => `${update}Quake kills ${toll} in Vallmora province

VALLMORA, March 3 (Reuters) - An earthquake of magnitude 6.4 struck Vallmora province on Tuesday, killing ${toll} people and damaging the old town of Sestri, the regional civil protection agency said.

Rescuers searched collapsed houses in Sestri and the villages of Corvo and Lanza through the night. "${quote}," agency spokeswoman Maria Albeni said.

The quake struck at 03:12 local time at a depth of 10 km, the national seismology institute said. Schools in Vallmora and Sestri will stay closed on Wednesday.
${extra}
Reporting by Ana Ruiz; Editing by Tom Hale
`;

// One quote by quote-mismatch's identity (five content words of six in order), one word changed: reworded.
const OLD = body('', '12', 'We are still searching every house in Corvo and Lanza', '');
const NEW = body(
  'UPDATE 1-',
  '19',
  'We are still checking every house in Corvo and Lanza',
  '\nPower was cut in Sestri and Corvo overnight, the grid operator Reteluce said.\n',
);

describe('panel: what changed view', () => {
  const desk = new Desk();
  desk.upsert('v1', OLD);
  desk.upsert('v2', NEW);

  it('finds the previous version of the active article in its chain, and none for the oldest', () => {
    assert.equal(previousVersion(desk, 'v2', ['v1']), 'v1');
    assert.equal(previousVersion(desk, 'v1', ['v2']), undefined);
  });

  it('lists the moved figure old → new with the change in words, both sides at the figure', () => {
    const view = buildWhatChangedView(desk, 'v2', 'v1');
    assert.equal(view.oldId, 'v1');
    assert.equal(view.newId, 'v2');
    const fig = view.lines.find((l) => l.kind === 'figure' && /12\b.*→.*19\b/.test(l.text));
    assert.ok(fig, view.lines.map((l) => l.text).join('\n'));
    assert.match(fig.text, /updated/);
    assert.equal(OLD.slice(fig.old!.start, fig.old!.end), '12');
    assert.equal(NEW.slice(fig.new!.start, fig.new!.end), '19');
    assert.equal(fig.old!.docId, 'v1');
    assert.equal(fig.new!.docId, 'v2');
  });

  it('reads the active article as the older side when it is the earlier version', () => {
    const view = buildWhatChangedView(desk, 'v1', 'v2');
    assert.equal(view.oldId, 'v1');
    assert.equal(view.newId, 'v2');
    assert.ok(
      view.lines.some((l) => l.kind === 'headline'),
      'the headline changed',
    );
  });

  it('lists the reworded quote and the added paragraph with their ranges', () => {
    const view = buildWhatChangedView(desk, 'v2', 'v1');
    const quote = view.lines.find((l) => l.kind === 'quote');
    assert.ok(quote, view.lines.map((l) => l.text).join('\n'));
    assert.ok(quote.old && quote.new, 'a reworded quote has both sides');
    assert.match(NEW.slice(quote.new.start, quote.new.end), /Lanza/);
    const para = view.lines.find((l) => l.kind === 'paragraph' && /added/.test(l.text));
    assert.ok(para?.new && !para.old);
    assert.match(NEW.slice(para.new.start, para.new.end), /Power was cut/);
  });

  it('says why when the other article is not open', () => {
    const view = buildWhatChangedView(desk, 'v2', 'gone');
    assert.equal(view.lines.length, 0);
    assert.match(view.note ?? '', /not open/);
  });

  it('the panel model names the previous version only through the provider, and the message validates', () => {
    const model = buildPanelModel(desk, { activeId: 'v2' });
    assert.deepEqual(
      model.reports.map((r) => r.relation),
      ['version'],
    );
    assert.deepEqual(parseWebviewMessage({ type: 'whatChanged', docId: 'v1' }), { type: 'whatChanged', docId: 'v1' });
    assert.equal(parseWebviewMessage({ type: 'whatChanged', docId: 'v1', extra: 1 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'whatChanged', docId: '' }), undefined);
  });
});
