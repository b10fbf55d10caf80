// `npm run bench:editor`: in a real VS Code (code-server + headless Chromium), the time from an article's text
// showing to its first Wirecheck warnings after a window reload — median of 5 reloads, with 5 and with 200 articles
// open (aims: ≤ 1 s and ≤ 3 s). The 200 are the five seeds and 195 variants of them (numbers and a line changed).
// Times are taken in the page: a frame loop notes when the active editor shows the article's first words and when a
// squiggle first shows in it.
/* global window, document, MutationObserver, requestAnimationFrame -- used inside page.evaluate, in the browser */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  ROOT,
  installLinkedExtension,
  isInstalled,
  launchChromium,
  makeTempDir,
  runCleanups,
  startCodeServer,
  unmappedVscodeRequires,
  workbenchUrl,
} from './lib/codeServer.mjs';

const RELOADS = Number(process.env.BENCH_RELOADS) || 5;
const SIZES = (process.env.BENCH_SIZES ?? '5,200').split(',').map(Number);
if (!isInstalled()) {
  console.error('bench:editor: code-server is not installed (npm run test:e2e installs it)');
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;

async function run(count) {
  const tmp = makeTempDir('wirecheck-bench-editor-');
  const workspace = join(tmp, 'desk');
  mkdirSync(workspace);
  const seeds = readdirSync(join(ROOT, 'test/fixtures/seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort();
  for (const n of seeds) cpSync(join(ROOT, 'test/fixtures/seeds', n), join(workspace, n));
  for (let i = 0; i < count - seeds.length; i++) {
    const text = readFileSync(join(ROOT, 'test/fixtures/seeds', seeds[i % seeds.length]), 'utf8');
    // A variant a desk might hold: another filing, its figures moved by a little, a desk line added.
    const variant =
      text.replace(/\b(\d{2,3})\b/g, (m) => String(Number(m) + (i % 7))) +
      `\n\nDesk note ${i}: version ${i + 2} of this story.\n`;
    writeFileSync(join(workspace, `v${String(i).padStart(3, '0')}_${seeds[i % seeds.length]}`), variant);
  }
  const marksFile = join(tmp, 'startup-marks.txt');
  installLinkedExtension(join(tmp, 'extensions'));
  const server = await startCodeServer({
    stateDir: join(tmp, 'code-server'),
    extensionsDir: join(tmp, 'extensions'),
    settings: { ...DEFAULT_SETTINGS, 'workbench.editor.enablePreview': false, 'workbench.editor.limit.enabled': false },
    // The extension appends its start-up marks here (src/extension/startupTiming.ts), for the breakdown below.
    env: { WIRECHECK_STARTUP_LOG: marksFile },
  });
  const browser = await launchChromium({ userDataDir: join(tmp, 'chromium') });
  try {
    const { page } = browser;
    // Every notification toast the workbench shows (text and source line), kept across the page's life.
    await page.addInitScript(() => {
      const seen = (window.__wirecheckToasts = new Set());
      new MutationObserver(() => {
        for (const t of document.querySelectorAll('.notification-toast'))
          seen.add(t.textContent.replace(/\s+/g, ' ').trim());
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(workbenchUrl(server, { folder: workspace }), { waitUntil: 'domcontentloaded' });
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await rows.first().waitFor({ timeout: 60_000 });
    // Open every file: select all in the Explorer, then open the selection.
    await rows.first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.tabs-container .tab').length >= n, count, {
      timeout: 900_000,
    });
    // The active article: the Reuters seed (003), whose first line carries a warning, so it shows without scrolling.
    const active = seeds.find((n) => n.startsWith('003'));
    const words = readFileSync(join(workspace, active), 'utf8').trim().split(/\s+/).slice(0, 4).join(' ').slice(0, 24);
    await page.locator('.tabs-container .tab', { hasText: active }).first().click();
    await page
      .locator('.editor-group-container.active .view-lines')
      .filter({ hasText: words })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 120_000 });
    const tabs = await page.locator('.tabs-container .tab').count();
    const times = [];
    for (let i = 0; i < RELOADS; i++) {
      const reloadAt = Date.now();
      await page.reload({ waitUntil: 'domcontentloaded' });
      const { ms, shownAt, warnedAt } = await page.evaluate(
        (words) =>
          new Promise((resolve, reject) => {
            let shown;
            const limit = performance.now() + 120_000;
            const frame = () => {
              const lines = document.querySelector('.editor-group-container.active .view-lines');
              if (shown === undefined && lines && lines.textContent.replace(/\s+/g, ' ').includes(words))
                shown = performance.now();
              if (shown !== undefined && document.querySelector('.editor-instance .squiggly-warning')) {
                const warned = performance.now();
                return resolve({
                  ms: warned - shown,
                  shownAt: performance.timeOrigin + shown,
                  warnedAt: performance.timeOrigin + warned,
                });
              }
              if (performance.now() > limit)
                return reject(new Error(`no warnings within 120 s (text shown: ${shown !== undefined})`));
              requestAnimationFrame(frame);
            };
            frame();
          }),
        words,
      );
      times.push(ms);
      console.log(
        `bench:editor: ${count} articles (${tabs} tabs), reload ${i + 1}: ${(ms / 1000).toFixed(2)} s from text to first warnings`,
      );
      console.log(
        `  breakdown (s from the reload): ${breakdown(marksFile, reloadAt, shownAt, warnedAt, hostLog(server.userDataDir, reloadAt))}`,
      );
    }
    const toasts = await page.evaluate(() => [...(window.__wirecheckToasts ?? [])]).catch(() => []);
    for (const t of toasts.filter((t) => /Wirecheck|matching the stories/i.test(t)))
      console.log(`  notification seen: ${t}`);
    const unmapped = unmappedVscodeRequires(server.userDataDir);
    console.log(
      `  extension host: ${unmapped.length === 0 ? "every require('vscode') mapped to its extension" : `${unmapped.length} require('vscode') call(s) got the fallback API (Null Extension Description): ${unmapped[0]}`}`,
    );
    return { count, tabs, times, median: median(times) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * From the extension host's own log (info level): when it asked to activate Wirecheck, and how many other extensions
 * it activated before that, after `since`.
 */
function hostLog(userDataDir, since) {
  const lines = [];
  const walk = (dir) => {
    for (const e of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/exthost.*\.log$/i.test(e.name)) lines.push(...readFileSync(join(dir, e.name), 'utf8').split('\n'));
    }
  };
  walk(join(userDataDir, 'logs'));
  const events = [];
  let others = 0;
  for (const line of lines) {
    const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) .*_doActivateExtension (\S+?),.*activationEvent: '([^']*)'/.exec(
      line,
    );
    if (!m) continue;
    const at = new Date(m[1].replace(' ', 'T')).getTime();
    if (at < since) continue;
    if (m[2].toLowerCase() === EXTENSION_ID) {
      events.push([`host asks to activate wirecheck (${m[3]}, after ${others} other extension(s))`, at]);
      break;
    }
    others++;
  }
  return events;
}

/** The page's moments and the newest extension host's marks on one time line, in seconds from the reload. */
function breakdown(marksFile, reloadAt, shownAt, warnedAt, hostEvents = []) {
  const marks = existsSync(marksFile)
    ? readFileSync(marksFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' '))
        .filter((m) => Number(m[0]) >= reloadAt - 60_000)
    : [];
  const pid = marks.filter((m) => m[2] === 'activate').at(-1)?.[1];
  const events = [
    ['text shown', shownAt],
    ['squiggle shown', warnedAt],
    ...hostEvents,
    ...marks.filter((m) => m[1] === pid && Number(m[0]) >= reloadAt - 60_000).map((m) => [m[2], Number(m[0])]),
  ];
  return events
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${name} ${((at - reloadAt) / 1000).toFixed(2)}`)
    .join(' · ');
}

const results = [];
try {
  for (const n of SIZES) results.push(await run(n));
} catch (e) {
  console.error(`bench:editor failed: ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  runCleanups();
}
for (const r of results) {
  const aim = r.count <= 5 ? 1000 : 3000;
  console.log(
    `bench:editor: ${r.count} articles open: median ${(r.median / 1000).toFixed(2)} s over ${r.times.length} reloads (aim ≤ ${aim / 1000} s: ${r.median <= aim ? 'met' : 'missed'}); all: ${r.times.map((t) => (t / 1000).toFixed(2)).join(', ')}`,
  );
}
