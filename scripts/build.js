/**
 * Builds the command into dist/: the CLI and the worker-thread entry bundled by esbuild, with
 * the code that only some runs need (the .docx and .md readers, the reporters, --annotate, the
 * worker pool) split into chunks loaded on first use. One bundle instead of some hundred
 * modules is what keeps a single-file run near Node.js's own start-up time (docs/performance.md).
 *
 *   node scripts/build.js [--outdir dist]
 *
 * Every output file sits in one folder: the worker pool finds `worker.js` next to its own chunk.
 * Type checking is `npm run typecheck`'s job; esbuild only strips the types.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundled CommonJS dependencies (jszip …) require Node.js built-ins, which ESM has no `require` for. */
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildCli(outdir = path.join(root, 'dist')) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { 'budget-lint': 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    banner: { js: REQUIRE_SHIM },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return path.join(outdir, 'budget-lint.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildCli(values.outdir && path.resolve(values.outdir));
}
