// The archive's latest matches per document URI, shared by the archive glue (which writes them) and the Matching
// reports panel (which shows them): one owner, an event when they change.
import * as vscode from 'vscode';
import type { ArchiveMatch } from '../../archive/match';

export class ArchiveResults implements vscode.Disposable {
  private readonly byUri = new Map<string, ArchiveMatch[]>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  get(uri: string): readonly ArchiveMatch[] | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, matches: ArchiveMatch[]): void {
    this.byUri.set(uri, matches);
    this.changed.fire(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.changed.fire('');
  }

  dispose(): void {
    this.byUri.clear();
    this.changed.dispose();
  }
}

/** One per extension host: the panel and the archive glue are registered separately. */
export const archiveResults = new ArchiveResults();
