/**
 * A server setting the chosen PostgreSQL major does not have (misspelt, removed, or newer), which Patroni's
 * validator drops from postgresql.conf with one warning line in its log.
 */
import { allServerSettingNames, cmdlineOption, serverRule, validatorVersion } from '../facts/server-parameter-rules.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { PG_MAJORS } from '../facts/pg-major.js';
import { renameOf } from '../facts/pg-setting-renames.js';
import { validateSetting } from '../plan/parameter-validation.js';
import { PATRONI_KEY_LOOKALIKES } from '../validate/key-suggestion.js';
import { closest } from '../validate/schema-index.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { parameterSites, pgLabel, validationScope } from './server-parameter-sites.js';

/** The tracked majors that have the setting, as "9.6-14" or "16-18". */
function majorsWith(name: string, table: number, patroni: PatroniVersion): string | undefined {
  const majors = PG_MAJORS.filter((m) => serverRule(name, table, validatorVersion(patroni, m)));
  if (!majors.length) return undefined;
  const [first, last] = [majors[0]!, majors[majors.length - 1]!];
  return first === last ? pgLabel(first) : `${pgLabel(first)}-${pgLabel(last)}`;
}

export const serverSettingUnknown: Rule = {
  id: 'server-setting-unknown',
  severity: 'error',
  description: 'a server setting the chosen PostgreSQL major does not have: Patroni drops it from postgresql.conf',
  check(ctx) {
    const scope = validationScope(ctx);
    const out: Finding[] = [];
    for (const site of parameterSites(ctx)) {
      // extension settings are left alone, as Patroni does; the other rules cover cluster-wide and renamed ones
      if (site.name.includes('.') || cmdlineOption(site.name, scope.table) || renameOf(site.name)) continue;
      const verdict = validateSetting(scope, site.name, site.entry.value);
      if (verdict.kind !== 'drop' || verdict.cause !== 'unknown') continue;
      const exists = majorsWith(site.name, scope.table, ctx.patroni);
      const message = exists
        ? `${site.where}: PostgreSQL ${pgLabel(ctx.pgMajor)} has no setting ${site.name} (it exists in ${exists}): Patroni drops it`
        : `${site.where}: ${site.name} is not a PostgreSQL setting: Patroni drops it${didYouMean(site.name, scope.table)}`;
      out.push({ message, ...at(site.entry.key) });
    }
    return out;
  },
};

function didYouMean(name: string, table: number): string {
  // log_level resembles wal_level, but what its author meant is Patroni's own log level
  const patroni = PATRONI_KEY_LOOKALIKES.get(name.toLowerCase());
  if (patroni) return `; Patroni's own setting of that name is ${patroni}`;
  const near = closest(name.toLowerCase(), allServerSettingNames(table).map((n) => n.toLowerCase()));
  return near ? `; did you mean ${near}?` : '';
}
