/**
 * Patroni releases and how a fact's "since" list is read.
 *
 * Patroni maintains several release lines at once and backports fixes, so a behaviour can
 * arrive in 3.3.11 and 4.0.10 but not in 4.0.0. A fact therefore lists the first release on
 * each line that has it; see `holdsIn`.
 */

export interface PatroniVersion {
  major: number;
  minor: number;
  patch: number;
}

/** The releases whose behaviour was recorded from Patroni itself (see oracle/README.md). */
export const PROFILES = {
  '3.0': '3.0.2',
  '3.3': '3.3.11',
  '4.0': '4.0.10',
  '4.1': '4.1.4',
} as const;

export type ProfileName = keyof typeof PROFILES;
export const DEFAULT_PROFILE: ProfileName = '4.1';
export const OLDEST_SUPPORTED = '3.0.0';
export const NEWEST_SUPPORTED = '4.1.4';

export function parsePatroniVersion(text: string): PatroniVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

export function formatVersion(v: PatroniVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

export function compareVersions(a: PatroniVersion, b: PatroniVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

function compareSeries(a: PatroniVersion, b: PatroniVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

/**
 * What a user's `--patroni-version` means: `4.0` is the recorded profile of that line,
 * `4.0.3` is that exact release (evaluated from the facts, but not itself recorded).
 */
export function resolvePatroniVersion(text: string): { version: PatroniVersion; recorded: boolean } | undefined {
  const trimmed = text.trim().replace(/^v/, '');
  if (trimmed in PROFILES) {
    return { version: parsePatroniVersion(PROFILES[trimmed as ProfileName])!, recorded: true };
  }
  const version = parsePatroniVersion(trimmed);
  if (!version || !/^\d+\.\d+\.\d+$/.test(trimmed)) return undefined;
  const inRange =
    compareVersions(version, parsePatroniVersion(OLDEST_SUPPORTED)!) >= 0 &&
    compareVersions(version, parsePatroniVersion(NEWEST_SUPPORTED)!) <= 0;
  if (!inRange) return undefined;
  const recorded = Object.values(PROFILES).includes(trimmed as (typeof PROFILES)[ProfileName]);
  return { version, recorded };
}

/**
 * Whether a behaviour that first appeared in the releases `since` (one per release line) is
 * present in `v`: on a listed line, from that patch on; on a newer line than the newest listed
 * line at or below v's, always; on an older line, never.
 */
export function holdsIn(since: readonly string[], v: PatroniVersion): boolean {
  const firsts = since.map((s) => parsePatroniVersion(s)!).sort(compareVersions);
  const sameLine = firsts.find((f) => compareSeries(f, v) === 0);
  if (sameLine) return v.patch >= sameLine.patch;
  return firsts.some((f) => compareSeries(f, v) < 0);
}
