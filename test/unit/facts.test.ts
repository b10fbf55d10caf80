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
    for (const [id, t] of [
      ['000', 'around 1,200'],
      ['001', '1,170'],
      ['003', '1 200'],
      ['004', '1,139'],
    ] as const)
      assert.equal(fact(id, t).anchor, 'oct-7-attack', `${id} ${t}`);
    for (const [id, t] of [
      ['000', 'at least 33,207'],
      ['001', 'at least 33,207'],
      ['003', 'Some 33 207'],
      ['004', 'More than 33,000'],
    ] as const)
      assert.equal(fact(id, t).anchor, 'war', `${id} ${t}`);
  });

  it('never pairs different facts that share a verb', () => {
    const key = (id: string, t: string): string => fact(id, t).key;
    assert.notEqual(key('004', '1,139'), key('000', 'at least 33,207'));
    assert.notEqual(key('004', 'more than 600'), key('000', 'around 1,200'));
    assert.notEqual(key('004', '253'), key('003', '133'));
    for (const id of ['000', '001', '003', '004'])
      assert.ok(!facts(id).some((f) => f.claim.nonClaim === 'duration'), `duration in ${id}`);
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
    ['000', 'at least 33,207', '004', 'More than 33,000'],
    ['003', 'Some 33 207', '001', 'at least 33,207'],
    ['003', '253', '000', 'more than 250'],
    ['004', '253', '001', 'over 250'],
    ['003', 'over 600', '004', 'more than 600'],
    ['000', 'almost 1.5 million', '001', '1.5 million'],
    ['003', 'over a million', '004', 'more than a million'],
    ['003', 'around 40', '004', 'about 40'],
    ['003', '2.3 million', '004', '2.3 million'],
    ['001', '1,170', '000', 'around 1,200'],
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
    ['004', '1,139', '001', '1,170', 'sources-differ'],
    ['004', '1,139', '003', '1 200', 'sources-differ'],
    ['004', '1,139', '000', 'around 1,200', 'one-unattributed'],
    ['000', '129', '003', '133', 'both-unattributed'],
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
    assert.ok(
      pairs.some((p) => p.a.claim.figure.text === '1,139' && p.b.claim.figure.text === '1,170' && !p.compatible),
    );
    assert.ok(!pairs.some((p) => p.a.claim.figure.text === '1,139' && p.b.claim.figure.text === 'at least 33,207'));
  });

  it('classifies a later higher toll as an update, a later lower toll not', () => {
    const d = new Desk();
    d.upsert(
      'early',
      ' date 2024-04-08 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,139 people, according to Israeli officials.',
    );
    d.upsert(
      'late',
      ' date 2024-04-10 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,163 people, according to Israeli officials.',
    );
    d.upsert(
      'lower',
      ' date 2024-04-10 The war was sparked by the Oct. 7 attack by Hamas, which killed 1,050 people, according to Israeli officials.',
    );
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

describe('facts: casualty counts beyond the parser (shootings)', () => {
  const one = (text: string): Fact[] => {
    const d = new Desk();
    d.upsert('x', text);
    return factsOf('x', d.get('x')!.analysis);
  };
  const toll = (fs: Fact[], p: string): Fact | undefined =>
    fs.find((f) => f.key === `person|${p}|` && !f.secondary && !f.weak);

  it('reads singular victims and folds men and teenagers into people when no toll of people is given', () => {
    const fs = one('Two men were killed and a 16-year-old was wounded in a shooting Sunday, police said.');
    assert.equal(toll(fs, 'killed')?.low, 2);
    assert.equal(toll(fs, 'injured')?.claim.figure.text, 'a 16-year-old');
    assert.equal(toll(fs, 'injured')?.low, 1);
  });

  it('reads "one dead, two others hurt" and sums coordinated victims', () => {
    assert.equal(toll(one('A shooting left one dead and two others hurt.'), 'killed')?.low, 1);
    const sum = toll(one('David Conley is accused of killing six children and two adults.'), 'killed')!;
    assert.equal(sum.low, 8);
    assert.equal(sum.claim.figure.text, 'six children and two adults');
    assert.equal(toll(one('A shooting left three women and one man injured early Monday.'), 'injured')?.low, 4);
  });

  it('reads the attacker: "before turning the gun on himself" agrees with "four dead, including the gunman", not with "two dead"', () => {
    const a = toll(one('The gunman killed three people before turning the gun on himself.'), 'killed')!;
    const b = toll(one('Four people were dead, including the gunman.'), 'killed')!;
    const c = toll(one('Two people were killed in the shooting.'), 'killed')!;
    const bare = toll(one('Four people died in the shooting.'), 'killed')!;
    assert.deepEqual(a.scope, ['not counting the attacker']);
    assert.deepEqual(b.scope, ['including the attacker']);
    assert.equal(compareFacts(a, b).compatible, true);
    assert.match(compareFacts(a, b).explanation, /attacker/);
    assert.equal(compareFacts(a, bare).compatible, true, 'a bare four may count the gunman');
    assert.equal(compareFacts(a, c).compatible, false);
    const wounded = one('He killed two and wounded three others before killing himself.').find(
      (f) => f.predicate === 'injured',
    )!;
    assert.deepEqual(wounded.scope, [], 'the attacker died: the wounded count is not about him');
  });

  it('a singular victim after the lead is one of the victims, not the toll', () => {
    const fs = one(
      'Five people were wounded in a shooting on Main Street on Sunday.\n\nPolice have not named a suspect.\n\nWitnesses said the gunman fired at a trailer, injuring a woman inside.',
    );
    const woman = fs.find((f) => f.claim.figure.text === 'a woman')!;
    assert.equal(woman.weak, true);
    assert.equal(compareFacts(woman, toll(fs, 'injured')!).compatible, true);
  });

  it('increments, sub-counts and sums of several shootings are never the toll', () => {
    assert.equal(toll(one('Myers then drove about a mile and killed two more men.'), 'killed'), undefined);
    assert.equal(toll(one('Five people were killed in separate shootings across the city.'), 'killed'), undefined);
    assert.equal(
      toll(one('Three people were shot. The man, 28, later died at a hospital.'), 'killed'),
      undefined,
      'an appositive age is no count',
    );
  });

  it('"overnight" frames a war toll but not a shooting toll', () => {
    assert.equal(toll(one('One person was killed and three injured in an overnight shooting.'), 'killed')?.low, 1);
  });

  it('the largest figure is the claim: a smaller later figure is secondary, a larger later one is compared', () => {
    const fs = one(
      'A 17-year-old was killed in a shooting that left three people dead on Sunday.\n\nOne of the dead, a man, was killed at the scene.',
    );
    const keyed = fs.filter((f) => f.key === 'person|killed|');
    assert.ok(keyed.some((f) => f.low === 3 && !f.secondary));
    assert.ok(keyed.filter((f) => f.high < 3).every((f) => f.secondary || f.weak));
    const d = new Desk();
    d.upsert('a', 'Two people were killed in the shooting.\n\nLater, police said four people had died.');
    d.upsert('b', 'Four people were killed in the shooting, police said.');
    const pairs = alignFacts(
      factsOf('a', d.get('a')!.analysis).filter((f) => !f.secondary),
      factsOf('b', d.get('b')!.analysis),
    );
    assert.ok(
      pairs.some((p) => p.a.low === 4 && p.compatible),
      'the later, larger figure is compared',
    );
  });
});

describe('facts: earthquake magnitudes', () => {
  const magnitudes = (text: string): Fact[] => {
    const d = new Desk();
    d.upsert('x', text);
    return factsOf('x', d.get('x')!.analysis).filter((f) => f.counted === 'magnitude');
  };

  it('reads a magnitude in its usual wire forms, with its hedge', () => {
    const forms: [string, number, number][] = [
      ['A 5.9-magnitude quake struck the island.', 5.85, 5.95],
      ['A 5.9 magnitude earthquake levelled seven villages.', 5.85, 5.95],
      ['An earthquake measuring magnitude 6.1 hit the region.', 6.05, 6.15],
      ['An earthquake registering 6.1 on the Richter scale was felt in Dubai.', 6.05, 6.15],
      ['An earthquake with a magnitude of at least 5.9 hit southern Iran.', 5.9, Infinity],
      ['An earthquake measuring at least magnitude-5.9 shook the area.', 5.9, Infinity],
    ];
    for (const [text, low, high] of forms) {
      const [m] = magnitudes(text);
      assert.ok(m, text);
      assert.equal(m.key, 'magnitude|measured|', text);
      assert.ok(
        Math.abs(m.low - low) < 1e-9 && (m.high === high || Math.abs(m.high - high) < 1e-9),
        `${text}: ${m.low}–${m.high}`,
      );
    }
  });

  it('a count of quakes or villages is not a magnitude', () => {
    assert.deepEqual(magnitudes('Three earthquakes hit the region, flattening seven villages.'), []);
  });

  it('5.9 against 6.1 is a conflict; "at least 5.9" against 6.1 is not', () => {
    const d = new Desk();
    d.upsert('a', 'A 5.9-magnitude earthquake struck southern Iran on Sunday, Tehran seismologists said.');
    d.upsert('b', 'An earthquake registering 6.1 on the Richter scale struck southern Iran on Sunday, the USGS said.');
    d.upsert('c', 'An earthquake with a magnitude of at least 5.9 struck southern Iran on Sunday.');
    const of = (id: string): Fact[] => factsOf(id, d.get(id)!.analysis);
    const [ab] = alignFacts(of('a'), of('b'));
    assert.equal(ab?.compatible, false);
    assert.equal(ab?.conflict, 'sources-differ');
    assert.equal(alignFacts(of('c'), of('b'))[0]?.compatible, true);
  });
});
