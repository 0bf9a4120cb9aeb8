/**
 * The entry of the command line's core bundle (scripts/bundle.mjs): main(), and the modules
 * the lazily loaded command bundles (exec, diff, schema, lint --fix) take from it rather than carry a
 * copy, so that `instanceof UsageError` in main() holds for what they throw.
 */
export { main } from './main.js';
export * as diagnostic from '../diagnostic.js';
export * as io from '../load/read-input.js';
export * as output from './output-file.js';
