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
