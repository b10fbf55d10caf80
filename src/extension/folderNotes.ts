// The folder is the desk, for diagnostics: after an article is published, the matched desk-folder stories that are
// not open are analysed in the background (FolderPeers: at most a few per article, cached by file time) and handed to
// the desk, which turns their conflicts into information notes; the article is then republished with its version stamp.
// Never on the keystroke path: a pause after the last publish, cancelled when the article is checked again.
import * as vscode from 'vscode';
import type { Checker } from './checker';
import type { FolderPeers } from './folderPeers';

/** Quiet time after an article's publish before its folder stories are read (typing republishes often). */
const DELAY_MS = 400;

export class FolderNotes implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** Per open document: the folder stories its notes use; a story no document uses is dropped from the desk. */
  private readonly uses = new Map<string, Set<string>>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly checker: Checker,
    private readonly folderPeers: FolderPeers,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = checker.onDidCheck((uri) => this.schedule(uri.toString()));
  }

  private schedule(key: string): void {
    clearTimeout(this.timers.get(key));
    this.running.get(key)?.cancel();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(key).catch((e) => this.log.warn(`folder notes for ${key}: ${String(e)}`));
      }, DELAY_MS),
    );
  }

  private async refresh(key: string): Promise<void> {
    const ids = this.checker.wire.itemIds(key).filter((id) => this.checker.desk.get(id));
    if (ids.length === 0 || !this.checker.result(vscode.Uri.parse(key))) {
      this.release(key, new Set());
      return;
    }
    const source = new vscode.CancellationTokenSource();
    this.running.set(key, source);
    try {
      const used = new Set<string>();
      let changed = false;
      for (const id of ids) {
        const { peers, folder } = await this.folderPeers.peers(id, source.token);
        if (source.token.isCancellationRequested) return;
        for (const p of peers) {
          if (!folder.has(p.id)) continue;
          used.add(p.id);
          if (this.checker.desk.setFolderAnalysis(p.id, p.analysis)) changed = true;
        }
      }
      this.release(key, used);
      if (changed) this.checker.republish(key);
    } finally {
      if (this.running.get(key) === source) this.running.delete(key);
      source.dispose();
    }
  }

  /** Records what `key` uses now; folder stories no open document uses any more leave the desk's memory. */
  private release(key: string, used: Set<string>): void {
    const before = this.uses.get(key) ?? new Set<string>();
    if (used.size > 0) this.uses.set(key, used);
    else this.uses.delete(key);
    for (const id of before) {
      if (used.has(id) || [...this.uses.values()].some((s) => s.has(id))) continue;
      this.checker.desk.setFolderAnalysis(id, undefined);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.running.values()) s.cancel();
    this.subscription.dispose();
  }
}
