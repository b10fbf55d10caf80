// The editor's archive (issue 22): `wirecheck.archive` names a desk's PostgreSQL (URL without password; the password
// in SecretStorage, set with "Wirecheck: Set Archive Password"). The active article is matched against it in the
// background; a status-bar item shows the state, faults are logged, retries back off, and checking carries on with
// the in-memory index whatever the archive does.
import * as vscode from 'vscode';
import { ArchiveError, connect, describeDbError, redactUrl, type ArchiveConnection } from '../../archive/db';
import { ArchiveMatcher } from '../../archive/match';
import { PreparedByText } from '../../archive/preparedCache';
import { archiveResults } from './results';

const SECRET = 'wirecheck.archivePassword';
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 300_000;

/** Next wait after a failure: doubled, capped (5 s, 10 s, 20 s … 5 min). */
export const nextBackoff = (ms: number): number => Math.min(MAX_RETRY_MS, ms === 0 ? FIRST_RETRY_MS : ms * 2);

class ArchiveWatch implements vscode.Disposable {
  private conn?: ArchiveConnection;
  private matcher?: ArchiveMatcher;
  /** The open stories' features, kept by text: a query after a pause with no edit does not analyse again. */
  private readonly prepared = new PreparedByText();
  private url = '';
  private backoffMs = 0;
  private retryAt = 0;
  private timer?: NodeJS.Timeout;
  /** Shared with the Matching reports panel, which shows them beside the open reports. */
  readonly results = archiveResults;
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 99);

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.status.command = 'wirecheck.showArchiveMatches';
  }

  async configure(): Promise<void> {
    const url = vscode.workspace.getConfiguration('wirecheck').get<string>('archive', '').trim();
    await this.close();
    this.url = url;
    this.backoffMs = 0;
    this.retryAt = 0;
    if (!url) {
      this.status.hide();
      return;
    }
    try {
      this.conn = connect(url, {
        password: await this.secrets.get(SECRET),
        connectTimeoutMs: 5_000,
        statementTimeoutMs: 5_000,
        max: 2,
      });
      this.matcher = new ArchiveMatcher(this.conn);
      this.show('$(database) Archive', `Archive: ${redactUrl(url)}`);
    } catch (e) {
      this.fail(e instanceof ArchiveError ? e : describeDbError(e, url));
    }
    this.schedule();
  }

  /** Matches the active article after a pause (typing never waits on the database). */
  schedule(delayMs = 1_500): void {
    clearTimeout(this.timer);
    if (!this.matcher) return;
    this.timer = setTimeout(() => void this.matchActive(), Math.max(delayMs, this.retryAt - Date.now()));
  }

  private async matchActive(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.matcher || !['plaintext', 'markdown'].includes(doc.languageId)) return;
    const key = doc.uri.toString();
    try {
      const { matches } = await this.matcher.match(this.prepared.get(doc.getText()));
      this.results.set(key, matches);
      this.backoffMs = 0;
      this.retryAt = 0;
      this.show(
        `$(database) Archive: ${matches.length}`,
        `Archive ${redactUrl(this.url)}: ${matches.length} matching stories for ${doc.fileName}`,
      );
    } catch (e) {
      this.fail(describeDbError(e, this.url));
      this.schedule(this.backoffMs);
    }
  }

  private fail(e: ArchiveError): void {
    this.backoffMs = nextBackoff(this.backoffMs);
    this.retryAt = Date.now() + this.backoffMs;
    this.log.warn(
      `${e.message}; retrying in ${Math.round(this.backoffMs / 1000)} s (checks go on with the in-memory index)`,
    );
    this.show(
      `$(warning) Archive ${e.kind}`,
      `${e.message}\nRetrying in ${Math.round(this.backoffMs / 1000)} s; checks go on with the in-memory index.`,
    );
  }

  private show(text: string, tooltip: string): void {
    this.status.text = text;
    this.status.tooltip = tooltip;
    this.status.show();
  }

  async showMatches(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const found = doc ? this.results.get(doc.uri.toString()) : undefined;
    if (!found || found.length === 0) {
      void vscode.window.showInformationMessage(
        this.url
          ? 'No archive matches for this article (yet).'
          : 'Set wirecheck.archive to match against a desk archive.',
      );
      return;
    }
    const pick = await vscode.window.showQuickPick(
      found.map((m) => ({
        label: m.headline ?? m.path,
        description: `${m.agency ?? ''} ${m.filed?.slice(0, 16).replace('T', ' ') ?? ''} · ${m.relation} ${m.score.toFixed(2)}${m.withdrawn ? ' · WITHDRAWN' : ''}`,
        detail: m.path,
        m,
      })),
      { title: 'Archive matches' },
    );
    if (pick)
      await vscode.window
        .showTextDocument(vscode.Uri.file(pick.m.path))
        .then(undefined, () => vscode.window.showWarningMessage(`${pick.m.path} is not reachable from this machine`));
  }

  private async close(): Promise<void> {
    clearTimeout(this.timer);
    const conn = this.conn;
    this.conn = undefined;
    this.matcher = undefined;
    // Matches of the archive just left must not stay on show.
    this.results.clear();
    await conn?.pool.end().catch(() => undefined);
  }

  dispose(): void {
    void this.close();
    this.status.dispose();
  }
}

/** Everything the archive registers (all disposed on deactivate). */
export function registerArchive(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const watch = new ArchiveWatch(context.secrets, log);
  void watch.configure();
  return [
    watch,
    vscode.commands.registerCommand('wirecheck.setArchivePassword', async () => {
      const pw = await vscode.window.showInputBox({
        prompt: 'Password for the archive in wirecheck.archive (kept in VS Code SecretStorage)',
        password: true,
        ignoreFocusOut: true,
      });
      if (pw === undefined) return;
      await context.secrets.store(SECRET, pw);
      await watch.configure();
    }),
    vscode.commands.registerCommand('wirecheck.showArchiveMatches', () => watch.showMatches()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('wirecheck.archive')) void watch.configure();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => watch.schedule()),
    vscode.workspace.onDidSaveTextDocument(() => watch.schedule()),
  ];
}
