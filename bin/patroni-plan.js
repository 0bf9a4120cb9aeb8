#!/usr/bin/env node
import { loadCli } from '../dist/src/cli/load-bundle.js';

// A reader that stops early (`patroni-plan rules | head -1`) closes the pipe; what is left to
// write has nowhere to go, so it is dropped and the command still exits with its own code,
// instead of Node's unhandled EPIPE error and stack trace.
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (!CLOSED.has(err.code)) throw err;
  });
}

// The pre-built bundle when there is one (dist/src/cli/load-bundle.js says how it is cached).
const cli = await loadCli();
process.exitCode = await cli.main(process.argv.slice(2));
cli.saveCache();
