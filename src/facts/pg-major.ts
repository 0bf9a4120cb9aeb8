/**
 * PostgreSQL major versions the pg-* fact tables cover.
 *
 * Majors are plain numbers (9.6, 10, … 18) so that they compare with `<` and read the way users
 * write them; PostgreSQL itself counts in `server_version_num` units (90600, 100000, …), which
 * `pgVersionNum` and `parsePgMajor` translate.
 */

export const PG_MAJORS = [9.6, 10, 11, 12, 13, 14, 15, 16, 17, 18] as const;

export type PgMajor = (typeof PG_MAJORS)[number];

export function isPgMajor(n: number): n is PgMajor {
  return (PG_MAJORS as readonly number[]).includes(n);
}

/** The `server_version_num` of a major's first release: 90600 for 9.6, 150000 for 15. */
export function pgVersionNum(major: number): number {
  if (major >= 10) return major * 10000;
  // 9.6 -> 9 * 10000 + 6 * 100
  return Math.trunc(major) * 10000 + Math.round((major % 1) * 10) * 100;
}

/**
 * Reads a major from what users and servers write: "9.6", "9.6.24", "15", "15.4", "15beta2",
 * "PostgreSQL 15.4", or a version number such as "90624" or "150004". Versions outside the
 * tracked range give undefined, since no table can answer for them.
 */
export function parsePgMajor(s: string): PgMajor | undefined {
  const text = s.trim().replace(/^postgres(?:ql)?\s+/i, '');
  let major: number | undefined;
  if (/^\d{5,6}$/.test(text)) {
    const num = Number(text);
    // Before 10 the major took two parts: 90624 is 9.6.24.
    major = num >= 100000 ? Math.floor(num / 10000) : Math.floor(num / 10000) + (Math.floor(num / 100) % 100) / 10;
  } else {
    const m = /^(\d+)(?:\.(\d+))?(?:\.\d+)?(?:(?:alpha|beta|rc|devel)\d*)?$/i.exec(text);
    if (!m) return undefined;
    const first = Number(m[1]);
    if (first < 10) {
      if (m[2] === undefined) return undefined;
      major = first + Number(m[2]) / 10;
    } else {
      major = first;
    }
  }
  major = Math.round(major * 10) / 10;
  return isPgMajor(major) ? major : undefined;
}

/** Whether a fact spanning [since, until) holds in `major`. */
export function inSpan(span: { since: PgMajor; until?: PgMajor }, major: PgMajor): boolean {
  return major >= span.since && (span.until === undefined || major < span.until);
}
