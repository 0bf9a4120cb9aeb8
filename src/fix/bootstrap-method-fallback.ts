/**
 * bootstrap-method-fallback fix: bootstrap.method names a section that was written under
 * `postgresql` (where replica methods live); it moves to `bootstrap`. Only when no replica
 * method list names it (then it is a replica section too) and it holds nothing but
 * `command` and `no_params`: any other key is given to the command as --key=value in both
 * places, except the keys each kind of method reads itself, which would change meaning.
 */
import { bootstrapMethod, replicaMethods } from '../rules/common.js';
import { dictGet } from '../py/dict.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { blockMapAtPath, sectionPair } from './method-section.js';
import { movePairEdits } from './move-pair.js';
import { inFile } from './yaml-nodes.js';

const MOVABLE_KEYS = ['command', 'no_params'];

export const bootstrapMethodFallbackFixer: Fixer = {
  ruleId: 'bootstrap-method-fallback',
  fixes(ctx: FixContext): Fix[] {
    const method = bootstrapMethod(ctx);
    if (!method || !inFile(method.value.span, ctx.file) || dictGet(ctx.config.bootstrap, method.name) !== undefined) return [];
    if (replicaMethods(ctx).some((m) => m.name === method.name)) return [];
    const section = sectionPair(ctx, ['postgresql', method.name]);
    if (!section || !section.keys.includes('command') || section.keys.some((k) => !MOVABLE_KEYS.includes(k))) return [];
    const target = blockMapAtPath(ctx, ['bootstrap']);
    const edits = target && movePairEdits(ctx.text, section.pair, target, section.holder);
    return edits ? [{ ruleId: 'bootstrap-method-fallback', line: method.value.span.line, col: method.value.span.col, description: `moved postgresql.${method.name} to bootstrap.${method.name}`, edits }] : [];
  },
};
