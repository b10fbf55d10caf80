// Each rule carries the text of its Settings entry: the generated `wirecheck.rules` reads it from the rule list, and
// nothing in the schema code keys on a literal rule id.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_IDS } from '../../src/core/rules';
import { contributesConfiguration } from '../../src/core/schema/generate';
import { ROOT } from './helpers';

describe('rule settings text', () => {
  it('wirecheck.rules shows each rule its own settingDescription, else its description', () => {
    const conf = contributesConfiguration(RULES) as {
      properties: Record<string, { properties: Record<string, { description?: string }> }>;
    };
    const entries = conf.properties['wirecheck.rules']!.properties;
    assert.deepEqual(Object.keys(entries), [...RULE_IDS]);
    for (const rule of RULES) {
      const shown = entries[rule.id]!.description;
      assert.equal(shown, rule.settingDescription ?? rule.description, rule.id);
      assert.ok(shown && shown.length > 10, `${rule.id} has a Settings text`);
    }
  });

  it('the settings schema and its generator name no rule id', () => {
    // ignoreKey.ts is left out: its key kinds are a file format of their own ("source-changed" keys stay as written).
    for (const file of ['settings.ts', 'generate.ts']) {
      const text = readFileSync(join(ROOT, 'src/core/schema', file), 'utf8');
      for (const id of RULE_IDS) assert.ok(!text.includes(`'${id}'`), `${file} names '${id}'`);
    }
  });
});
