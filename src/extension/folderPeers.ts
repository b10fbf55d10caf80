// The folder is the desk, for hovers: matched desk-folder stories that are not open are read and analysed on demand
// (only the few the active article matches, cached by file time), so the hover's "other reports" line names their
// figures too, and FolderNotes hands them to the desk for notes. They are never checked as articles; their conflicts
// are notes, not warnings.
import * as vscode from 'vscode';
import { Analyzer } from '../core/analyze';
import { LruCache } from '../core/cache';
import { MAX_FOLDER_PEERS } from '../core/desk';
import type { Peer } from '../core/rules/rule';
import { isReviewReport } from './articles';
import type { Checker } from './checker';

const MAX_BYTES = 1_000_000;

export class FolderPeers {
  private readonly analyzer = new Analyzer();
  private readonly cache = new LruCache<string, { mtime: number; peer: Omit<Peer, 'score'> | undefined }>(64);

  constructor(private readonly checker: Checker) {}

  /** Open peers first (as the desk ranks them), then matched folder stories that are not open, analysed here. */
  async peers(id: string, token?: vscode.CancellationToken): Promise<{ peers: Peer[]; folder: Set<string> }> {
    const open = this.checker.desk.peers(id);
    const folder = new Set<string>();
    const unopened = this.checker.desk
      .matches(id)
      .filter((m) => !this.checker.desk.get(m.id))
      .slice(0, MAX_FOLDER_PEERS);
    const more: Peer[] = [];
    for (const m of unopened) {
      if (token?.isCancellationRequested) break;
      const peer = await this.analysed(m.id);
      // One analysis per task: reading several long stories never blocks the host in one go.
      await new Promise((r) => setImmediate(r));
      if (peer) {
        more.push({ ...peer, score: m.score });
        folder.add(m.id);
      }
    }
    return { peers: [...open, ...more], folder };
  }

  private async analysed(id: string): Promise<Omit<Peer, 'score'> | undefined> {
    const uri = vscode.Uri.parse(id);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const hit = this.cache.get(id);
      if (hit && hit.mtime === stat.mtime) return hit.peer;
      let peer: Omit<Peer, 'score'> | undefined;
      if (stat.size <= MAX_BYTES) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const markdown = /\.(?:md|markdown)$/i.test(uri.path);
        if (!isReviewReport(text.slice(0, 200)))
          peer = {
            id,
            analysis: this.analyzer.analyze(text, { markdown, fileTime: new Date(stat.mtime).toISOString() }),
          };
      }
      this.cache.set(id, { mtime: stat.mtime, peer });
      return peer;
    } catch {
      // A file that went away since it was indexed: simply not listed.
      return undefined;
    }
  }
}
