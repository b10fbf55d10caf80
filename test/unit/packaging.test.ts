import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

describe('packaging', () => {
  it('ships no fixtures, seed articles or sources in the .vsix (vsce ls)', function () {
    this.timeout(60_000);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    assert.ok(files.includes('dist/extension.js'), files.join(', '));
    assert.ok(files.includes('docs/rules/unattributed-figure.md'));
    for (const f of files)
      assert.doesNotMatch(f, /^(?:test|src|eval|bench|scripts|node_modules)\/|\.txt$|fixtures|seeds/, f);
  });

  it('documents every rule with a shipped page and lists every rule in the settings schema', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const ruleSettings = Object.keys(pkg.contributes.configuration.properties['wirecheck.rules'].properties);
    const { RULE_IDS } = require('../../src/core/rules') as { RULE_IDS: string[] };
    assert.deepEqual([...ruleSettings].sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS)
      assert.ok(readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8').length > 500, id);
  });
});
