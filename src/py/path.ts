import { statSync } from 'node:fs';

/**
 * Python's posixpath.join, which Patroni uses for every path it builds from data_dir,
 * bin_dir and config_dir: an absolute part starts over, and no slash is added after a part
 * that already ends with one (so a data_dir of `/pg/main/` gives `/pg/main/standby.signal`).
 */
export function posixJoin(first: string, ...rest: string[]): string {
  let path = first;
  for (const part of rest) {
    if (part.startsWith('/')) path = part;
    else if (path === '' || path.endsWith('/')) path += part;
    else path += `/${part}`;
  }
  return path;
}

/** Python's posixpath.normpath, which os.path.abspath applies to the paths Patroni resolves. */
export function normpath(path: string): string {
  if (path === '') return '.';
  // POSIX lets exactly two leading slashes mean something else, so Python keeps them.
  const slashes = path.startsWith('//') && !path.startsWith('///') ? 2 : path.startsWith('/') ? 1 : 0;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..' || (!slashes && !parts.length) || parts[parts.length - 1] === '..') parts.push(part);
    else if (parts.length) parts.pop();
  }
  const joined = '/'.repeat(slashes) + parts.join('/');
  return joined || '.';
}

/** Python's os.path.isfile: follows a symlink; false, not an error, when missing, dangling or a loop. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
