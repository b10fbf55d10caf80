// Wrong answers on bad input, each fixed at its cause: decoding, the workspace file, team-lexicon forms, impossible
// dates, lone-CR line ends, inverted hedges, desk-folder matches in the panel, and failures injected into the CLI walk.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../src/cli/files';
import { readArticle } from '../../src/cli/read';
import { parseWorkspaceFile } from '../../src/core/config';
import { Desk } from '../../src/core/desk';
import { hedgedInterval } from '../../src/core/figures/hedges';
import { decodeArticle } from '../../src/core/input';
import { loadLexicon } from '../../src/core/lexicon/load';
import { reviewReport } from '../../src/core/reviewReport';
import { loadedTermErrors } from '../../src/core/rules/loadedTerm';
import { LineIndex } from '../../src/core/lines';
import { buildArticleModel } from '../../src/core/text/model';
import { buildPanelModel } from '../../src/extension/panel/model';
import { seed, seedNames } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const eacces = (path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });

describe('bad input: decoding', () => {
  it('NUL bytes anywhere, not only in the first 8 KB, make a file binary', () => {
    const bytes = new Uint8Array([...enc('Officials said 12 people died. '.repeat(400)), 0, ...enc('tail')]);
    assert.ok(bytes.indexOf(0) > 8192);
    assert.deepEqual(decodeArticle(bytes), { text: null, skipped: 'binary: the file contains NUL bytes' });
  });

  it('strips exactly one BOM', () => {
    assert.deepEqual(decodeArticle(enc('\uFEFFtext')), { text: 'text', skipped: null });
    assert.deepEqual(decodeArticle(enc('\uFEFF\uFEFFtext')), { text: '\uFEFFtext', skipped: null });
  });

  it('decodes UTF-16 with a BOM (LE and BE); odd bytes after one are reported as not UTF-16', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Floods killed 41.', 'utf16le')]);
    assert.deepEqual(decodeArticle(le), { text: 'Floods killed 41.', skipped: null });
    assert.deepEqual(decodeArticle(Buffer.from(le).swap16()), { text: 'Floods killed 41.', skipped: null });
    assert.match(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41])).skipped!, /^not UTF-16LE/);
  });
});

describe('bad input: the workspace file', () => {
  const validate = (team: unknown): string[] => loadedTermErrors({ team: team as never });

  it('a BOM before .wirecheck.json is no error: the file is applied', () => {
    const { file, errors } = parseWorkspaceFile(
      '\uFEFF{"profile": "ap", "ignoredTerms": [{"term": "onslaught"}]}',
      validate,
    );
    assert.deepEqual(errors, []);
    assert.equal(file.profile, 'ap');
    assert.equal(file.ignoredTerms[0]?.term, 'onslaught');
  });

  it('"profile": "bogus" is rejected with a message; the other keys still apply', () => {
    const { file, errors } = parseWorkspaceFile(
      '{"profile": "bogus", "ignoredTerms": [{"term": "onslaught"}]}',
      validate,
    );
    assert.deepEqual(errors, ['profile: must be one of ap, reuters, afp, inhouse, not "bogus"']);
    assert.equal(file.profile, undefined);
    assert.equal(file.ignoredTerms.length, 1);
  });

  it('a file nested 20,000 levels deep is reported, never thrown', () => {
    const { file, errors } = parseWorkspaceFile(
      `{"ignoredTerms": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
      validate,
    );
    assert.deepEqual(errors, ['the file is nested too deeply to read']);
    assert.deepEqual(file.ignoredTerms, []);
  });

  it('a team form with regex metacharacters is rejected naming the entry, never matched as "a"', () => {
    const team = {
      add: [
        {
          id: 'greedy',
          forms: ['(a+)+$'],
          category: 'emotive-intensifiers',
          why: 'A pattern that should never be a word.',
          alternatives: ['x'],
        },
      ],
    };
    const { errors } = loadLexicon({ team });
    assert.deepEqual(errors, [
      'lexicon.add[0] ("greedy"): form "(a+)+$" must be words (letters, digits, spaces, hyphens, apostrophes), not a pattern',
    ]);
    const desk = new Desk({
      ...new Desk().getConfig(),
      workspace: { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [], ignoredFindings: [], lexicon: team },
    });
    desk.upsert('a', 'A man saw a dog and a cat on a hill.\n');
    assert.deepEqual(
      desk.check('a').filter((f) => f.rule === 'loaded-term'),
      [],
    );
    // Words with hyphens and apostrophes are still forms.
    assert.deepEqual(loadLexicon({ team: { add: [{ ...team.add[0], forms: ["blood-thirsty mob's"] }] } }).errors, []);
  });
});

describe('bad input: dates, line ends, hedges', () => {
  it('an impossible metadata or date-line date is furniture, never a filing time', () => {
    const model = buildArticleModel(
      'date 2024-13-45\nQuake hits Vallmora\n\nVALLMORA (Reuters) - A quake struck on Tuesday.\n',
      { fileTime: '2024-03-03T10:00:00.000Z' },
    );
    assert.equal(model.meta.filedSource, 'file time');
    assert.equal(model.meta.filed, '2024-03-03T10:00:00.000Z');
    assert.ok(model.furniture.some((f) => f.kind === 'metadata' && f.text === 'date 2024-13-45'));
    assert.equal(buildArticleModel('date 2024-02-29\nQuake\n\nA quake struck.\n').meta.filed, '2024-02-29');
    assert.equal(buildArticleModel('date 2023-02-29T10:00\nQuake\n\nA quake struck.\n').meta.filedSource, 'unknown');
  });

  it('lone-CR files match and conflict like LF files (seeds in CR form)', () => {
    const findings = (eol: string): unknown[] => {
      const desk = new Desk();
      const texts = seedNames().map((n) => [n, seed(n.slice(0, 3)).text.replace(/\r?\n/g, eol)] as const);
      for (const [n, t] of texts) desk.upsert(n, t);
      return texts.flatMap(([n, t]) => {
        const lines = new LineIndex(t);
        return [
          ...desk.matches(n).map((m) => `${n} matches ${m.id}`),
          ...desk.check(n).map((f) => `${n}:${JSON.stringify(lines.position(f.start))} ${f.rule} ${f.message}`),
        ];
      });
    };
    const lf = findings('\n');
    // One figure-conflict finding per figure, its other reports in related: the five seeds give eight.
    assert.ok(lf.filter((f) => String(f).includes('figure-conflict')).length >= 8, 'the seeds conflict');
    assert.deepEqual(findings('\r'), lf);
  });

  it('hedged intervals are never inverted: "nearly 5", "just over 5", "fewer than 0", "up to -3"', () => {
    assert.deepEqual(hedgedInterval('almost', 5, 0.5, true), [4, 4]);
    assert.deepEqual(hedgedInterval('justOver', 5, 0.5, true), [6, 6]);
    assert.deepEqual(hedgedInterval('lessThan', 0, 0.5, true), [-1, -1]);
    assert.deepEqual(hedgedInterval('upTo', -3, 0.5, true), [-3, -3]);
    assert.deepEqual(hedgedInterval('almost', 200, 0.5, true), [180, 199], 'wide enough values keep their tolerance');
    for (const h of ['atLeast', 'moreThan', 'justOver', 'around', 'almost', 'upTo', 'lessThan', undefined] as const)
      for (const v of [-5, 0, 0.5, 1, 5, 9, 10, 1e6]) {
        const [lo, hi] = hedgedInterval(h, v, 0.5, Number.isInteger(v));
        assert.ok(lo <= hi, `${h} ${v}: [${lo}, ${hi}]`);
      }
  });

  it('two reports both saying "Nearly 5 hostages remain" agree', () => {
    const story = (agency: string, tail: string): string =>
      `Gunmen hold hostages in Vallmora bank\n\nVALLMORA, March 3 (${agency}) - Nearly 5 hostages remain inside the Banca Sestri branch in Vallmora after gunmen stormed it on Tuesday, police said. ${tail}\n`;
    const desk = new Desk();
    desk.upsert('a', story('Reuters', 'Negotiators from the Vallmora police spoke to the gunmen through the night.'));
    desk.upsert('b', story('AFP', 'Police negotiators talked with the gunmen in Vallmora overnight.'));
    assert.equal(desk.matches('a')[0]?.id, 'b', 'the two reports match');
    assert.deepEqual(
      desk.check('a').filter((f) => f.rule === 'figure-conflict'),
      [],
    );
  });
});

describe('bad input: desk-folder matches and opening order', () => {
  it('the panel and the review report list a desk-folder story (indexed, not open) without crashing', () => {
    const desk = new Desk();
    desk.upsert('file:///open/000.txt', seed('000').text);
    desk.indexStory('file:///desk/001.txt', seed('001').text);
    assert.ok(desk.matches('file:///open/000.txt').some((m) => m.id === 'file:///desk/001.txt'));
    const model = buildPanelModel(desk, {
      activeId: 'file:///open/000.txt',
      findings: desk.check('file:///open/000.txt'),
    });
    const folder = model.reports.find((r) => r.id === 'file:///desk/001.txt');
    assert.ok(folder, 'the desk-folder story is listed');
    assert.match(folder.relationReason, /in a desk folder, not open/);
    assert.deepEqual(folder.facts, []);
    assert.match(reviewReport(desk, 'file:///open/000.txt'), /001\.txt \| \? \| desk folder, not open/);
  });

  it('opening or closing an article refreshes every open article (document frequencies move every match); typing only its peers', () => {
    const desk = new Desk();
    for (const n of ['000', '001', '003']) desk.upsert(n, seed(n).text);
    desk.dependents('003');
    desk.upsert(
      'unrelated',
      'Derby ends goalless\n\nMILAN, March 3 (Reuters) - Inter and AC Milan drew 0-0 on Sunday.\n',
    );
    assert.deepEqual(desk.dependents('unrelated').sort(), ['000', '001', '003']);
    desk.upsert('000', seed('000').text + ' More.', {}, 'lazy');
    assert.deepEqual(desk.dependents('000').sort(), ['001', '003']);
    desk.remove('unrelated');
    assert.deepEqual(desk.dependents('unrelated').sort(), ['000', '001', '003']);
  });
});

describe('bad input: failures injected into the CLI walk and reads (EACCES cannot be provoked as root)', () => {
  it('an unreadable folder or file is a skip reason; the rest of the walk goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-inject-'));
    fs.mkdirSync(join(dir, 'locked'));
    for (const f of ['a.txt', 'b.txt', join('locked', 'c.txt')])
      writeFileSync(join(dir, f), 'Officials said 12 people died.\n');
    const walkFs = {
      ...fs,
      readdirSync: ((p: fs.PathLike) => {
        if (String(p).endsWith('locked')) throw eacces(String(p));
        return fs.readdirSync(p);
      }) as typeof fs.readdirSync,
      lstatSync: ((p: fs.PathLike, o?: fs.StatSyncOptions) => {
        if (String(p).endsWith('b.txt')) throw eacces(String(p));
        return fs.lstatSync(p, o);
      }) as typeof fs.lstatSync,
    };
    assert.deepEqual(collectFiles([dir], walkFs).entries, [
      { path: join(dir, 'a.txt'), skipped: null },
      { path: join(dir, 'b.txt'), skipped: 'cannot read: permission denied (EACCES)' },
      { path: join(dir, 'locked'), skipped: 'cannot read folder: permission denied (EACCES)' },
    ]);
    const readFs = {
      ...fs,
      openSync: ((p: fs.PathLike) => {
        throw eacces(String(p));
      }) as typeof fs.openSync,
    };
    assert.deepEqual(readArticle(join(dir, 'a.txt'), 1 << 20, readFs), {
      skipped: 'cannot read: permission denied (EACCES)',
    });
    assert.equal(
      (readArticle(join(dir, 'a.txt'), 1 << 20) as { text: string }).text,
      'Officials said 12 people died.\n',
    );
    assert.deepEqual(readArticle(dir, 1 << 20), { skipped: 'is a folder, not a file' });
  });
});
