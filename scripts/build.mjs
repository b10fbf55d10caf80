// Builds everything with esbuild: the extension and CLI bundles (dist/), the webview script (media/),
// and a plain transpile of sources, tests, eval and bench (out/) for mocha and node.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const watch = process.argv.includes('--watch');

function walk(dir, pick) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...walk(full, pick));
    else if (pick(name)) found.push(full);
  }
  return found;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// esbuild rewrites every /\p{…}/u literal for any node target into `new RegExp(…)` where it stands, so a literal
// inside a hot function built a new RegExp on every call; Node 20's V8 supports these escapes natively.
// The generated lexicon (~350 KB) as one JSON.parse of a string: V8 scans a string literal and parses JSON far faster
// than it compiles the same data as an object literal, and every CLI run and extension start loads it.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /generated[\\/]lexicon\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};
const common = {
  plugins: [jsonAsParse],
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  define: { __WIRECHECK_VERSION__: JSON.stringify(pkg.version) },
};

const tsFiles = ['src', 'test', 'eval', 'bench'].flatMap((d) =>
  walk(join(root, d), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')),
);

// The plain transpile first: the lexicon compile step runs the engine's own inflection code from out/.
await esbuild.build({
  ...common,
  entryPoints: tsFiles,
  outdir: join(root, 'out'),
  outbase: root,
  format: 'cjs',
  bundle: false,
});
const copyJson = () => {
  for (const file of ['src', 'test'].flatMap((d) => walk(join(root, d), (n) => n.endsWith('.json')))) {
    const target = join(root, 'out', relative(root, file));
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(file, target);
  }
};
copyJson();
const { compileShipped } = createRequire(import.meta.url)(join(root, 'out/src/core/lexicon/compile.js'));
// The JSON schemas and contributes.configuration come from the one schema (src/core/schema/); a unit test fails when stale.
const generated = createRequire(import.meta.url)(join(root, 'out/src/core/schema/generate.js'));
const { RULES } = createRequire(import.meta.url)(join(root, 'out/src/core/rules/index.js'));
for (const [path, text] of Object.entries(generated.generatedSchemaFiles())) writeFileSync(join(root, path), text);
const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
const pkgGenerated = generated.withGeneratedConfiguration(pkgText, RULES);
if (pkgGenerated !== pkgText) writeFileSync(join(root, 'package.json'), pkgGenerated);
const lexicon = compileShipped(join(root, 'src/core/lexicon/data'));
if (lexicon.errors.length) {
  console.error(`lexicon data has ${lexicon.errors.length} error(s):\n  ${lexicon.errors.join('\n  ')}`);
  process.exit(1);
}
mkdirSync(join(root, 'src/core/lexicon/generated'), { recursive: true });
writeFileSync(join(root, 'src/core/lexicon/generated/lexicon.json'), JSON.stringify(lexicon));
copyJson();

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/extension/extension.ts')],
    bundle: true,
    outfile: join(root, 'dist/extension.js'),
    format: 'cjs',
    external: ['vscode'],
    minify: !watch,
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/extension/worker/worker.ts')],
    bundle: true,
    outfile: join(root, 'dist/worker.js'),
    format: 'cjs',
    minify: !watch,
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/cli/prepareWorker.ts')],
    bundle: true,
    outfile: join(root, 'dist/prepareWorker.js'),
    format: 'cjs',
    minify: !watch,
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    outfile: join(root, 'dist/cli.js'),
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    minify: !watch,
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'media/panel.ts')],
    bundle: true,
    outfile: join(root, 'media/panel.js'),
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: false,
  }),
]);
console.log(
  `compiled ${lexicon.entries.length} lexicon entries; built dist/extension.js, dist/worker.js, dist/cli.js, dist/prepareWorker.js, media/panel.js and ${tsFiles.length} files into out/`,
);
