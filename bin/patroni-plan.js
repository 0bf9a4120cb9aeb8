#!/usr/bin/env node
import { guardStandardStreams } from '../dist/src/cli/std-streams.js';
import { loadCli } from '../dist/src/cli/load-bundle.js';

// A closed pipe or a full disk on standard output: no stack trace (src/cli/std-streams.ts).
guardStandardStreams();

// The pre-built bundle when there is one (dist/src/cli/load-bundle.js says how it is cached).
const cli = await loadCli();
process.exitCode = await cli.main(process.argv.slice(2));
cli.saveCache();
