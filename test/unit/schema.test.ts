// The one schema: generated files are current, rejections name the path and why, the team-term command's entry
// passes, ignore keys round-trip, and the shipped lexicon satisfies the generated JSON schema too.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { parseRuleSettings, parseWorkspaceFile } from '../../src/core/config';
import { Desk } from '../../src/core/desk';
import { mergeTeam } from '../../src/core/lexicon/load';
import { RULE_IDS, RULES } from '../../src/core/rules';
import { generatedSchemaFiles, withGeneratedConfiguration } from '../../src/core/schema/generate';
import { fromKey, ignoreFileEntry, toKey, type IgnoreKey } from '../../src/core/schema/ignoreKey';
import { entryIssues, teamTermEntry } from '../../src/core/schema/lexiconEntry';
import { parseSettings } from '../../src/core/schema/settings';

const ROOT = join(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const ajv = new Ajv({ strict: false, allErrors: true });

describe('one schema: generated files', () => {
  it('schemas/*.json are what the schema generates (run npm run build when this fails)', () => {
    for (const [path, text] of Object.entries(generatedSchemaFiles()))
      assert.equal(read(path), text, `${path} is stale: run npm run build`);
  });
  it('package.json contributes.configuration is what the schema generates, one entry per rule', () => {
    const pkg = read('package.json');
    assert.equal(withGeneratedConfiguration(pkg, RULES), pkg, 'contributes.configuration is stale: run npm run build');
    const rules = (
      JSON.parse(pkg) as {
        contributes: { configuration: { properties: Record<string, { properties: Record<string, unknown> }> } };
      }
    ).contributes.configuration.properties['wirecheck.rules']!;
    assert.deepEqual(Object.keys(rules.properties), [...RULE_IDS]);
  });
  it('every shipped lexicon entry passes the generated JSON schema as well as the validator', () => {
    const validate = ajv.compile(JSON.parse(read('schemas/lexicon-entry.schema.json')) as object);
    const dir = join(ROOT, 'src/core/lexicon/data');
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'patterns.json')) {
      for (const e of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries: unknown[] }).entries) {
        assert.ok(validate(e), `${f}: ${ajv.errorsText(validate.errors)}`);
        assert.deepEqual(entryIssues(e, f, false).errors, []);
        n++;
      }
    }
    assert.ok(n >= 500, String(n));
  });
});

describe('one schema: the "Add to team lexicon" command', () => {
  const entry = teamTermEntry({
    term: 'Boffins',
    alternatives: 'scientists, researchers',
    why: 'Informal and mocking for scientists.',
    category: 'general-loaded',
  });

  it('writes an entry the team schema, the lexicon merge and the .wirecheck.json JSON schema all accept', () => {
    assert.deepEqual(entryIssues(entry, 'lexicon.add[0]', true).errors, []);
    const merged = mergeTeam([], { add: [entry] });
    assert.deepEqual(merged.errors, []);
    assert.deepEqual(
      merged.entries.map((e) => [e.id, e.guidance, e.severity]),
      [['team-boffins', 'house style', 'warning']],
    );
    const validate = ajv.compile(JSON.parse(read('schemas/wirecheck.schema.json')) as object);
    assert.ok(validate({ lexicon: { add: [entry] } }), ajv.errorsText(validate.errors));
  });
  it('the entry it used to write (category "team", guidance "In-house") is rejected, each reason naming the field', () => {
    const old = {
      id: 'team-boffins',
      forms: ['Boffins'],
      category: 'team',
      why: 'Informal and mocking for scientists.',
      alternatives: ['scientists'],
      guidance: 'In-house',
      severity: 'warning',
    };
    const errors = entryIssues(old, 'lexicon.add[0]', true).errors;
    assert.ok(
      errors.some((e) => e.startsWith('lexicon.add[0] ("team-boffins"): unknown category "team"')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.includes('unknown guidance "In-house"')),
      errors.join('\n'),
    );
  });
});

describe('one schema: rejections name the path and why', () => {
  it('a bad workspace file entry is skipped with its path; the good ones apply', () => {
    const { file, errors } = parseWorkspaceFile(
      '{"ignoredFigures": [{"figure": "129", "noun": "", "sentence": "abc"}, {"figure": "", "noun": "x", "sentence": "h"}], "ignoredTerms": [{"term": "x", "why": 1}], "extra": 1}',
    );
    assert.equal(file.ignoredFigures.length, 1);
    assert.deepEqual(errors, [
      'ignoredFigures[1].figure: needs a "figure" string',
      'ignoredTerms[0].why: unknown key "why"',
      'unknown key "extra"',
    ]);
  });
  it('a bad setting falls back to its default and says which and why', () => {
    const raw: Record<string, unknown> = { debounceMs: 9000, languages: 'plaintext', quotedTerms: 'loud' };
    const { values, errors } = parseSettings((k) => raw[k]);
    assert.equal(values.debounceMs, 250);
    assert.deepEqual(values.languages, ['plaintext', 'markdown', 'xml', 'json']);
    assert.equal(values.quotedTerms, 'information');
    assert.deepEqual(errors, [
      'wirecheck.languages: must be a list of strings (default ["plaintext","markdown","xml","json"] used)',
      'wirecheck.debounceMs: must be at most 5000 (default 250 used)',
      'wirecheck.quotedTerms: must be one of off, hint, information, warning (default "information" used)',
    ]);
  });
  it('rule settings keep their good fields and name the bad one', () => {
    const { rules, errors } = parseRuleSettings(
      { 'loaded-term': { enabled: false, severity: 'loud' }, nope: {} },
      RULE_IDS,
    );
    assert.deepEqual(rules, { 'loaded-term': { enabled: false } });
    assert.equal(errors.length, 2);
    assert.match(errors[0]!, /^rule "loaded-term": "severity" must be one of error, warning, information, hint$/);
    assert.match(errors[1]!, /^unknown rule "nope"/);
  });
});

describe('one schema: ignore keys', () => {
  it('writes the same strings the rules wrote before, and reads them back', () => {
    const cases: [IgnoreKey, string][] = [
      [{ kind: 'figure', figure: '129', noun: 'hostage', sentence: 'ab12' }, 'figure:129|hostage|ab12'],
      [{ kind: 'term', entry: 'terrorist', term: 'terrorists' }, 'term:terrorist:terrorists'],
      [{ kind: 'conflict', fact: 'killed|people', mine: '129', theirs: '133' }, 'conflict:killed|people|129|133'],
      [{ kind: 'vague', phrase: 'sources said', sentence: 'ff' }, 'vague:sources said|ff'],
      [{ kind: 'wire', item: 'urn:x:1' }, 'wire:urn:x:1'],
      [{ kind: 'quote', words: 'we will not' }, 'quote-mismatch:we will not'],
      [
        { kind: 'source-changed', fact: 'killed', sentence: 'h', source: 'the ministry' },
        'source-changed:killed|h|the ministry',
      ],
    ];
    for (const [k, s] of cases) {
      assert.equal(toKey(k), s);
      assert.deepEqual(fromKey(s), k);
    }
    assert.equal(fromKey('nonsense'), undefined);
  });
  it('round-trips any figure and term key whose last fields hold no separator', () => {
    const part = fc.string().filter((s) => !s.includes('|'));
    fc.assert(
      fc.property(
        fc.string(),
        part,
        part.filter((s) => s.length > 0),
        (figure, noun, sentence) => {
          const k: IgnoreKey = { kind: 'figure', figure, noun, sentence };
          assert.deepEqual(fromKey(toKey(k)), k);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes(':')),
        fc.string({ minLength: 1 }),
        (entry, term) => {
          const k: IgnoreKey = { kind: 'term', entry, term };
          assert.deepEqual(fromKey(toKey(k)), k);
        },
      ),
    );
  });
  it('the quick fix writes a workspace entry the workspace schema accepts', () => {
    const entries = ['figure:129|hostage|ab12', 'term:terrorist:terrorists', 'conflict:killed|129|133'].map((k) =>
      ignoreFileEntry(k, 'The sentence.'),
    );
    const text = JSON.stringify({
      ignoredFigures: [entries[0]!.value],
      ignoredTerms: [entries[1]!.value],
      ignoredConflicts: [entries[2]!.value],
    });
    const { file, errors } = parseWorkspaceFile(text);
    assert.deepEqual(errors, []);
    assert.equal(file.ignoredFigures.length + file.ignoredTerms.length + file.ignoredConflicts.length, 3);
  });

  it('"Ignore" on a vague source, wire status, quote mismatch or changed source writes an entry that hides it', () => {
    // Before ignoredFindings these four kinds had no list: the quick fix wrote nothing and the finding stayed.
    const desk = new Desk();
    const text =
      'Fuel runs short in Ravello\n\nRAVELLO, Nov 4 (AFP) - Filling stations ran dry across the province on Monday, officials said.\n';
    desk.upsert('a.txt', text);
    const vague = desk.check('a.txt').find((f) => f.rule === 'vague-source');
    assert.ok(vague?.ignoreKey, 'a vague-source finding with an ignore key');
    const entry = ignoreFileEntry(vague.ignoreKey, 'Filling stations ran dry …');
    assert.equal(entry?.list, 'ignoredFindings');
    const { file, errors } = parseWorkspaceFile(JSON.stringify({ ignoredFindings: [entry.value] }));
    assert.deepEqual(errors, []);
    desk.setConfig({ ...desk.getConfig(), workspace: file });
    const after = desk.check('a.txt').find((f) => f.rule === 'vague-source');
    assert.match(after?.ignoredBy ?? '', /^ignoredFindings\[0\]/);
    for (const key of ['wire:urn:x:1', 'quote-mismatch:we will stay out', 'source-changed:person|killed|ab12|police'])
      assert.equal(ignoreFileEntry(key, 'x')?.list, 'ignoredFindings', key);
  });
});
