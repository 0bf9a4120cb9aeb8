/**
 * Keys `patroni --validate-config` requires that the configuration does not set, with what
 * Patroni itself does without each where its code says (missing-key-runtime.ts): some it
 * cannot run without, others it falls back on. A warning, not an error: Patroni also reads
 * most of them from PATRONI_* environment variables (lint --patroni-env applies those first).
 */
import { REQUIRED_KEYS, type RequiredKey } from '../facts/patroni-validate-config.js';
import { dictEntry, dictGet, dictHas } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { at, releasedBy } from './common.js';
import { runtimeWithout } from './missing-key-runtime.js';
import type { Finding, Rule, RuleContext } from './rule.js';

function sectionOf(ctx: RuleContext, path: string): { value: PyValue | undefined; key?: PyValue } {
  if (path === '') return { value: ctx.root };
  const parts = path.split('.');
  let value: PyValue | undefined = ctx.root;
  let key: PyValue | undefined;
  for (const p of parts) {
    const entry = dictEntry(value, p);
    value = entry?.value;
    key = entry?.key;
  }
  return { value, key };
}

/** The pre-`authentication` layout (postgresql.replication / superuser) still counts: Patroni moves it. */
function legacyAuthentication(ctx: RuleContext, req: RequiredKey): boolean {
  if (req.section !== 'postgresql' || req.anyOf[0] !== 'authentication') return false;
  const pg = dictGet(ctx.root, 'postgresql');
  return dictHas(pg, 'replication') || dictHas(pg, 'superuser');
}

function applies(ctx: RuleContext, req: RequiredKey): boolean {
  return (!req.since || releasedBy(req.since, ctx.patroni)) && !(req.until && releasedBy(req.until, ctx.patroni));
}

export const missingKey: Rule = {
  id: 'missing-key',
  severity: 'warning',
  description: 'a key patroni --validate-config requires that is not set, with what Patroni itself does without it',
  check(ctx) {
    const out: Finding[] = [];
    for (const req of REQUIRED_KEYS) {
      if (!applies(ctx, req)) continue;
      const { value, key } = sectionOf(ctx, req.section);
      if (value?.kind !== 'dict' || req.anyOf.some((k) => dictHas(value, k)) || legacyAuthentication(ctx, req)) continue;
      const path = req.anyOf.length === 1 ? `${req.section ? `${req.section}.` : ''}${req.anyOf[0]}` : req.section === '' ? 'dcs' : req.section;
      const names = req.anyOf.length === 1 ? `${path} is not set` : `${req.section ? `${req.section} has` : 'there is'} none of ${req.anyOf.join(', ')}`;
      const env = req.env ? ` (or set ${req.env} in its environment)` : '';
      const runtime = runtimeWithout(ctx, path);
      out.push({ message: `${names}: patroni --validate-config requires it${env}${runtime ? `; ${runtime}` : ''}`, ...at(key) });
    }
    return out;
  },
};
