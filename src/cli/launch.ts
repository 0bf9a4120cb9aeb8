/**
 * What bin/patroni-plan.cjs runs: the standard streams guarded, main() from the bundle (or
 * from the modules tsc built), its exit code, and the compiled code saved for the next run.
 * scripts/bundle.mjs also builds this module into dist/bundle/cli/launch.cjs, so that the bin
 * starts as CommonJS: started as an ES module, with the two ES modules it imported, it cost
 * 12-20 ms of every cold run (Node's ES module loader brings fs/promises, readline and the
 * streams with it; docs/performance.md).
 */
import { loadCli } from './load-bundle.js';
import { guardStandardStreams } from './std-streams.js';

export async function run(argv: string[]): Promise<void> {
  // A closed pipe or a full disk on standard output: no stack trace (std-streams.ts).
  guardStandardStreams();
  const cli = await loadCli();
  process.exitCode = await cli.main(argv);
  cli.saveCache();
}
