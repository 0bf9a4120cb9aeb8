/**
 * Sections of a configuration Patroni never reads: method sections nothing selects and keys
 * the chosen release no longer reads. A schema error inside one would be noise beside the
 * one finding about the section, so the validate stage leaves them out (only while the rule
 * that reports the section is on, so the mistake is never silenced altogether).
 */
import { removedKeys } from './deprecated-key.js';
import type { RuleContext } from './rule.js';
import { unusedSections } from './unused-method-section.js';

export function unreadSections(ctx: RuleContext, enabled: (ruleId: string) => boolean): string[][] {
  return [...(enabled('unused-method-section') ? unusedSections(ctx).map((s) => s.path) : []), ...(enabled('deprecated-key') ? removedKeys(ctx) : [])];
}
