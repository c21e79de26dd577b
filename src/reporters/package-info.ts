/**
 * Where budget-lint itself is installed, and its version: found by walking up from this module
 * to the package.json named budget-lint, so it works both from src/ and from the bundle in dist/.
 * Read synchronously and once: reporters are synchronous, and the answer never changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageInfo {
  /** The folder holding budget-lint's package.json (and docs/, when shipped). */
  root?: string;
  version: string;
}

let cached: PackageInfo | undefined;

function packageInfo(): PackageInfo {
  cached ??= findPackage(path.dirname(fileURLToPath(import.meta.url)));
  return cached;
}

function findPackage(start: string): PackageInfo {
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'budget-lint') return { root: dir, version: pkg.version ?? 'unknown' };
    } catch {
      // not here; look in the parent folder
    }
    if (path.dirname(dir) === dir) return { version: 'unknown' };
  }
}

/** The version in budget-lint's package.json ('unknown' if it cannot be found). */
export function packageVersion(): string {
  return packageInfo().version;
}

/** A file shipped with budget-lint (such as `docs/rules/sum-of-parts.md`), or undefined if absent. */
export function readPackageFile(relativePath: string): string | undefined {
  const { root } = packageInfo();
  if (root === undefined) return undefined;
  try {
    return readFileSync(path.join(root, relativePath), 'utf8');
  } catch {
    return undefined;
  }
}

/** The absolute path of a file shipped with budget-lint, whether or not it exists. */
export function packagePath(relativePath: string): string | undefined {
  const { root } = packageInfo();
  return root === undefined ? undefined : path.join(root, relativePath);
}
