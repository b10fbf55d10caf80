// Story matching on the five seed versions of one story, synthetic hard negatives, and index incrementality.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_THRESHOLD,
  StoryIndex,
  detectDated,
  detectStreets,
  detectWireMeta,
  extractFeatures,
  relation,
  timeFactor,
} from '../../src/core/match';

const seedDir = join(__dirname, '../../../test/fixtures/seeds');
const seeds = new Map(
  readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.slice(0, 3), readFileSync(join(seedDir, f), 'utf8')]),
);

// Our own texts: an unrelated story and ECB+-style pairs of same-kind events that must stay apart.
const QUAKE_PERU = `LIMA: A magnitude 6.8 earthquake struck southern Peru on Thursday, killing at least 14 people and flattening adobe homes in the Arequipa region, Peru's civil defence institute said.
The quake hit at 4:12 a.m. at a depth of 35 km near the town of Chala, the US Geological Survey said. Rescuers in Yauca dug through rubble for survivors.
President Dina Boluarte flew to Arequipa and declared a 60-day state of emergency in eight districts. "We will rebuild every home," she said.`;
const QUAKE_JAVA = `JAKARTA: A magnitude 5.6 earthquake shook West Java on Monday, killing 162 people, many of them children at school, Indonesian officials said.
The quake struck near the town of Cianjur at a depth of 10 km, the BMKG geophysics agency said, collapsing more than 2,200 houses. Rescuers searched for survivors in Cugenang.
President Joko Widodo visited Cianjur and promised aid of 50 million rupiah for each destroyed house. "We must evacuate residents first," Widodo said.`;
const SHOOTING_DAYTON = `DAYTON, Ohio — Three men were shot dead and two others wounded outside a bar on Wayne Avenue early Sunday, Dayton police said.
Officers found the victims, identified as Marcus Hill, 24, Tyrell Adams, 31, and Jason Cole, 28, near the Oregon District shortly after 1:30 a.m. Police Chief Richard Biehl said a gunman fired from a silver sedan.
No arrests have been made. Anyone with information was asked to call Crime Stoppers.`;
const SHOOTING_TACOMA = `TACOMA, Wash. — A woman was killed and four people were injured in a shooting at a house party on South Yakima Street on Friday night, Tacoma police said.
The victim, Angela Ruiz, 19, died at Tacoma General Hospital. Police spokeswoman Shelbie Boyd said a 17-year-old suspect was arrested near Lincoln High School on Saturday.
Officers recovered a handgun and 11 shell casings. Police said the shooting followed an argument.`;
const FOOTBALL = `Arsenal beat Everton 3-1 at the Emirates on Saturday to move top of the Premier League. Bukayo Saka scored twice and Martin Odegaard added a late penalty after Dominic Calvert-Lewin had equalised for the visitors.
Manager Mikel Arteta praised his side's patience. Everton remain 16th, two points above the relegation zone.`;

// Two Internet Explorer zero-day fixes years apart, three reports each: one topic, two events (ECB+ topic 27's shape).
const IE_2008 = [
  `Microsoft issues emergency fix for Internet Explorer flaw
Microsoft on Wednesday released an emergency security update for Internet Explorer, closing a zero-day hole in the browser's data-binding code that attackers had used to plant malware on some 10,000 hacked websites, the company said.
The bulletin, MS08-078, covers IE5, IE6 and IE7 on Windows XP and Vista. Security firm Trend Micro said stolen game passwords were the main target of the attacks so far.
Microsoft urged users to install the patch at once rather than wait for the next Patch Tuesday.`,
  `Out-of-band IE patch plugs data-binding hole
Microsoft pushed out an unscheduled patch for Internet Explorer on Wednesday after criminals exploited a zero-day data-binding flaw on about 10,000 websites.
Bulletin MS08-078 fixes IE5, IE6 and IE7. Trend Micro researchers said the attacks stole online game passwords. Microsoft advised customers to apply the update through Windows Update immediately.`,
  `Microsoft rushes out IE security update as attacks spread
Internet Explorer users should patch now: Microsoft said the MS08-078 update released on Wednesday fixes the data-binding vulnerability that hackers exploited through 10,000 compromised sites.
IE7 on Windows Vista and XP was the main target, Trend Micro said, with malware lifting game account passwords.`,
];
const IE_2013 = [
  `Microsoft releases temporary fix for IE zero-day
Microsoft on Tuesday issued a Fix It tool for a zero-day flaw in Internet Explorer that attackers have used in targeted attacks against IE8 and IE9 users in Japan, the company said.
The memory-corruption bug affects every version from IE6 to IE11, Microsoft said. FireEye researchers tied the attacks to a group it calls Operation DeputyDog.
A full security update would follow, the company said, possibly outside the monthly Patch Tuesday cycle.`,
  `IE zero-day: Microsoft offers Fix It while attacks hit Japan
Microsoft has published a Fix It workaround for an Internet Explorer zero-day vulnerability exploited in targeted attacks on IE8 and IE9 in Japan.
All versions from IE6 through IE11 are affected by the memory bug. FireEye linked the campaign, Operation DeputyDog, to earlier intrusions. A permanent patch is being prepared.`,
  `Targeted attacks exploit unpatched Internet Explorer bug
Attackers are exploiting an unpatched memory flaw in Internet Explorer 8 and 9 against organisations in Japan, Microsoft warned on Tuesday, offering a Fix It tool until a patch is ready.
FireEye called the campaign Operation DeputyDog. IE6 to IE11 carry the bug, Microsoft said.`,
];

function seedIndex(): StoryIndex {
  const index = new StoryIndex();
  for (const [id, text] of seeds) index.upsert(id, text);
  return index;
}

describe('story matching', () => {
  it('matches all five seed versions with each other', () => {
    const index = seedIndex();
    for (const id of seeds.keys()) {
      const got = index
        .matches(id)
        .map((m) => m.id)
        .sort();
      assert.deepEqual(
        got,
        [...seeds.keys()].filter((x) => x !== id),
        `matches of ${id}`,
      );
    }
  });

  it('ranks the AFP family (000/001/002) closer to each other than to 003/004', () => {
    const index = seedIndex();
    const afp = ['000', '001', '002'];
    for (const a of afp) {
      const inFamily = Math.min(...afp.filter((b) => b !== a).map((b) => index.similarity(a, b)));
      const outside = Math.max(index.similarity(a, '003'), index.similarity(a, '004'));
      assert.ok(inFamily > outside, `${a}: family ${inFamily.toFixed(3)} vs others ${outside.toFixed(3)}`);
    }
  });

  it('recognises 001 and 002 as rewrites of 000, and 003/004 as separate reporting of it', () => {
    const index = seedIndex();
    for (const id of ['001', '002']) {
      const r = index.relation('000', id)!;
      assert.equal(r.kind, 'rewrite', r.reason);
      assert.equal(r.derived, 'b');
      assert.ok(r.shared >= 0.5, r.reason);
    }
    // 004 (Al Jazeera) is built on 003 (Reuters): it cites "the Reuters news agency", so it is the derived side.
    const r34 = index.relation('003', '004')!;
    assert.equal(r34.kind, 'rewrite', r34.reason);
    assert.equal(r34.derived, 'b', r34.reason);
    assert.equal(index.relation('004', '003')!.derived, 'a');
    assert.equal(index.relation('000', '003')!.kind, 'same-story');
    assert.equal(index.relation('001', '002')!.kind, 'same-story');
  });

  it('lists no seed for an unrelated article opened beside them', () => {
    const index = seedIndex();
    for (const [id, text] of [
      ['quake', QUAKE_PERU],
      ['football', FOOTBALL],
    ]) {
      index.upsert(id!, text!);
      assert.deepEqual(index.matches(id!), [], id);
      for (const s of seeds.keys()) assert.ok(!index.matches(s).some((m) => m.id === id), `${s} lists ${id}`);
    }
  });

  it('never pairs two different events of the same kind', () => {
    const index = seedIndex();
    const docs: [string, string][] = [
      ['peru', QUAKE_PERU],
      ['java', QUAKE_JAVA],
      ['dayton', SHOOTING_DAYTON],
      ['tacoma', SHOOTING_TACOMA],
      ['football', FOOTBALL],
    ];
    for (const [id, text] of docs) index.upsert(id, text);
    for (const [id] of docs)
      assert.deepEqual(
        index.matches(id),
        [],
        `${id}: ${JSON.stringify(index.matches(id, { threshold: 0 }).slice(0, 2))}`,
      );
  });

  it('keeps two events of one topic apart even where a cross pair shares enough wording to pass on its own', () => {
    const index = new StoryIndex();
    IE_2008.forEach((t, i) => index.upsert(`a${i}`, t));
    IE_2013.forEach((t, i) => index.upsert(`b${i}`, t));
    // The hard negative: scored alone, the first reports of the two events would match.
    assert.ok(index.similarity('a0', 'b0') >= DEFAULT_THRESHOLD, `direct ${index.similarity('a0', 'b0')}`);
    for (const [mine, theirs] of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      for (let i = 0; i < 3; i++) {
        const got = index
          .matches(`${mine}${i}`)
          .map((m) => m.id)
          .sort();
        assert.deepEqual(
          got,
          [0, 1, 2].filter((j) => j !== i).map((j) => `${mine}${j}`),
          `${mine}${i}`,
        );
        assert.ok(index.relation(`${mine}${i}`, `${theirs}0`)!.score < DEFAULT_THRESHOLD);
        assert.notEqual(index.relation(`${mine}${i}`, `${theirs}0`)!.kind, 'same-story');
      }
    }
  });

  it('reads identifiers as names, not as a name and a number', () => {
    const f = extractFeatures('Bulletin MS08-078 fixes IE7 and IE8 on Windows Vista, Microsoft said.');
    for (const k of ['n:ms08-078', 'n:ie7', 'n:ie8']) assert.ok(f.weights.has(k), k);
    assert.ok(!f.weights.has('f:7') && !f.weights.has('f:8'), [...f.weights.keys()].join(' '));
  });

  it('reads streets from typed addresses as well as blotter blocks', () => {
    assert.deepEqual(
      detectStreets('in the parking lot of the ValuMarket, located at 5301 Mitscher Avenue, around 8:15 p.m.'),
      ['mitscher'],
    );
    assert.deepEqual(detectStreets('a shooting on South Yakima Street near Lincoln High School'), ['yakima']);
    assert.deepEqual(
      detectStreets('shots near Middleground Road and on 52nd Street, and in the 900 block of Mohawk Street'),
      ['52nd', 'middleground', 'mohawk'],
    );
    assert.deepEqual(detectStreets('The talks on The Street were brief, and Wall Street fell.'), []);
  });

  it('never matches two pages that hold only newsletter, account or archive widgets', () => {
    const widget = (name: string): string =>
      `Close Get email notifications on ${name} daily!\n\nWhenever ${name} posts new content, you'll get an email delivered to your inbox with a link.\nWe look forward to seeing you frequently. Visit us and sign in to update your profile, receive the latest news and keep up to date with mobile alerts.\nThis article is outdated and was moved to archive`;
    const index = new StoryIndex();
    index.upsert('a', widget('Kim Bell'));
    index.upsert('b', widget('Joel Currier'));
    index.upsert('c', widget('Kim Bell'));
    assert.deepEqual(index.matches('a'), []);
    assert.deepEqual(index.matches('b'), []);
    assert.equal(extractFeatures(widget('Kim Bell')).weights.size, 0);
  });

  it('keeps matching a condensed rewrite of a shooting story', () => {
    const index = new StoryIndex();
    index.upsert('tacoma', SHOOTING_TACOMA);
    index.upsert('dayton', SHOOTING_DAYTON);
    index.upsert(
      'rewrite',
      'Tacoma police arrested a 17-year-old after Angela Ruiz, 19, was shot dead at a South Yakima Street house party on Friday; four others were hurt.',
    );
    assert.deepEqual(
      index.matches('rewrite').map((m) => m.id),
      ['tacoma'],
    );
  });

  it('gives the same results after incremental upserts and removes as a fresh index', () => {
    const incremental = seedIndex();
    incremental.upsert('peru', QUAKE_PERU);
    incremental.upsert('000', 'placeholder text about nothing in particular');
    incremental.upsert('java', QUAKE_JAVA);
    incremental.upsert('000', seeds.get('000')!);
    incremental.remove('java');
    incremental.upsert('dayton', SHOOTING_DAYTON);
    const fresh = new StoryIndex();
    for (const [id, text] of seeds) fresh.upsert(id, text);
    fresh.upsert('peru', QUAKE_PERU);
    fresh.upsert('dayton', SHOOTING_DAYTON);
    assert.equal(incremental.size, fresh.size);
    for (const id of fresh.ids()) {
      const a = incremental.matches(id, { threshold: 0 });
      const b = fresh.matches(id, { threshold: 0 });
      assert.deepEqual(
        a.map((m) => m.id),
        b.map((m) => m.id),
        id,
      );
      a.forEach((m, i) => assert.ok(Math.abs(m.score - b[i]!.score) < 1e-9, `${id}/${m.id}`));
    }
    assert.equal(incremental.remove('missing'), false);
  });

  it('recognises agency versions from slugs and datelines', () => {
    const first = `CAIRO, April 8 (Reuters) - Hamas said on Monday no progress had been made at ceasefire talks in Cairo attended by Israeli, Qatari and US delegations. Egypt's Al Qahera News had reported headway on the agenda.`;
    const second = `UPDATE 2-Hamas says no progress at Cairo ceasefire talks\nCAIRO, April 8 (Reuters) - Hamas said on Monday no progress had been made at ceasefire talks in Cairo attended by Israeli, Qatari and US delegations. Egypt's Al Qahera News had reported headway on the agenda. Israel's foreign minister Israel Katz said the talks were at a critical point.`;
    assert.deepEqual(detectWireMeta(second), { agency: 'Reuters', update: 2, corrected: false, dateline: 'cairo' });
    const r = relation(first, second);
    assert.equal(r.kind, 'version', r.reason);
    // UPDATE 2 is the later copy of the agency's chain, so it is the derived one, whatever word containment says.
    assert.equal(r.derived, 'b');
  });

  it('discounts stories filed weeks apart only when both dates are known', () => {
    assert.equal(timeFactor(NaN), 1);
    assert.equal(timeFactor(2), 1);
    assert.ok(timeFactor(60) < 0.3);
    const index = new StoryIndex();
    index.upsert('a', SHOOTING_TACOMA, { filed: '2016-05-01' });
    index.upsert('b', SHOOTING_TACOMA.replace('Friday', 'Saturday'), { filed: '2016-09-01' });
    assert.ok(index.similarity('a', 'b') < 0.5 && index.similarity('a', 'b') > DEFAULT_THRESHOLD);
  });

  it('reads a filing date stated under the headline, and only there', () => {
    assert.equal(detectDated('Microsoft rushes fix\nSeptember 17, 2013 4:16 PM ET\nMicrosoft has...'), '2013-09-17');
    assert.equal(detectDated('HP buys EYP\nPosted 2007-11-12\nThe acquisition...'), '2007-11-12');
    assert.equal(detectDated('Hopes dim\n\nMon Apr 08 2024\nGAZA: Israel and...'), '2024-04-08');
    assert.equal(detectDated(`${'x '.repeat(400)} on March 3, 2001`), undefined);
  });

  it("handles a 1 MB single-line document (cost measured in the bench; mocha's timeout stops a runaway)", () => {
    const words = ['Gaza', 'talks', 'Cairo', '1,200', 'ceasefire', 'Hamas', 'said', 'on', 'Monday.'];
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 1_000_000; i++) {
      const w = words[i % words.length] + (i % 97 === 0 ? String(i) : '');
      parts.push(w);
      n += w.length + 1;
    }
    const big = parts.join(' ');
    const index = seedIndex();
    index.upsert('big', big);
    assert.ok(Array.isArray(index.matches('big')));
    assert.ok(index.relation('big', '000'));
  });

  it('links a rewrite of a rewrite through the version both match closely', () => {
    const index = new StoryIndex();
    for (const name of ['first', 'second', 'third'])
      index.upsert(
        name,
        readFileSync(join(__dirname, '../../../test/fixtures/articles', `linked-${name}.txt`), 'utf8'),
      );
    index.upsert(
      'other',
      'TOKYO: The Nikkei share average rose 1.2 percent on Friday as the yen weakened past 150 per dollar, lifting exporters such as Toyota.',
    );
    const direct = index.similarity('first', 'third');
    assert.ok(direct < DEFAULT_THRESHOLD, `direct ${direct}`);
    const linked = index.matches('first').find((m) => m.id === 'third');
    assert.equal(linked?.via, 'second');
    assert.ok(linked.score >= DEFAULT_THRESHOLD);
    assert.equal(index.matches('third').find((m) => m.id === 'first')?.via, 'second', 'linked both ways');
    assert.equal(index.relation('first', 'third')?.kind, 'same-story');
    assert.equal(index.relation('first', 'third')?.via, 'second');
    assert.ok(!index.matches('first').some((m) => m.id === 'other'));
    index.remove('second');
    assert.ok(!index.matches('first').some((m) => m.id === 'third'), 'the link goes with the story that made it');
  });

  it('keeps two blotter shootings on different streets apart, and matches two reports of one', () => {
    const shot = (street: string, age: number, day: string): string =>
      `CHICAGO - A ${age}-year-old boy was shot ${day} afternoon in the Gage Park neighborhood on the Southwest Side.\nAbout 1:40 p.m., he was walking in the 5300 block of South ${street} when a black Nissan drove by and someone inside fired shots, Chicago Police said.\nHe was taken to Advocate Christ Medical Center in good condition. Area Central detectives are investigating.`;
    const index = new StoryIndex();
    index.upsert('a', shot('Fairfield', 17, 'Sunday'));
    index.upsert(
      'b',
      shot('Fairfield', 17, 'Sunday').replace('in good condition', 'where his condition was stabilized'),
    );
    index.upsert('c', shot('Maryland', 17, 'Sunday'));
    assert.ok(index.similarity('a', 'b') >= DEFAULT_THRESHOLD);
    assert.ok(
      index.similarity('a', 'c') < index.similarity('a', 'b') * 0.6,
      `${index.similarity('a', 'c')} vs ${index.similarity('a', 'b')}`,
    );
    assert.deepEqual(detectWireMeta(shot('Fairfield', 17, 'Sunday')).streets, ['fairfield']);
    assert.deepEqual(
      detectWireMeta('Shots in the 1900 block of Sixth Street and the 200 block of N. 6th Street.').streets,
      ['6th'],
    );
  });

  it('matches on the story, not on page furniture: video playlists, sign-in widgets, phone numbers and radio dials', () => {
    const furniture = (n: number): string =>
      `0:43 Homeless man found dead in Parkland; suspect arrested Pause\n1:47 Widow speaks after sentencing ${n}\nSign in using your wpxi profile\nCall Crime Stoppers at 614-645-4141. Listen to Newsradio 780 and 105.9 FM.`;
    const index = new StoryIndex();
    index.upsert(
      'a',
      `${furniture(1)}\nA tractor-trailer overturned on the interstate near Dayton, spilling cabbages across three lanes.`,
    );
    index.upsert(
      'b',
      `${furniture(2)}\nVoters in Franklin County approved a school levy by a wide margin on Tuesday night.`,
    );
    assert.ok(index.similarity('a', 'b') < DEFAULT_THRESHOLD, String(index.similarity('a', 'b')));
  });
});
