/**
 * replica-method-section fix: a replica method whose section was written under `bootstrap`,
 * `bootstrap.dcs` or at the top level moves to the postgresql section that lists the method.
 * Only when exactly one such misplaced section exists, bootstrap.method does not use it, and
 * it has no key that only a bootstrap method reads (keep_existing_recovery_conf,
 * recovery_conf): in a replica section those would become --key=value arguments.
 */
import { bootstrapMethod, replicaMethods } from '../rules/common.js';
import { dictGet } from '../py/dict.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { blockMapAtPath, sectionPair, valueAt } from './method-section.js';
import { movePairEdits } from './move-pair.js';
import { inFile } from './yaml-nodes.js';

const BOOTSTRAP_ONLY_KEYS = ['keep_existing_recovery_conf', 'recovery_conf'];

export const replicaMethodSectionFixer: Fixer = {
  ruleId: 'replica-method-section',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    const seen = new Set<string>();
    for (const m of replicaMethods(ctx)) {
      if (m.name === 'basebackup' || seen.has(m.name) || m.where.includes('standby_cluster') || !inFile(m.value.span, ctx.file)) continue;
      seen.add(m.name);
      if (dictGet(ctx.config.postgresql, m.name) !== undefined || bootstrapMethod(ctx)?.name === m.name) continue;
      const misplaced = [['bootstrap', m.name], ['bootstrap', 'dcs', m.name], [m.name]].filter((p) => valueAt(ctx, p)?.kind === 'dict');
      const section = misplaced.length === 1 ? sectionPair(ctx, misplaced[0]!) : undefined;
      if (!section || section.keys.some((k) => BOOTSTRAP_ONLY_KEYS.includes(k))) continue;
      const targetPath = m.where.split('.').slice(0, -1);
      const target = blockMapAtPath(ctx, targetPath);
      const edits = target && movePairEdits(ctx.text, section.pair, target, section.holder);
      if (edits) out.push({ ruleId: 'replica-method-section', line: m.value.span.line, col: m.value.span.col, description: `moved ${misplaced[0]!.join('.')} to ${targetPath.join('.')}.${m.name}`, edits });
    }
    return out;
  },
};

