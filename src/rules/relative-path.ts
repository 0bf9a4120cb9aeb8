/**
 * A relative directory or file path Patroni uses as given: data_dir is passed to pg_ctl -D
 * as is, config_dir and pgpass go through os.path.abspath, bin_dir is joined to program
 * names, raft.data_dir is opened as is (3.0.2 to 4.1.4). Each resolves against Patroni's
 * working directory, which depends on how Patroni is started.
 */
import { dictPath } from '../py/dict.js';
import { looksLikeTemplate } from '../validate/schema-message.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';

/** POSIX, or Windows (Patroni runs there too): a drive letter or a UNC path. */
const isAbsolute = (p: string): boolean => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');

const PATHS = ['postgresql.data_dir', 'postgresql.config_dir', 'postgresql.bin_dir', 'postgresql.pgpass', 'raft.data_dir'];

export const relativePath: Rule = {
  id: 'relative-path',
  severity: 'warning',
  description: 'a relative data_dir, config_dir, bin_dir, pgpass or raft.data_dir, which depends on the directory Patroni is started in',
  check(ctx) {
    const out: Finding[] = [];
    for (const path of PATHS) {
      const v = dictPath(ctx.root, ...path.split('.'));
      // A template placeholder is the schema's or nobody's to report, not a path.
      if (v?.kind !== 'str' || v.value === '' || isAbsolute(v.value) || looksLikeTemplate(v)) continue;
      const tilde = v.value.startsWith('~') ? " (Patroni does not expand '~': it is a directory named '~')" : '';
      out.push({
        message: `${path} is the relative path '${v.value}'${tilde}: Patroni resolves it against its working directory, which is / for a systemd system unit without WorkingDirectory=, the image's WORKDIR in a container and the current directory in a shell; write an absolute path`,
        ...at(v),
      });
    }
    return out;
  },
};
