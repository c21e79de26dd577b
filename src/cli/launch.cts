#!/usr/bin/env node
/**
 * The installed `budget-lint` command (dist/budget-lint.cjs). It runs the bundled program,
 * dist/cli.cjs, with the V8 code cache that `npm run build` made for it by checking a sample
 * report: the functions a check needs are then loaded compiled instead of being parsed and
 * compiled again at every start, which is a sizeable part of a single-file run. (Node.js 22
 * does this itself with module.enableCompileCache(); Node.js 20 does not.) V8 refuses a cache
 * made by another Node.js version or from another program text, and compiles as usual then.
 *
 * The build sets BUDGET_LINT_WRITE_CODE_CACHE to have the cache written when the check ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const program = path.join(__dirname, 'cli.cjs');
const cacheFile = `${program}.cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // not built with one: compile as usual
  }
}

const script = new vm.Script(Module.wrap(readFileSync(program, 'utf8')), { filename: program, cachedData: readCache() });
if (process.env['BUDGET_LINT_WRITE_CODE_CACHE']) {
  // After the check, so that the cache holds every function it compiled, not just the top level.
  process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const programModule = { exports: {} };
const compiled = script.runInThisContext() as (...args: unknown[]) => void;
compiled(programModule.exports, Module.createRequire(program), programModule, program, __dirname);
