/**
 * A server setting the chosen PostgreSQL major knows under a new name: Patroni drops the old name (or, for
 * wal_keep_segments, converts it itself).
 */
import { renameOf } from '../facts/pg-setting-renames.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { parameterSites, pgLabel } from './server-parameter-sites.js';

export const serverSettingRenamed: Rule = {
  id: 'server-setting-renamed',
  severity: 'error',
  description: 'a server setting the chosen PostgreSQL major renamed',
  check(ctx) {
    const out: Finding[] = [];
    for (const site of parameterSites(ctx)) {
      const rename = renameOf(site.name);
      if (!rename || ctx.pgMajor < rename.major) continue;
      const head = `${site.where}: PostgreSQL ${pgLabel(ctx.pgMajor)} calls this setting ${rename.new} (renamed in ${rename.major})`;
      out.push(
        rename.convertedByPatroni
          ? { message: `${head}: Patroni converts it (${rename.convertedByPatroni}) unless ${rename.new} is set; write ${rename.new}`, severity: 'warning', ...at(site.entry.key) }
          : { message: `${head}: Patroni drops ${site.name}; write ${rename.new}`, ...at(site.entry.key) },
      );
    }
    return out;
  },
};
