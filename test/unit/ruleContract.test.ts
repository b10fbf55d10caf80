// The one rule contract: rules report where and what, the Desk stamps the rest, owns each article's state and reads
// options through the schema; the editor and CLI read names, docs and tallies from the rule list, never literal ids.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { defaultConfig } from '../../src/core/config';
import { Desk } from '../../src/core/desk';
import { RULES, RULE_IDS, ruleById } from '../../src/core/rules';
import { runRule } from '../../src/core/rules/engine';
import type { Rule, RuleId } from '../../src/core/rules/rule';
import { fromKey } from '../../src/core/schema/ignoreKey';
import { docsTitle, namedMessage, ruleName, tallyText } from '../../src/extension/ruleNames';
import { ROOT } from './helpers';

/** A toy desk rule: one finding per article, counting how often its state was built. */
function toyRule(inits: string[]): Rule<{ word: string }, { words: number }> {
  return {
    // The contract's id type is the union of real ids; the toy borrows one (its own Desk holds only this rule).
    id: 'vague-source',
    name: 'Toy',
    description: 'Counts words.',
    docs: 'docs/rules/vague-source.md',
    defaultSeverity: 'information',
    scope: 'desk',
    options: {
      schema: () => v.object({ word: v.fallback(v.string(), 'word') }),
      read: (config) => ({ word: config.profile }),
    },
    init: ({ id, analysis }) => {
      inits.push(id);
      return { words: analysis.model.text.split(/\s+/).filter(Boolean).length };
    },
    check(ctx, report) {
      const peerWords = ctx.peers.map((p) => ctx.stateOf(p).words);
      report({
        start: 0,
        end: 4,
        message: `${ctx.options.word}: ${ctx.state.words} here, ${peerWords.join(',') || 'no peers'}`,
        anchor: 'what-it-flags',
        ignore: { kind: 'vague', phrase: 'toy', sentence: 'abc' },
      });
      if (ctx.state.words > 50) report({ start: 0, end: 1, message: 'long', severity: 'warning' });
    },
  };
}

const STORY = 'Floods hit the northern valley on Monday, officials said, and roads were closed across the region.';

describe('rule contract: the Desk stamps findings and owns state', () => {
  it('stamps rule id, default severity, docs link with anchor and the ignore key string', () => {
    const inits: string[] = [];
    const desk = new Desk(defaultConfig(), [toyRule(inits)]);
    desk.upsert('a', STORY);
    const [f] = desk.check('a');
    assert.ok(f);
    assert.equal(f.rule, 'vague-source');
    assert.equal(f.severity, 'information');
    assert.equal(f.docs, 'docs/rules/vague-source.md#what-it-flags');
    assert.equal(f.ignoreKey, 'vague:toy|abc');
    assert.deepEqual(fromKey(f.ignoreKey), { kind: 'vague', phrase: 'toy', sentence: 'abc' });
    assert.deepEqual(f.suggestions, []);
    assert.deepEqual(f.related, []);
    assert.equal('fixes' in f, false);
    assert.equal(f.message, 'inhouse: 16 here, no peers');
  });

  it('builds an article state once per text, keeps it across checks, and starts afresh when the text changes', () => {
    const inits: string[] = [];
    const desk = new Desk(defaultConfig(), [toyRule(inits)]);
    desk.upsert('a', STORY);
    desk.upsert('b', `${STORY} More rain is due on Tuesday.`);
    desk.check('a');
    desk.check('a');
    desk.check('b');
    assert.deepEqual(inits.sort(), ['a', 'b']);
    assert.match(desk.check('a')[0]!.message, /16 here, 22/);
    desk.upsert('a', `${STORY} Schools shut.`);
    desk.check('a');
    assert.deepEqual(inits.sort(), ['a', 'a', 'b']);
    // prepare() builds states ahead of the first check (restored tabs): no second build on check.
    desk.upsert('c', STORY.replace('Monday', 'Sunday'));
    desk.prepare('c');
    desk.check('c');
    assert.equal(inits.filter((id) => id === 'c').length, 1);
  });

  it('reads options through the schema once per configuration; a bad value falls back', () => {
    const inits: string[] = [];
    const rule = toyRule(inits);
    const config = { ...defaultConfig(), profile: 'reuters' };
    const desk = new Desk(config, [rule]);
    desk.upsert('a', STORY);
    assert.match(desk.check('a')[0]!.message, /^reuters:/);
    const bad = { ...defaultConfig(), profile: 42 as unknown as string };
    assert.match(runRule(rule, { id: 'x', analysis: desk.get('a')!.analysis, config: bad })[0]!.message, /^word:/);
  });

  it('a configured severity replaces the default level; a graded finding is never raised', () => {
    const inits: string[] = [];
    const long = `${STORY} `.repeat(4);
    const config = { ...defaultConfig(), rules: { 'vague-source': { severity: 'error' as const } } };
    const desk = new Desk(config, [toyRule(inits)]);
    desk.upsert('a', long);
    assert.deepEqual(
      desk.check('a').map((f) => `${f.end}:${f.severity}`),
      ['1:warning', '4:error'],
    );
  });
});

describe('rule contract: the rule list', () => {
  it('every rule has a unique id, a name, a description and its docs page', () => {
    assert.equal(new Set(RULE_IDS).size, RULES.length);
    for (const rule of RULES) {
      assert.equal(rule.docs, `docs/rules/${rule.id}.md`);
      assert.ok(existsSync(join(ROOT, rule.docs)), rule.docs);
      assert.ok(rule.name.length > 0 && rule.description.length > 0, rule.id);
      assert.equal(ruleById(rule.id), rule);
    }
  });

  it('the editor reads names, docs questions and tallies from the list', () => {
    assert.equal(ruleName('loaded-term'), 'Loaded term');
    assert.equal(docsTitle('loaded-term'), 'Why is this loaded?');
    assert.equal(docsTitle('quote-mismatch'), 'About "Quote mismatch"');
    assert.equal(ruleName('no-such-rule'), 'no-such-rule');
    assert.equal(namedMessage('no-such-rule', 'Text.'), 'no-such-rule: Text.');
    const rules: RuleId[] = ['unattributed-figure', 'unattributed-figure', 'figure-conflict', 'vague-source'];
    assert.equal(
      tallyText(
        rules.map((rule) => ({ rule })),
        3,
      ),
      '2 unsourced · 0 loaded · 1 conflicts · 3 matching',
    );
  });

  it('no rule id is written in the editor or CLI code (they iterate the rule list)', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((n) => {
        const rel = join(dir, n);
        return statSync(join(ROOT, rel)).isDirectory() ? files(rel) : rel.endsWith('.ts') ? [rel] : [];
      });
    const literal = new RegExp(`['"\`](?:${RULE_IDS.join('|')})['"\`]`);
    const offenders = [...files(join('src', 'extension')), ...files(join('src', 'cli'))].filter((f) =>
      literal.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });
});
