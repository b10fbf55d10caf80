// The rules in an editor's words: what menus, messages and pickers say (ids stay for settings, the CLI and SARIF).

const NAMES: Record<string, string> = {
  'unattributed-figure': 'Figure with no source',
  'loaded-term': 'Loaded term',
  'figure-conflict': 'Conflicting figure',
  'vague-source': 'Vague source',
  'wire-status': 'Wire status',
  'quote-mismatch': 'Quote mismatch',
  'source-changed': 'Source changed',
};

/** "Figure with no source" for "unattributed-figure"; an unknown id is shown as written. */
export function ruleName(id: string): string {
  return NAMES[id] ?? id;
}

/** The title of the action that opens a rule's page: a question the editor would ask. */
export function docsTitle(id: string): string {
  switch (id) {
    case 'loaded-term':
      return 'Why is this loaded?';
    case 'unattributed-figure':
      return 'Why does this figure need a source?';
    case 'figure-conflict':
      return 'How to settle a conflicting figure';
    default:
      return `About "${ruleName(id)}"`;
  }
}

/** A message that starts with its rule's name, so the Problems view reads as a list of kinds of problem. */
export function namedMessage(id: string, message: string): string {
  const name = ruleName(id);
  if (message.toLowerCase().startsWith(name.toLowerCase())) return message;
  return `${name}: ${withoutRepeat(id, message)}`;
}

/** The core's sentence with the words the rule's name already says taken out ("Figure with no source: Figure "129" … has no source"). */
function withoutRepeat(id: string, message: string): string {
  if (id === 'unattributed-figure') {
    const m =
      /^(Vague figure|Background figure|Figure) ("[^"]*"(?: \([^)]*\))?) (has no source|is sourced only)(?::\s*|\s+)([\s\S]*)$/.exec(
        message,
      );
    if (!m) return message;
    const kind = m[1] === 'Figure' ? '' : `${m[1]!.split(' ')[0]!.toLowerCase()} figure `;
    const rest = m[3] === 'is sourced only' ? `sourced only ${m[4]}` : m[4]!;
    return `${kind}${m[2]} — ${rest}`;
  }
  if (id === 'loaded-term') {
    // '"onslaught" is loaded (why): consider …' → '"onslaught" (why): consider …'
    return message.replace(/^("[^"]*") is loaded /, '$1 ');
  }
  return message;
}
