import { bootstrapMethodFallback } from './bootstrap-method-fallback.js';
import { commandUnsplittable } from './command-unsplittable.js';
import type { Rule } from './rule.js';
import { userOptions } from './user-options.js';

/** Every rule, in the order of the catalogue (docs/rules/). */
export const RULES: readonly Rule[] = [bootstrapMethodFallback, commandUnsplittable, userOptions];
