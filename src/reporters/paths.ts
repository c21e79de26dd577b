import path from 'node:path';

/** A path as the user would type it: relative when under `cwd`, absolute otherwise. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath;
  return relative;
}
