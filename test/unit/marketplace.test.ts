import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

describe('the installed extension page (issue 18)', () => {
  it('ships the icon and every image the README shows, by relative path', function () {
    this.timeout(60_000);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const files = new Set(
      r.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { icon?: string };
    assert.match(pkg.icon ?? '', /\.png$/, 'the gallery needs a PNG icon');
    assert.ok(files.has(pkg.icon!), `${pkg.icon} is not packaged`);
    const images = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(
      (m) => m[1]!,
    );
    assert.ok(images.length >= 2, 'the README shows the editor and the panel');
    for (const src of images) {
      assert.doesNotMatch(src, /^https?:/, `${src}: an offline editor cannot load it`);
      assert.ok(files.has(src), `${src} is shown by the README but not packaged`);
    }
  });
});
