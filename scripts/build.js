/**
 * Builds the command into dist/:
 * - cli.cjs: the whole program (src/cli/main.ts and all it imports) bundled by esbuild into
 *   one CommonJS file, so that Node.js reads and compiles one file instead of some hundred
 *   modules; code that only some runs need (the .docx and .md readers, the reporters,
 *   --annotate, the worker pool) is bundled too, but runs only when needed;
 * - budget-lint.cjs: the command, which runs cli.cjs with a V8 code cache (src/cli/launch.cts);
 * - cli.cjs.cache: that cache, made by checking the planted sample reports once;
 * - pdfjs/pdf.cjs, pdfjs/pdf.worker.cjs: pdf.js (an ES module package) as CommonJS, loaded
 *   only when a PDF is read. The program runs inside vm.Script (for the code cache), where
 *   `import()` is not available on Node.js 20 without an experimental flag, so the program
 *   `require`s these instead.
 *
 *   node scripts/build.js [--outdir dist]
 *
 * Type checking is `npm run typecheck`'s job; esbuild only strips the types.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the program's modules read as import.meta.url: the bundle's own (the launcher passes __filename). */
const IMPORT_META_URL = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/** Reports checked to make the code cache: they take the paths most checks take. */
const WARM_UP = ['samples/planted-report.txt', 'samples/planted-report.docx'];

export async function buildCli(outdir = path.join(root, 'dist')) {
  await rm(outdir, { recursive: true, force: true });
  const common = { absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };
  const metaUrl = { define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: IMPORT_META_URL } };
  await build({
    ...common,
    ...metaUrl,
    entryPoints: ['src/cli/main.ts'],
    outfile: path.join(outdir, 'cli.cjs'),
    plugins: [pdfjsAsCommonJs],
    // import() of the CommonJS pdf.js becomes require(); the program's own lazy imports are bundled either way.
    supported: { 'dynamic-import': false },
  });
  await build({
    ...common,
    ...metaUrl,
    entryPoints: { pdf: 'pdfjs-dist/legacy/build/pdf.mjs', 'pdf.worker': 'pdfjs-dist/legacy/build/pdf.worker.mjs' },
    outdir: path.join(outdir, 'pdfjs'),
    outExtension: { '.js': '.cjs' },
    // pdf.js's own imports of optional browser code stay as written; Node.js never runs them.
    logOverride: { 'unsupported-dynamic-import': 'silent' },
  });
  const command = path.join(outdir, 'budget-lint.cjs');
  await build({ ...common, entryPoints: ['src/cli/launch.cts'], outfile: command });
  warmUp(command);
  return command;
}

/** pdf.js's modules, as the program imports them, taken from the CommonJS copies beside it. */
const pdfjsAsCommonJs = {
  name: 'pdfjs-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({
      path: `./pdfjs/${path.basename(args.path, '.mjs')}.cjs`,
      external: true,
    }));
  },
};

/** Checks the warm-up reports with the command, which writes its code cache as it exits. */
function warmUp(command) {
  const env = { ...process.env, BUDGET_LINT_WRITE_CODE_CACHE: '1' };
  try {
    execFileSync(process.execPath, [command, ...WARM_UP, '--format', 'json'], { cwd: root, env, stdio: 'ignore' });
  } catch (error) {
    // Exit code 1 only says the planted reports have findings, as they should.
    if (error.status !== 1) throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildCli(values.outdir && path.resolve(values.outdir));
}
