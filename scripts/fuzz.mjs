#!/usr/bin/env node
// The long fuzz run (`npm run fuzz`): the property tests of test/fuzz with many cases.
// FUZZ_RUNS sets the count (default 20,000; `npm test` runs 60), FUZZ_SEED replays a failure.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '20000' };
console.log(`fuzz: ${env.FUZZ_RUNS} cases per property${env.FUZZ_SEED ? `, seed ${env.FUZZ_SEED}` : ''}`);
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'dist/test/fuzz/'], { stdio: 'inherit', env });
process.exitCode = r.status ?? 1;
