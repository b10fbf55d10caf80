// `npm start`: builds, then runs a real VS Code (code-server 4.100.3) on 127.0.0.1 with Wirecheck
// installed and a temp copy of test/fixtures/seeds open; prints the URL and runs until Ctrl+C.
//
// The extension is "installed" as a symlink wirecheck.wirecheck-<version> → the repo in a throwaway extensions
// dir: after a rebuild (`node scripts/build.mjs --watch` in another terminal), "Developer: Reload Window" picks up
// the change. Nothing is packaged.
//
// Options: --no-build; --port N (or env PORT; default a free port);
//          --screenshot FILE.png [--seed NAME.txt]: open the workbench in headless Chromium, click a
//          seed in the Explorer, save a screenshot, and exit (a look at it as a user would).
//          --open-all opens every seed first; --problems shows the Problems panel; --panel the Matching
//          reports view (--expand opens its first report); --hover TEXT hovers the editor over TEXT first;
//          --add DIR copies DIR's files into the workspace beside the seeds; --quickfix TEXT opens the quick-fix
//          menu on TEXT; --report exports the review report (default path) and shows its Markdown preview;
//          --viewport WxH (default 1400x900); --what-changed TEXT (with --panel) expands the report whose
//          summary holds TEXT and clicks its "What changed" button.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  installLinkedExtension,
  isInstalled,
  launchChromium,
  makeTempDir,
  runCleanups,
  startCodeServer,
  workbenchUrl,
} from './lib/codeServer.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const screenshot = option('--screenshot');
const hover = option('--hover');
const quickFix = option('--quickfix');
const report = process.argv.includes('--report');
const [vw, vh] = (option('--viewport') ?? '1400x900').split('x').map(Number);
const openAll = process.argv.includes('--open-all');
const problems = process.argv.includes('--problems');
const panel = process.argv.includes('--panel');
const expand = process.argv.includes('--expand');
const whatChanged = option('--what-changed');
const seedToOpen = option('--seed');
const port = Number(option('--port') ?? process.env.PORT) || undefined;

function run(cmd, args, what) {
  console.log(`start: ${what}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`start: ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

if (!argv.includes('--no-build')) run(process.execPath, [join(ROOT, 'scripts/build.mjs')], 'building');
if (!isInstalled()) run('bash', [join(ROOT, 'scripts/install-vscode.sh')], 'installing code-server');

const tmp = makeTempDir('wirecheck-start-');

// A copy of the seeds: edits made in the editor never touch the repository's fixtures.
const workspace = join(tmp, 'seeds');
cpSync(join(ROOT, 'test/fixtures/seeds'), workspace, { recursive: true });
// --add DIR: more files beside the seeds (agency copies of them, for a screenshot of the formats).
if (option('--add')) cpSync(option('--add'), workspace, { recursive: true });

// The extension, installed as a symlink to the built repo (see installLinkedExtension).
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extensionsDir = join(tmp, 'extensions');
const extDir = installLinkedExtension(extensionsDir);
if (!existsSync(join(ROOT, pkg.main ?? 'dist/extension.js'))) {
  console.error(`start: ${pkg.main} is missing: build first`);
  process.exit(1);
}

let server;
try {
  server = await startCodeServer({ stateDir: join(tmp, 'code-server'), port, extensionsDir });
} catch (err) {
  console.error(`start: ${err.message}`);
  process.exit(1);
}
const url = workbenchUrl(server, { folder: workspace });

if (screenshot) {
  const code = await takeScreenshot(url, screenshot).then(
    () => 0,
    (err) => {
      console.error(`start: screenshot failed: ${err.stack || err}`);
      return 1;
    },
  );
  await server.stop();
  runCleanups();
  process.exit(code);
}

console.log(`
  Wirecheck ${pkg.version} in VS Code (code-server) is running:

      ${url}

  Workspace (a temp copy of test/fixtures/seeds): ${workspace}
  Extension installed from: ${extDir} -> ${ROOT}
  Server log: ${server.logFile}
  Rebuild with \`node scripts/build.mjs\`, then run "Developer: Reload Window". Ctrl+C stops it.
`);
server.exited.then((code) => {
  console.error(`start: code-server exited (${code}); log: ${server.logFile}`);
  runCleanups();
  process.exit(1);
});

async function takeScreenshot(workbench, file) {
  const browser = await launchChromium({
    userDataDir: join(tmp, 'chromium'),
    viewport: { width: vw || 1400, height: vh || 900 },
  });
  try {
    const { page } = browser;
    await page.goto(workbench, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    const seeds = readdirSync(workspace)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const name = seedToOpen ?? seeds[0];
    // Click the seed in the Explorer, as a user would, and wait until its text is in the editor.
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    const firstWords = readFileSync(join(workspace, name), 'utf8').trim().split(/\s+/).slice(0, 3).join(' ');
    await page
      .locator('.editor-instance .view-lines')
      .filter({ hasText: firstWords.slice(0, 20) })
      .first()
      .waitFor({ timeout: 30_000 });
    // Diagnostics, if the extension reports any for the seed, show as squiggles and in the status bar.
    await page
      .locator('.squiggly-warning, .squiggly-error, .squiggly-info')
      .first()
      .waitFor({ timeout: 90_000 })
      .then(
        () => console.log('start: the editor shows diagnostics'),
        () => console.log('start: no diagnostics squiggles shown (yet)'),
      );
    if (openAll) {
      // Open the other seeds too (so cross-article checks have peers), then come back to the chosen one.
      for (const other of seeds.filter((n) => n !== name)) {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: other }).first().dblclick();
      }
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
      await page
        .locator('.editor-instance .view-lines')
        .filter({ hasText: firstWords.slice(0, 20) })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    if (problems) {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
    }
    if (panel) {
      await page.locator('.activitybar [aria-label^="Wirecheck"]').first().click();
      // A lone view has no visible pane header, and webview frames live in an overlay: wait for the frame.
      await page.locator('iframe.webview').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(1500); // screenshot helper only: let the webview paint
      if (expand) {
        // Webviews nest an inner frame; expand the first report as a user would click it.
        const inner = page.frameLocator('iframe.webview').first().frameLocator('iframe').first();
        await inner.locator('summary').first().click();
        await page.waitForTimeout(500);
      }
      if (whatChanged) {
        const inner = page.frameLocator('iframe.webview').first().frameLocator('iframe').first();
        const report = inner.locator('details.report', { hasText: whatChanged }).first();
        await report.locator('summary').first().click();
        await report.getByRole('button', { name: 'What changed', exact: true }).click();
        await inner.locator('section.what-changed').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(500); // screenshot helper only: let the section paint
      }
    }
    if (hover) {
      // Find the text (the match becomes the selection), close the find widget, then "Show Hover" at the cursor.
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type(hover);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      // Diagnostics for the selection first (a busy machine needs seconds), then "Show Hover" at the cursor.
      await page.waitForTimeout(Number(process.env.SCREENSHOT_SETTLE_MS) || 5000);
      // The mouse rests on the found text, as a user's would.
      const box = await page.locator('.editor-instance .view-overlays .selected-text').first().boundingBox();
      if (!box) throw new Error(`"${hover}" not found in the editor`);
      await page.mouse.move(box.x + 8, box.y + box.height / 2);
      await page.locator('.monaco-hover:not(.hidden) .hover-row').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
    }
    if (quickFix) {
      // Notes from the desk folder come after the article's own findings and the folder's indexing (the status bar
      // then counts matching reports): give them time to land on a busy machine.
      await page
        .locator('.statusbar-item', { hasText: /[1-9]\d* matching/ })
        .first()
        .waitFor({ timeout: 120_000 })
        .catch(() => {});
      await page.waitForTimeout(2000); // screenshot helper only: a note for a second unopened report may follow
      // Select the text with Find, then open the quick-fix menu (Ctrl+.) on it.
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type(quickFix);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500); // screenshot helper only: let the menu paint
    }
    if (report) {
      // "Export Review Report" from the command palette; the save dialog's default path is accepted; the preview opens.
      await page.keyboard.press('F1');
      await page.keyboard.type('Wirecheck: Export Review Report');
      await page.waitForTimeout(500);
      await page.keyboard.press('Enter');
      await page
        .locator('.quick-input-widget:not([style*="display: none"]) input')
        .first()
        .waitFor({ timeout: 15_000 });
      await page.waitForTimeout(1000);
      await page.keyboard.press('Enter');
      await page.locator('iframe.webview').first().waitFor({ timeout: 30_000 });
      // The preview's own frame holds the rendered Markdown once the Markdown extension has activated.
      await page
        .frameLocator('iframe.webview')
        .first()
        .frameLocator('iframe')
        .first()
        .locator('h1, h2')
        .first()
        .waitFor({ timeout: 90_000 });
      // The preview alone, full width, as it would be read or printed.
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+m');
      await page.waitForTimeout(1500); // screenshot helper only: let the preview paint
    }
    await page.screenshot({ path: file });
    console.log(`start: screenshot of ${name} saved to ${file}`);
  } finally {
    await browser.close();
  }
}
