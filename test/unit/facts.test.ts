import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { alignFacts, compareFacts, factsOf, type Fact } from '../../src/core/facts';
import { seed, seedNames } from './helpers';

function deskOfSeeds(): Desk {
  const desk = new Desk();
  for (const name of seedNames()) desk.upsert(name.slice(0, 3), seed(name.slice(0, 3)).text);
  return desk;
}

const desk = deskOfSeeds();
const facts = (id: string): Fact[] => factsOf(id, desk.get(id)!.analysis);
const fact = (id: string, text: string): Fact => {
  const f = facts(id).find((x) => x.claim.figure.text === text);
  assert.ok(f, `no fact "${text}" in ${id}`);
  return f;
};

describe('facts: model', () => {
  it('memoises per analysis object', () => {
    assert.equal(facts('000'), facts('000'));
  });

  it('normalises counted things and predicates (captives ≈ hostages; deaths ≈ killed; Palestinians are people)', () => {
    assert.equal(fact('004', '133').key, fact('003', '133').key);
    assert.equal(fact('004', '133').counted, 'hostage');
    assert.equal(fact('000', 'around 1,200').predicate, 'killed');
    assert.equal(fact('003', 'Some 33 207').counted, 'person');
    assert.equal(fact('001', '129').key, fact('000', '129').key, '"129 remaining" inherits "hostages"');
  });

  it('anchors the 7 October toll and the Gaza toll apart', () => {
    for (const [id, t] of [['000', 'around 1,200'], ['001', '1,170'], ['003', '1 200'], ['004', '1,139']] as const) assert.equal(fact(id, t).anchor, 'oct-7-attack', `${id} ${t}`);
    for (const [id, t] of [['000', 'at least 33,207'], ['001', 'at least 33,207'], ['003', 'Some 33 207'], ['004', 'More than 33,000']] as const) assert.equal(fact(id, t).anchor, 'war', `${id} ${t}`);
  });

  it('never pairs different facts that share a verb', () => {
    const key = (id: string, t: string): string => fact(id, t).key;
    assert.notEqual(key('004', '1,139'), key('000', 'at least 33,207'));
    assert.notEqual(key('004', 'more than 600'), key('000', 'around 1,200'));
    assert.notEqual(key('004', '253'), key('003', '133'));
    for (const id of ['000', '001', '003', '004']) assert.ok(!facts(id).some((f) => f.claim.nonClaim === 'duration'), `duration in ${id}`);
  });

  it('takes the source from the attribution and filing time from the story', () => {
    assert.match(fact('004', '1,139').source ?? '', /Al Jazeera tally/);
    assert.equal(fact('001', '1,170').source, 'Israel');
    assert.equal(fact('000', '129').source, undefined);
    assert.equal(fact('000', '129').filed, '2024-04-08');
    assert.equal(fact('000', '129').filedSource, 'metadata');
  });

  it('reads scope words', () => {
    assert.ok(fact('003', 'over 600').scope.includes('in combat'));
    assert.ok(fact('000', '129').scope.includes('of whom'));
    assert.ok(fact('004', 'More than 33,000').scope.some((s) => /since October 7/.test(s)));
  });
});

describe('facts: comparison', () => {
  const compatible: [string, string, string, string][] = [
    ['000', 'at least 33,207', '004', 'More than 33,000'], ['003', 'Some 33 207', '001', 'at least 33,207'],
    ['003', '253', '000', 'more than 250'], ['004', '253', '001', 'over 250'], ['003', 'over 600', '004', 'more than 600'],
    ['000', 'almost 1.5 million', '001', '1.5 million'], ['003', 'over a million', '004', 'more than a million'],
    ['003', 'around 40', '004', 'about 40'], ['003', '2.3 million', '004', '2.3 million'], ['001', '1,170', '000', 'around 1,200'],
    ['001', '1,170', '003', '1 200'],
  ];
  for (const [i, a, j, b] of compatible) {
    it(`${a} (${i}) and ${b} (${j}) are the same fact and compatible`, () => {
      const x = fact(i, a);
      const y = fact(j, b);
      assert.equal(x.key, y.key);
      const c = compareFacts(x, y);
      assert.equal(c.compatible, true, c.explanation);
    });
  }

  const conflicting: [string, string, string, string, string][] = [
    ['004', '1,139', '001', '1,170', 'sources-differ'], ['004', '1,139', '003', '1 200', 'sources-differ'],
    ['004', '1,139', '000', 'around 1,200', 'one-unattributed'], ['000', '129', '003', '133', 'both-unattributed'],
    ['001', '129', '004', '133', 'both-unattributed'],
  ];
  for (const [i, a, j, b, cls] of conflicting) {
    it(`${a} (${i}) vs ${b} (${j}) → ${cls}`, () => {
      const c = compareFacts(fact(i, a), fact(j, b));
      assert.equal(c.compatible, false);
      assert.equal(c.conflict, cls);
      assert.match(c.explanation, new RegExp(a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });
  }

  it('alignFacts pairs by key only', () => {
    const pairs = alignFacts(facts('004'), facts('001'));
    assert.ok(pairs.every((p) => p.a.key === p.b.key));
    assert.ok(pairs.some((p) => p.a.claim.figure.text === '1,139' && p.b.claim.figure.text === '1,170' && !p.compatible));
    assert.ok(!pairs.some((p) => p.a.claim.figure.text === '1,139' && p.b.claim.figure.text === 'at least 33,207'));
  });

  it('classifies a later higher toll as an update, a later lower toll not', () => {
    const d = new Desk();
    d.upsert('early', ' date 2024-04-08 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,139 people, according to Israeli officials.');
    d.upsert('late', ' date 2024-04-10 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,163 people, according to Israeli officials.');
    d.upsert('lower', ' date 2024-04-10 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,050 people, according to Israeli officials.');
    const f = (id: string): Fact => factsOf(id, d.get(id)!.analysis)[0]!;
    assert.equal(compareFacts(f('early'), f('late')).conflict, 'update');
    assert.equal(compareFacts(f('late'), f('early')).conflict, 'update');
    assert.equal(compareFacts(f('early'), f('lower')).conflict, 'same-source');
  });

  it('still held only falls: a later lower count is an update', () => {
    const d = new Desk();
    d.upsert('a', ' date 2024-04-08 Hamas took 253 hostages, 133 of whom remain in Gaza.');
    d.upsert('b', ' date 2024-04-12 Hamas took 253 hostages, 129 of whom remain in Gaza.');
    const held = (id: string): Fact => factsOf(id, d.get(id)!.analysis).find((x) => x.predicate === 'held')!;
    assert.equal(compareFacts(held('a'), held('b')).conflict, 'update');
  });
});
