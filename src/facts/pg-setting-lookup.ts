/**
 * PostgreSQL's settings by name. PostgreSQL reads setting names case-insensitively, so the
 * lookup is by lower-case name; the row keeps PostgreSQL's own spelling (DateStyle).
 */
import { PG_SETTINGS } from '../generated/pg-settings.js';

type PgSettingRow = (typeof PG_SETTINGS)[number];

let byName: Map<string, PgSettingRow> | undefined;

/** The row of the setting `name` in any case: [PostgreSQL's spelling, first major, last major]. */
export function pgSettingNamed(name: string): PgSettingRow | undefined {
  byName ??= new Map(PG_SETTINGS.map((row) => [row[0].toLowerCase(), row]));
  return byName.get(name.toLowerCase());
}
