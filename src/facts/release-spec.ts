import { holdsIn, parsePatroniVersion, type PatroniVersion } from './patroni-versions.js';

/** A release spec as the schema and the fact tables write it: "3.2", "3.0.3" or ["3.3.9", "4.0.8"], read like holdsIn(). */
export type ReleaseSpec = string | readonly string[];

export function releasedBy(spec: ReleaseSpec, v: PatroniVersion): boolean {
  const list = (typeof spec === 'string' ? [spec] : spec).map((s) => {
    const p = parsePatroniVersion(s)!;
    return `${p.major}.${p.minor}.${p.patch}`;
  });
  return holdsIn(list, v);
}

export function describeRelease(spec: ReleaseSpec): string {
  return typeof spec === 'string' ? spec : spec.join(', ');
}
