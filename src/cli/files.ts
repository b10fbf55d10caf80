// Expands the paths given on the command line into article files: folders are walked for text and Markdown files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_EXTENSIONS = /\.(?:txt|text|md|markdown|mdown|mkd)$/i;
/** Agency formats (NewsML-G2, NITF, ninjs): walked too, then sniffed; configuration JSON is never read. */
const WIRE_FILES = /\.(?:xml|json|nitf|newsml)$/i;
const CONFIG_FILES = /^(?:package(?:-lock)?\.json|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|settings\.json|launch\.json|tasks\.json|extensions\.json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface Collected {
  files: string[];
  missing: string[];
}

export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const full = join(dir, name);
      const st = statSync(full, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(full);
      else if (st?.isFile() && (ARTICLE_EXTENSIONS.test(name) || (WIRE_FILES.test(name) && !CONFIG_FILES.test(name)))) files.push(full);
    }
  };
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) missing.push(p);
    else if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
