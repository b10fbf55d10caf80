import assert from 'node:assert/strict';
import { namedMessage } from '../../src/extension/ruleNames';

describe('editor messages say the rule name once', () => {
  const cases: [string, string, string][] = [
    [
      'unattributed-figure',
      'Figure "129" (hostages) has no source: say who gives it ("according to …").',
      'Figure with no source: "129" (hostages) — say who gives it ("according to …").',
    ],
    [
      'unattributed-figure',
      'Vague figure "thousands" (Palestinians) has no source: say who gives it ("according to …").',
      'Figure with no source: vague figure "thousands" (Palestinians) — say who gives it ("according to …").',
    ],
    [
      'unattributed-figure',
      'Background figure "2.3 million" (people) has no source: confirm it or say where it comes from.',
      'Figure with no source: background figure "2.3 million" (people) — confirm it or say where it comes from.',
    ],
    [
      'unattributed-figure',
      'Figure "40" (ships) is sourced only as "reportedly": name who says so.',
      'Figure with no source: "40" (ships) — sourced only as "reportedly": name who says so.',
    ],
    [
      'loaded-term',
      '"onslaught" is loaded (describes military action emotively): consider "offensive".',
      'Loaded term: "onslaught" (describes military action emotively): consider "offensive".',
    ],
    [
      'vague-source',
      '"officials said" names no one: say which organisation.',
      'Vague source: "officials said" names no one: say which organisation.',
    ],
    [
      'figure-conflict',
      'Conflicting figure — hostages still held: 129 here vs 133 in Reuters, 9 Apr.',
      'Conflicting figure — hostages still held: 129 here vs 133 in Reuters, 9 Apr.',
    ],
  ];
  for (const [rule, core, shown] of cases) {
    it(`${rule}: ${shown.slice(0, 50)}…`, () => assert.equal(namedMessage(rule, core), shown));
  }

  it('no editor message repeats "has no source" or "is loaded" after the rule name', () => {
    for (const [rule, core] of cases)
      assert.doesNotMatch(namedMessage(rule, core), /no source: .*has no source|Loaded term: .*is loaded/);
  });
});
