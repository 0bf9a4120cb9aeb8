/**
 * pg_rewind refuses a source server with full_page_writes off ("full_page_writes must be enabled
 * in the source server", every PostgreSQL 9.6-18). Every member is a rewind source after a
 * failover, so use_pg_rewind with full_page_writes off never rewinds.
 */
import { serverParameters } from '../plan/server-parameters.js';
import { dictPath } from '../py/dict.js';
import { at } from './common.js';
import type { Rule } from './rule.js';
import { rejoinOption } from './rejoin-options.js';

const FALSE_WORDS = new Set(['off', 'false', 'no', '0']);

export const rewindFullPageWrites: Rule = {
  id: 'rewind-full-page-writes',
  severity: 'error',
  description: 'use_pg_rewind with full_page_writes off: pg_rewind refuses such a source server',
  check(ctx) {
    const rewind = rejoinOption(ctx, 'use_pg_rewind');
    if (!rewind.on) return [];
    const conf = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false }).conf;
    const value = Object.entries(conf).find(([k]) => k.toLowerCase() === 'full_page_writes')?.[1];
    if (value === undefined || !FALSE_WORDS.has(value.toLowerCase())) return [];
    const where = dictPath(ctx.root, 'postgresql', 'parameters', 'full_page_writes') ?? dictPath(ctx.root, 'bootstrap', 'dcs', 'postgresql', 'parameters', 'full_page_writes');
    return [{
      message: 'use_pg_rewind is on, but full_page_writes is off: pg_rewind refuses a source server without full page writes ("full_page_writes must be enabled in the source server"), so after a failover the former primary is never rewound; remove full_page_writes: off (it protects against torn pages too)',
      ...at(where ?? rewind.value),
    }];
  },
};
