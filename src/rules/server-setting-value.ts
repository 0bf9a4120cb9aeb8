/**
 * A server setting whose value Patroni's validator refuses for the chosen PostgreSQL major (not a number of the
 * setting's unit, not one of its enum values, not a boolean): Patroni drops it. A value outside the setting's range
 * is replaced by the bound.
 */
import { cmdlineOption } from '../facts/server-parameter-rules.js';
import { validateSetting } from '../plan/parameter-validation.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { parameterSites, pgLabel, validationScope } from './server-parameter-sites.js';

export const serverSettingValue: Rule = {
  id: 'server-setting-value',
  severity: 'error',
  description: "a server setting's value that Patroni's validator drops (invalid) or replaces by the range's bound",
  check(ctx) {
    const scope = validationScope(ctx);
    const out: Finding[] = [];
    for (const site of parameterSites(ctx)) {
      if (cmdlineOption(site.name, scope.table)) continue; // checked by Patroni's own rules: cluster-wide-setting
      const verdict = validateSetting(scope, site.name, site.entry.value);
      if (verdict.kind === 'drop' && verdict.cause === 'invalid') {
        out.push({ message: `${site.where}: ${verdict.reason.replace(/^invalid value: /, '')} for PostgreSQL ${pgLabel(ctx.pgMajor)}: Patroni drops the setting`, ...at(site.entry.value) });
      } else if (verdict.kind === 'clamp') {
        out.push({ message: `${site.where}: ${verdict.reason}`, severity: 'warning', ...at(site.entry.value) });
      }
    }
    return out;
  },
};
