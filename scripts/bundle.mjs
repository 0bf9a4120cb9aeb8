// `npm run build`, after tsc: the command line as a few pre-built CommonJS files under
// dist/bundle/cli/, which bin/patroni-plan.cjs runs (through launch.cjs).
// Loading ~85 ES modules and ~80 CommonJS files of the dependencies was three quarters of a
// cold lint; one file, minified and compiled from a cache, is a fraction of that
// (docs/performance.md).
//
// - patroni-plan.cjs: everything `lint`, `plan` and `rules` need.
// - exec-command.cjs, diff-command.cjs, schema-command.cjs, lint-fix.cjs, cluster-command.cjs: read only when that
//   command (or lint --fix) runs.
//   They take diagnostic.ts, load/read-input.ts and cli/output-file.ts from patroni-plan.cjs instead of a
//   copy of their own, so that the error classes they throw are the ones main() recognises.
// - lint-worker.cjs: a worker thread of `lint --jobs`, on its own.
// - launch.cjs: what bin/patroni-plan.cjs requires; it loads patroni-plan.cjs (src/cli/launch.ts).
// CommonJS, not ES modules: Node 20 can compile a script from V8's code cache (vm.Script
// cachedData), not an ES module. Source maps are linked so that `node --enable-source-maps`
// stack traces and coverage point at src/.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle/cli`;
const CORE = 'patroni-plan.cjs';
const LAZY = ['exec-command', 'diff-command', 'schema-command', 'lint-fix', 'cluster-command'];
/** Modules the lazy bundles take from the core bundle, by the name the core entry exports them under. */
const SHARED = { [`${root}src/diagnostic.ts`]: 'diagnostic', [`${root}src/load/read-input.ts`]: 'io', [`${root}src/cli/output-file.ts`]: 'output' };

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  outdir: out,
  outExtension: { '.js': '.cjs' },
  // import() of a lazy bundle becomes require(): a script compiled with vm.Script has no
  // module loader for import().
  supported: { 'dynamic-import': false },
  // The sources read files beside them (`new URL('../../../schema/...', import.meta.url)`):
  // dist/bundle/cli/ is as deep as dist/src/<dir>/, so the same relative URLs hold.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: '"use strict";var __bundle_url=require("url").pathToFileURL(__filename).href;' },
};

/** In the core bundle: each lazy command stays a file of its own. */
const lazyCommands = {
  name: 'lazy-commands',
  setup(b) {
    const names = LAZY.join('|');
    b.onResolve({ filter: new RegExp(`^\\./(${names})\\.js$`) }, (a) => ({ path: a.path.replace(/\.js$/, '.cjs'), external: true }));
  },
};

/** In a lazy bundle: the shared modules come from the core bundle. */
const sharedFromCore = {
  name: 'shared-from-core',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\./${CORE.replace('.', '\\.')}$`) }, (a) => ({ path: a.path, external: true }));
    b.onResolve({ filter: /\.js$/ }, (a) => {
      const ts = resolve(a.resolveDir, a.path).replace(/\.js$/, '.ts');
      return SHARED[ts] ? { path: SHARED[ts], namespace: 'shared' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'shared' }, (a) => ({ contents: `module.exports = require('./${CORE}').${a.path};`, loader: 'js' }));
  },
};

/**
 * commander requires child_process at load for executable subcommands, which patroni-plan does not have; Node
 * compiles child_process (and net) on first use, several milliseconds of every cold start. In the bundle,
 * commander's child_process is loaded only if a property of it is ever read.
 */
const commanderChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (/[\\/]node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'commander-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'commander-child-process' }, () => ({
      contents: 'let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require("node:child_process"))[key] });',
      loader: 'js',
    }));
  },
};

/**
 * The yaml package asks `require('process').env` for its debug switches LOG_TOKENS and LOG_STREAM at every token
 * (yaml 2.x parse/parser.js, compose/composer.js); on Node 20 each read of process.env is a call into C++, a
 * quarter of what lexing and parsing cost (docs/performance.md). In the bundle, its `process` is the real one with
 * the two switches read once, at start.
 */
const yamlProcess = {
  name: 'yaml-process-snapshot',
  setup(b) {
    b.onResolve({ filter: /^process$/ }, (a) => (/[\\/]node_modules[\\/]yaml[\\/]/.test(a.importer) ? { path: 'process', namespace: 'yaml-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'yaml-process' }, () => ({
      contents: 'const p = require("node:process"); module.exports = { env: { LOG_TOKENS: p.env.LOG_TOKENS, LOG_STREAM: p.env.LOG_STREAM }, emitWarning: (...a) => p.emitWarning(...a) };',
      loader: 'js',
    }));
  },
};

/** In every bundle: what the dependencies load, made cheaper. */
const startUp = [yamlProcess, commanderChildProcess];

rmSync(out, { recursive: true, force: true });
await build({ ...common, entryPoints: { 'patroni-plan': `${root}src/cli/bundle-core.ts` }, plugins: [...startUp, lazyCommands] });
await build({ ...common, entryPoints: Object.fromEntries(LAZY.map((n) => [n, `${root}src/cli/${n}.ts`])), plugins: [...startUp, sharedFromCore] });
// What the bin runs first (src/cli/launch.ts): small, and CommonJS, so that Node does not start it as an ES module.
// Its fallback to the modules tsc built (load-bundle.ts) is never taken beside the bundle: left out.
const mainFromTsc = { name: 'main-from-tsc', setup: (b) => b.onResolve({ filter: /^\.\/main\.js$/ }, (a) => ({ path: a.path, external: true })) };
await build({ ...common, entryPoints: { launch: `${root}src/cli/launch.ts` }, plugins: [...startUp, mainFromTsc] });
// A worker thread of `lint --jobs` has a module registry of its own: nothing to share.
await build({ ...common, entryPoints: { 'lint-worker': `${root}src/cli/lint-worker.ts` }, plugins: startUp });
// The library for CommonJS callers (package.json `exports` → require): src/index.ts as one CommonJS file, its
// dependencies left to `require` from node_modules. ES module callers get dist/src/index.js, which tsc built.
// dist/bundle/lib/ is as deep as dist/bundle/cli/, so the sources' relative URLs to schema/ hold here too.
const lib = `${root}dist/bundle/lib`;
rmSync(lib, { recursive: true, force: true });
await build({ ...common, outdir: lib, minify: false, packages: 'external', entryPoints: { index: `${root}src/index.ts` } });
// Its types are those of the ES module entry point; a .d.cts is read as CommonJS by TypeScript's node16 resolution.
writeFileSync(`${lib}/index.d.cts`, "export * from '../../src/index.js';\n");
