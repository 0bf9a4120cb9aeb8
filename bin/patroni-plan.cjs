#!/usr/bin/env -S node --
'use strict';
// `node --` in the first line: Node reads no option after it, so an `--env-file` among the
// arguments (which Node 20 reads even after the script name, applying the NODE_OPTIONS of
// the file) is patroni-plan's to refuse. env -S splits that line (docs/security.md).
// CommonJS on purpose: Node starts an ES module entry point through its ES module loader,
// milliseconds of every run (src/cli/launch.ts says how many). The launcher is the pre-built
// one when the bundle is there (npm run build), the module tsc built otherwise.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundled = join(__dirname, '..', 'dist', 'bundle', 'cli', 'launch.cjs');
const launcher = existsSync(bundled) ? Promise.resolve(require(bundled)) : import('../dist/src/cli/launch.js');
launcher.then((m) => m.run(process.argv.slice(2)));
