#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
import { guardStandardStreams } from '../dist/src/cli/std-streams.js';

// A closed pipe or a full disk on standard output: no stack trace (src/cli/std-streams.ts).
guardStandardStreams();

process.exitCode = await main(process.argv.slice(2));
