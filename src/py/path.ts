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
