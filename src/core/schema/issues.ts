// Turns schema issues into the messages Wirecheck shows: each names the path inside the file and why.
import type { BaseIssue } from 'valibot';

type Issue = BaseIssue<unknown>;

/** "ignoredFigures[2].figure" from an issue's path, below `where` ("lexicon.add[0]"). */
export function issuePath(issue: Issue, where = ''): string {
  let out = where;
  for (const step of issue.path ?? []) {
    const key = step.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string')
      out += /^[A-Za-z_$][\w$-]*$/.test(key) ? `${out ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** One message per distinct reason, "path: why"; nested issues whose parent already failed are kept (each says why). */
export function describeIssues(issues: readonly Issue[], where: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of issues) {
    const path = issuePath(issue, where);
    const line = path ? `${path}: ${issue.message}` : issue.message;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}
