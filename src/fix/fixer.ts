/**
 * What a fixable check provides: for the configuration as it is, the repairs it is sure of.
 * A fix names the finding it repairs (rule id and position), so only what lint reports
 * (enabled, not suppressed) is ever repaired.
 */
import type { Document } from 'yaml';
import type { RuleContext } from '../rules/rule.js';
import type { TextEdit } from './text-edit.js';

export interface FixContext extends RuleContext {
  /** The text of the file being fixed (ctx.file). */
  text: string;
  /** The same text as the `yaml` package reads it, nodes with their ranges and CST tokens. */
  doc: Document.Parsed;
}

export interface Fix {
  ruleId: string;
  /** The position lint reports the finding at. */
  line: number;
  col: number;
  /** What the fix does, in a few words: "renamed no_master to no_leader". */
  description: string;
  edits: TextEdit[];
}

export interface Fixer {
  ruleId: string;
  fixes(ctx: FixContext): Fix[];
}
