/**
 * Both bootstrap.post_bootstrap and bootstrap.post_init: they are two names for one hook,
 * Patroni runs post_bootstrap when it is set and never looks at post_init.
 */
import { dictEntry } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import { at } from './common.js';
import type { Rule } from './rule.js';

export const postBootstrapAndInit: Rule = {
  id: 'post-bootstrap-and-init',
  severity: 'warning',
  description: 'both bootstrap.post_bootstrap and bootstrap.post_init are set; Patroni runs only post_bootstrap',
  check(ctx) {
    const post = dictEntry(ctx.config.bootstrap, 'post_bootstrap');
    const init = dictEntry(ctx.config.bootstrap, 'post_init');
    if (!post || !init || init.value.kind === 'none') return [];
    const winner = pyTruthy(post.value) ? 'post_bootstrap' : 'post_init';
    const loser = winner === 'post_bootstrap' ? init : post;
    return [{ message: `bootstrap.post_bootstrap and bootstrap.post_init are both set: they name the same hook and Patroni runs only ${winner}; keep one`, ...at(loser.key) }];
  },
};
