// Which file names may hold agency copy: one list for the CLI's folder walk, its reader and the editor.

/** Extensions of agency formats (NewsML-G2, NITF, ninjs): such files are sniffed before they are read. */
export const WIRE_EXTENSIONS = /\.(?:xml|json|nitf|newsml)$/i;

/** Configuration JSON that is never an article, whatever it contains. */
const NEVER_ARTICLES =
  /^(?:package(?:-lock)?\.json|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|\.wirecheck\.json|settings\.json|launch\.json|tasks\.json|extensions\.json|keybindings\.json)$/i;

/** True for a configuration file's base name ("package.json", "tsconfig.build.json", ".wirecheck.json"…). */
export function isNeverArticle(baseName: string): boolean {
  return NEVER_ARTICLES.test(baseName);
}
