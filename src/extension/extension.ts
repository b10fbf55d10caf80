// Activation: wires the checker, providers, commands and views; everything registered is disposed on deactivate.
import { startupMark } from './startupTiming';
import * as vscode from 'vscode';
import { otherReportsLine } from '../core/facts';
import { Checker } from './checker';
import { WirecheckCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerDocumentEvents } from './events';
import { FolderNotes } from './folderNotes';
import { FolderPeers } from './folderPeers';
import { FigureHovers } from './hovers';
import { createLog } from './log';
import { readSettings } from './settings';
import { registerMatchingReports } from './panel';
import { registerArchive } from './archive/archive';
import { createStatusBar } from './statusBar';
import { StoryFolders } from './storyFolders';
import { WorkspaceFiles } from './workspaceFile';

// Every import above has been evaluated by now. The one-time compilation waits for the first article's own publish:
// started here, its steps held up VS Code's activation round trips (activate came only after the last step, 4-7 s at load 19).
startupMark('bundle-evaluated');

const SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'vscode-remote', language: 'plaintext' },
  { scheme: 'vscode-remote', language: 'markdown' },
  // Agency files (NewsML-G2, NITF, ninjs): hovers and quick fixes answer only for documents the checker took as articles.
  ...['xml', 'json', 'jsonc'].flatMap((language) =>
    ['file', 'untitled', 'vscode-remote'].map((scheme) => ({ scheme, language })),
  ),
];

/** What tests reach through the extension's exports: the checker, never a second copy of state. */
export interface WirecheckApi {
  checker: Checker;
  /** Resolves when the desk folders (and the open folders, with wirecheck.deskFolder) are indexed. */
  deskIndexed(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<WirecheckApi> {
  startupMark('activate');
  const log = createLog();
  const initial = readSettings();
  for (const e of initial.errors) log.warn(e);
  const files = new WorkspaceFiles(log);
  const checker = new Checker(initial.settings, files, log, context.extensionUri);
  const storyFolders = new StoryFolders(checker, log);
  const folderPeers = new FolderPeers(checker);
  context.subscriptions.push(
    storyFolders,
    new FolderNotes(checker, folderPeers, log),
    log,
    files,
    checker,
    ...registerDocumentEvents(checker),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new WirecheckCodeActions(checker), {
      providedCodeActionKinds: WirecheckCodeActions.kinds,
    }),
    vscode.languages.registerHoverProvider(
      SELECTOR,
      new FigureHovers(checker, (uri, start, token) => otherReportLines(checker, folderPeers, uri, start, token)),
    ),
    ...registerCommands(checker, files, log, context.extensionUri),
    ...registerMatchingReports(context, checker),
    ...createStatusBar(checker, 'wirecheck.showMatching'),
    ...registerArchive(context, log),
    files.onDidChange(() => void checker.recheckAll()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('wirecheck')) return;
      const next = readSettings();
      for (const err of next.errors) log.warn(err);
      checker.updateSettings(next.settings);
      // Desk folders first, so the re-check sees the stories they add or drop.
      if (e.affectsConfiguration('wirecheck.storyFolders') || e.affectsConfiguration('wirecheck.deskFolder'))
        void storyFolders
          .refresh(next.settings.storyFolders, next.settings.maxFileBytes, next.settings.deskFolder)
          .then(() => checker.recheckAll());
      else void checker.recheckAll();
    }),
  );
  startupMark('registered');
  await files.load();
  startupMark('workspace-files-read');
  await checker.recheckAll();
  // No article open: compile now, in short steps, so the first one opened later does not pay for it.
  void checker.warmedUp;
  // The folder is the desk: another version of the story in an open folder is matched without being opened.
  context.subscriptions.push(
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      const s = readSettings().settings;
      void storyFolders.refresh(s.storyFolders, s.maxFileBytes, s.deskFolder);
    }),
  );
  // Desk folders are indexed after activation returns: start-up never waits on them.
  if (initial.settings.storyFolders.length > 0 || initial.settings.deskFolder)
    void storyFolders.refresh(
      initial.settings.storyFolders,
      initial.settings.maxFileBytes,
      initial.settings.deskFolder,
    );
  startupMark('activated');
  log.info(`Wirecheck ${(context.extension.packageJSON as { version: string }).version} active`);
  return { checker, deskIndexed: () => storyFolders.done };
}

export function deactivate(): void {}

/** The hover's "other reports" lines: open reports first, then matched stories in the folder that are not open. */
async function otherReportLines(
  checker: Checker,
  folderPeers: FolderPeers,
  uri: string,
  start: number,
  token?: vscode.CancellationToken,
): Promise<string[]> {
  const doc = checker.desk.get(uri);
  if (!doc) return [];
  const self = { id: uri, analysis: doc.analysis };
  const { peers, folder } = await folderPeers.peers(uri, token);
  const open = otherReportsLine(
    self,
    peers.filter((p) => !folder.has(p.id)),
    start,
  );
  const unopened = otherReportsLine(
    self,
    peers.filter((p) => folder.has(p.id)),
    start,
  )?.replace(/^\*\*Other reports:\*\*/, '**In the folder, not open:**');
  return [open, unopened].filter((l): l is string => l !== undefined);
}
