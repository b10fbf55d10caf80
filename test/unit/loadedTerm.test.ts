// The loaded-term rule: matching, inflection, case, a/an, quotes, profiles, team lexicon, the quiet list and the seeds.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleModel, Finding } from '../../src/core/types';
import {
  findLoadedTerms,
  loadedTermRule,
  loadedTermErrors,
  type LoadedTermOptions,
} from '../../src/core/rules/loadedTerm';
import { buildArticleModel } from '../../src/core/text/model';
import { simpleModel } from '../../eval/loaded';

const run = (
  text: string,
  options: Partial<LoadedTermOptions> = {},
  model: ArticleModel = simpleModel(text),
): Finding[] => findLoadedTerms(model, options);
const found = (text: string, options: Partial<LoadedTermOptions> = {}): string[] =>
  run(text, options).map((f) => text.slice(f.start, f.end));
const one = (text: string, options: Partial<LoadedTermOptions> = {}): Finding => {
  const fs = run(text, options);
  assert.equal(
    fs.length,
    1,
    `expected one finding in ${JSON.stringify(text)}, got ${JSON.stringify(fs.map((f) => text.slice(f.start, f.end)))}`,
  );
  return fs[0]!;
};

/** Fixture helper: "[[term]]" marks an expected finding; markers are stripped before analysis. */
function marked(src: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const text = src.replace(/\[\[(.+?)\]\]/g, (_, t: string) => (spans.push(t), t));
  return { text, spans };
}
function expectMarked(src: string, options: Partial<LoadedTermOptions> = {}): void {
  const { text, spans } = marked(src);
  assert.deepEqual(found(text, options), spans, src);
}

describe('loaded-term rule', () => {
  it('exports the rule contract', () => {
    assert.equal(loadedTermRule.id, 'loaded-term');
    assert.equal(loadedTermRule.defaultSeverity, 'warning');
    assert.equal(typeof loadedTermRule.description, 'string');
  });

  it('flags a term with reason, alternatives, guidance, docs anchor and ignore key', () => {
    const text = 'The army pressed on with its onslaught in the north.';
    const f = one(text);
    assert.equal(text.slice(f.start, f.end), 'onslaught');
    assert.equal(f.severity, 'warning');
    assert.equal(f.rule, 'loaded-term');
    assert.match(
      f.message,
      /^"onslaught" is loaded \(.+\): consider "offensive", "military operation" or "attack"\. \(Reuters Handbook of Journalism\)$/,
    );
    assert.deepEqual(f.suggestions, ['offensive', 'military operation', 'attack']);
    assert.equal(f.docs, 'docs/rules/loaded-term.md#deaths-described');
    assert.deepEqual(f.related, []);
    assert.equal(f.ignoreKey, 'term:onslaught:onslaught');
  });

  it('matches in fixture articles with inline markers', () => {
    expectMarked(
      'Militants went on a [[killing spree]] in the town. Police said the [[thugs]] fled.\n\nThe minister [[slammed]] the plan.',
    );
    expectMarked('The [[so-called]] peace plan was [[heinous]], critics wrote.', { profile: 'reuters' });
  });

  describe('inflection', () => {
    const cases: [string, string, string][] = [
      ['Netanyahu claimed Israel was near victory.', 'claimed', 'said'],
      ['Netanyahu claims Israel is near victory.', 'claims', 'says'],
      ['Netanyahu, claiming that Israel was near victory, left.', 'claiming', 'saying'],
      ['He admitted that he had lied.', 'admitted', 'said'],
      ['The senator slammed the decision.', 'slammed', 'criticised'],
      ['The senator slams the decision.', 'slams', 'criticises'],
      ['The victims were butchered in their homes.', 'butchered', 'killed'],
      ['Soldiers rampaged through the village.', 'rampaged', 'attacked'],
      ['The army said it neutralized three gunmen.', 'neutralized', 'killed'],
      ['The massacres shocked the region.', 'massacres', 'killings'],
      ['Police said thugs attacked the office.', 'thugs', 'attackers'],
      ['The president and his henchmen met.', 'henchmen', 'aides'],
      ['Two people lost their lives in the fire.', 'lost their lives', 'died'],
    ];
    for (const [text, term, first] of cases)
      it(`${term} → ${first}`, () => {
        const f = one(text);
        assert.equal(text.slice(f.start, f.end), term);
        assert.equal(f.suggestions[0], first);
      });
    it('uses American spelling in the AP profile', () => {
      assert.equal(one('The senator slammed the decision.', { profile: 'ap' }).suggestions[0], 'criticized');
    });
  });

  describe('case and articles', () => {
    it('keeps sentence-initial capitals', () => {
      const f = one('Onslaught is the word they used for it.');
      assert.equal(f.suggestions[0], 'Offensive');
    });
    it('keeps capitals in all-caps text', () => {
      assert.equal(one('THE ONSLAUGHT CONTINUED TODAY IN THE NORTH.').suggestions[0], 'OFFENSIVE');
    });
    it('covers the form only; a change of article is a fix over the wider range', () => {
      const text = 'It was an onslaught on the city.';
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'onslaught');
      assert.deepEqual(f.suggestions, ['offensive', 'military operation', 'attack']);
      assert.deepEqual(
        f.fixes?.map((x) => [text.slice(x.start, x.end), x.text]),
        [
          ['an onslaught', 'an offensive'],
          ['an onslaught', 'a military operation'],
          ['an onslaught', 'an attack'],
        ],
      );
      assert.equal(f.ignoreKey, 'term:onslaught:onslaught');
    });
    it("moves a cached paragraph's fixes with it when text is added above", () => {
      const para = 'It was an onslaught on the city.';
      one(para); // the paragraph is now cached at offset 0
      const text = `A new first paragraph, added by the desk.\n\n${para}`;
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'onslaught');
      assert.deepEqual(
        f.fixes?.map((x) => text.slice(x.start, x.end)),
        ['an onslaught', 'an onslaught', 'an onslaught'],
      );
    });
    it('keeps the article out of the range when no alternative needs a change', () => {
      const text = 'Police said a mob gathered.';
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'mob');
      assert.deepEqual(f.suggestions, ['crowd', 'group']);
      assert.equal(f.fixes, undefined);
    });
    it('keeps the article case in the fix', () => {
      const text = 'A terrorist was arrested, police said.';
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'terrorist');
      assert.deepEqual(
        f.fixes?.map((x) => x.text),
        ['A militant', 'An attacker', 'A gunman'],
      );
    });
    it('drops "the" before a proper-noun alternative, in the fix', () => {
      const text = 'He condemned the Zionist regime on Monday.';
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'Zionist regime');
      assert.deepEqual(f.suggestions, ['Israel', 'the Israeli government']);
      assert.deepEqual(
        f.fixes?.map((x) => [text.slice(x.start, x.end), x.text]),
        [
          ['the Zionist regime', 'Israel'],
          ['the Zionist regime', 'the Israeli government'],
        ],
      );
    });
    it('does not repeat a modifier already in the text', () => {
      const text = "It ended Israel's military onslaught in the south.";
      assert.deepEqual(one(text).suggestions, ['offensive', 'operation', 'attack']);
    });
  });

  describe('quoted speech', () => {
    const text = 'A Hamas official said: "There is no change in the position of the occupation." Talks continued.';
    it('is information by default and says it is quoted speech', () => {
      const f = one(text);
      assert.equal(text.slice(f.start, f.end), 'the occupation');
      assert.equal(f.severity, 'information');
      assert.match(f.message, /quoted speech/);
      assert.match(f.message, /speaker's words/);
    });
    it('never outranks the entry and follows options.quoted', () => {
      const q = 'He said: "It was a slaughter."';
      assert.equal(one(q).severity, 'information');
      assert.equal(one(q, { quoted: 'hint' }).severity, 'hint');
      assert.deepEqual(run(q, { quoted: 'off' }), []);
      // Quoted speech is the speaker's: information at most, whatever the setting, and no replacement offered.
      assert.equal(one('He said: "It was a slaughter."', { quoted: 'warning' }).severity, 'information');
      assert.deepEqual(one(q).suggestions, []);
      assert.equal(one(q).fixes, undefined);
    });
    it("flags the same term in the reporter's voice", () => {
      assert.equal(
        one('There is no change in the position of the occupation, officials said.').severity,
        'information',
      );
      assert.equal(one('It was a slaughter.').severity, 'warning');
      // A paraphrase closed by its source is reported speech, as one opened by "witnesses said" is.
      assert.match(one('It was a slaughter, witnesses said.').message, /reported speech/);
    });
  });

  describe('quiet where a desk expects quiet', () => {
    const quiet = [
      'A spokesman for the Al-Aqsa Martyrs Brigades said the group would respond.',
      'Hamas, the Islamic Resistance Movement, runs Gaza.',
      'Iran leads the so-styled Axis of Resistance of allied groups.',
      'The Religious Zionism party joined the coalition.',
      'They marked the anniversary of the Sabra and Shatila massacre.',
      'Survivors of the Srebrenica massacre gathered on Tuesday.',
      'The group claimed responsibility for the attack.',
      'Islamic State claimed responsibility for the bombing.',
      'The plague has claimed 57 lives and infected hundreds.',
      'The senator was admitted to hospital on Monday.',
      'The candidate conceded defeat late on Tuesday.',
      'The company revealed plans to cut jobs.',
      'Critics dismissed the wild claim that the vote was rigged.',
      'Netanyahu needs his far-right allies.',
      'The Health Ministry in the Hamas-run territory said 30 people were killed.',
      'Iran-backed militant groups in Lebanon, Syria, Iraq and Yemen fired rockets.',
      'Israel fought Hamas, the Palestinian Islamist movement.',
      'Settlers attacked a village in the occupied West Bank.',
      'Our reporter spoke from occupied East Jerusalem.',
      'Israel plans to storm Rafah.',
      'The government reformed the tax regime.',
      'The EU tightened its sanctions regime on Russia.',
      'Hamas seized 253 people during the October 7 attack.',
      'The army announced it had pulled its forces out of southern Gaza.',
      'This handout picture released by the presidency shows the meeting.',
      'Police said the blast killed two people.',
      'A venomous snake bit the boy.',
    ];
    for (const text of quiet) it(text, () => assert.deepEqual(found(text), []));
    it('treats title-case headlines without proper-name licence', () => {
      assert.deepEqual(found('Israel Vows To Crush Palestinian Resistance Groups In Gaza'), ['Resistance Groups']);
      assert.deepEqual(found('Al-Aqsa Martyrs Brigades Claim Attack'), []);
    });
  });

  describe('speech verbs only when they introduce speech', () => {
    for (const text of [
      'Netanyahu claimed Israel was near victory.',
      'The minister boasted that the plan was legal.',
      '"We will win," he claimed.',
      'He admitted: "I was wrong."',
    ])
      it(text, () => assert.equal(run(text).length, 1));
    it('"insisted" is an AP rule only', () => {
      assert.equal(one('The minister insisted that the plan was legal.', { profile: 'ap' }).severity, 'warning');
      assert.deepEqual(run('The minister insisted that the plan was legal.'), []);
    });
    it('"admitted" is a note to check, not a warning', () =>
      assert.equal(one('He admitted that he had lied.').severity, 'information'));
    it('"claimed" stays a warning when a person says it', () =>
      assert.equal(one('The minister claimed the vote was rigged.').severity, 'warning'));
  });

  describe('narrowed entries stay quiet in their neutral uses', () => {
    const quiet = [
      'The lawsuit claims the company broke labour law.',
      'Posts shared thousands of times on Facebook claim the vaccine alters DNA.',
      'He falsely claimed the election had been stolen.',
      'He claimed, without evidence, that the vote was rigged.',
      "The court upheld the victims' claims against the church.",
      'The government admitted two preachers who had praised the killer.',
      'Washington pursued regime change in Iraq.',
      'Iran has long been accused of sponsoring terrorism.',
      'The council spends more on fighting terrorism than on roads.',
      'Police said they had found no terrorist connection.',
      'Investigators said there was no terrorist motive.',
      'He was charged with reckless driving.',
      'He was arrested for disturbing the peace.',
      'Firefighters worked in blistering heat.',
      'The family lived in a rambling farmhouse.',
      'He resigned in disgrace.',
      'Critics called the verdict a disgrace.',
      'Russian meddling in the election was investigated.',
    ];
    for (const text of quiet) it(text, () => assert.deepEqual(found(text), []));
  });

  describe('added entries', () => {
    it('flags loaded criticism verbs with "criticised"', () => {
      const f = one('The senator lambasted the plan on Tuesday.');
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.suggestions, ['criticised']);
    });
    it("flags judgements in the reporter's voice", () => {
      expectMarked('The plan was a [[disgrace]], and its [[inept]] authors gave a [[rambling]] defence.');
      expectMarked('The [[reckless]] policy was [[disturbing]] and [[hypocritical]].');
      expectMarked('He [[ranted]] about the [[hatemongers]] for an hour.');
    });
    it('still treats terrorism as a label when it names an act', () => {
      assert.deepEqual(found('The stabbing was an act of terrorism.'), ['terrorism']);
    });
  });

  describe('style profiles', () => {
    it('arch-foe is an information note, off for AFP', () => {
      assert.equal(one('Israel struck the consulate of its arch-foe Iran.').severity, 'information');
      assert.deepEqual(run('Israel struck the consulate of its arch-foe Iran.', { profile: 'afp' }), []);
    });
    it('hardliner is off for Reuters and AP, information in house', () => {
      const t = 'The hardliner won the vote.';
      assert.equal(one(t).severity, 'information');
      assert.deepEqual(run(t, { profile: 'reuters' }), []);
      assert.deepEqual(run(t, { profile: 'ap' }), []);
    });
    it('AP makes its own rules warnings; "pro-life" is a warning everywhere (AP: do not use)', () => {
      assert.equal(one('He joined the pro-life caucus.').severity, 'warning');
      assert.equal(one('He joined the pro-life caucus.', { profile: 'ap' }).severity, 'warning');
      assert.equal(one('Shelling hit Kharkov.', { profile: 'ap' }).severity, 'warning');
    });
  });

  describe('team lexicon', () => {
    const entry = {
      id: 'desk-boffin',
      forms: ['boffin'],
      category: 'general-loaded',
      why: 'Desk slang that belittles scientists.',
      alternatives: ['scientist'],
      guidance: 'BBC Editorial Guidelines',
      severity: 'warning',
      exceptions: [],
      inflect: 'noun',
    };
    it('adds entries', () => {
      const f = one('The boffins said it worked.', { team: { add: [entry as never] } });
      assert.deepEqual(f.suggestions, ['scientists']);
    });
    it('fills severity, exceptions and guidance a team entry leaves out', () => {
      const f = one('The boffins said it worked.', {
        team: {
          add: [
            {
              id: 'boffin',
              forms: ['boffin'],
              category: 'general-loaded',
              why: 'Desk slang that belittles scientists.',
              alternatives: ['scientist'],
              inflect: 'noun',
            } as never,
          ],
        },
      });
      assert.equal(f.severity, 'warning');
      assert.match(f.message, /\(house style\)$/);
    });
    it('disables ids and categories', () => {
      assert.deepEqual(run('It was an onslaught.', { team: { disable: ['onslaught'] } }), []);
      assert.deepEqual(run('It was an onslaught.', { team: { disableCategories: ['deaths-described'] } }), []);
    });
    it('keeps the defaults and names the bad entry when the team part is bad', () => {
      const team = { add: [{ ...entry, why: '' }], disable: ['onslaught'] };
      assert.equal(run('It was an onslaught.', { team: team as never }).length, 1);
      const errors = loadedTermErrors({ team: team as never });
      assert.ok(
        errors.some((e) => e.includes('desk-boffin') && e.includes('"why"')),
        errors.join('\n'),
      );
    });
  });

  describe('seed articles', () => {
    const dir = join(__dirname, '../../../test/fixtures/seeds');
    const seeds = new Map(readdirSync(dir).map((f) => [f.slice(0, 3), readFileSync(join(dir, f), 'utf8')]));
    const findings = (id: string): { text: string; severity: string; suggestions: string[]; message: string }[] => {
      const text = seeds.get(id)!;
      return run(text, {}, buildArticleModel(text)).map((f) => ({
        text: text.slice(f.start, f.end),
        severity: f.severity,
        suggestions: f.suggestions,
        message: f.message,
      }));
    };
    const texts = (id: string): string[] => findings(id).map((f) => f.text);
    const noneIn = (id: string, words: string[]): void => {
      const text = seeds.get(id)!;
      const hits = run(text, {}, buildArticleModel(text));
      for (const w of words) {
        const at = text.indexOf(w);
        assert.ok(at >= 0, `${w} not in seed ${id}`);
        assert.ok(!hits.some((f) => f.start < at + w.length && at < f.end), `${w} flagged in seed ${id}`);
      }
    };

    it('002: "Palestinian resistance group Hamas" and "Palestinian resistance groups"', () => {
      const f = findings('002');
      assert.ok(
        f.some(
          (x) => x.text === 'resistance group' && x.severity === 'warning' && x.suggestions[0] === 'militant group',
        ),
      );
      assert.ok(f.some((x) => x.text === 'resistance groups' && x.suggestions[0] === 'militant groups'));
    });
    it('003: "military onslaught", "killing spree", "rampage"', () => {
      const t = texts('003');
      for (const w of ['onslaught', 'killing spree', 'rampage']) assert.ok(t.includes(w), w);
    });
    it('001: "Netanyahu claimed Israel was near victory" → said', () => {
      assert.ok(
        findings('001').some((x) => x.text === 'claimed' && x.severity === 'warning' && x.suggestions[0] === 'said'),
      );
    });
    it('004: "Israel\'s war on Gaza"', () => {
      assert.ok(findings('004').some((x) => x.text === 'war on' && x.suggestions[0] === 'war in'));
    });
    it('000: "arch-foe" at most information', () => {
      assert.ok(
        findings('000')
          .filter((x) => x.text === 'arch-foe')
          .every((x) => x.severity !== 'warning'),
      );
    });
    it('quiet on standard wire phrasing', () => {
      noneIn('000', ['far-right', 'Hamas-run', 'Iran-backed']);
      noneIn('001', ['Iran-backed']);
      noneIn('002', ['far-right']);
      noneIn('003', ['Palestinian Islamist movement', 'storm Rafah']);
      noneIn('004', ['occupied East Jerusalem', 'storm Rafah']);
    });
    it('"the occupation" in a Hamas official\'s quote is never a warning', () => {
      for (const id of ['003', '004'])
        for (const f of findings(id).filter((x) => /occupation/i.test(x.text))) {
          assert.notEqual(f.severity, 'warning');
          assert.match(f.message, /quoted speech/);
        }
    });
    it('no warnings beyond the expected ones', () => {
      const expected: Record<string, string[]> = {
        '000': [],
        '001': ['claimed'],
        '002': ['resistance group', 'resistance groups'],
        '003': ['onslaught', 'killing spree', 'rampage'],
        '004': ['war on'],
      };
      for (const [id, want] of Object.entries(expected))
        assert.deepEqual(
          findings(id)
            .filter((f) => f.severity === 'warning')
            .map((f) => f.text),
          want,
          id,
        );
    });
  });
});
