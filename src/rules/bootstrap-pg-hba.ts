/**
 * bootstrap.pg_hba is appended to the pg_hba.conf initdb wrote only when Patroni does not
 * manage that file itself: ConfigHandler.append_pg_hba (3.0.2 to 4.1.4) skips it when
 * postgresql.pg_hba (local or from bootstrap.dcs) or parameters.hba_file is set.
 */
import { dictEntry, dictGet } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';

export const bootstrapPgHba: Rule = {
  id: 'bootstrap-pg-hba',
  severity: 'warning',
  description: 'bootstrap.pg_hba that Patroni ignores because postgresql.pg_hba or parameters.hba_file is set',
  check(ctx) {
    const entry = dictEntry(dictGet(ctx.root, 'bootstrap'), 'pg_hba');
    if (!entry) return [];
    const pg = ctx.config.postgresql;
    const pgHba = dictGet(pg, 'pg_hba');
    const hbaFile = dictGet(dictGet(pg, 'parameters'), 'hba_file');
    const winner = pgHba && pyTruthy(pgHba) ? 'postgresql.pg_hba' : hbaFile && pyTruthy(hbaFile) ? 'postgresql.parameters.hba_file' : undefined;
    if (!winner) return [];
    const out: Finding = {
      message: `bootstrap.pg_hba is ignored: ${winner} is set, and Patroni appends bootstrap.pg_hba to pg_hba.conf only when neither postgresql.pg_hba nor hba_file is; ${winner} wins, so move these lines there`,
      ...at(entry.key),
    };
    return [out];
  },
};
