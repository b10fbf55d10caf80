// The rules in an editor's words: what menus, messages and pickers say (ids stay for settings, the CLI and SARIF).

const NAMES: Record<string, string> = {
  'unattributed-figure': 'Figure with no source',
  'loaded-term': 'Loaded term',
  'figure-conflict': 'Conflicting figure',
  'vague-source': 'Vague source',
  'wire-status': 'Wire status',
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
  return message.toLowerCase().startsWith(name.toLowerCase()) ? message : `${name}: ${message}`;
}
