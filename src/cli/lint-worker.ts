/** A worker thread of `lint --jobs` (lint-parallel.ts): lints the batches of paths it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type LintFileContext } from './lint-file.js';
import { toWorkerError, type WorkerResult } from './lint-parallel.js';

const ctx = workerData as LintFileContext;

parentPort!.on('message', async (batch: { from: number; paths: string[] }) => {
  const results: WorkerResult[] = [];
  for (const path of batch.paths) {
    try {
      results.push(await lintFile(path, ctx));
    } catch (err) {
      results.push({ error: toWorkerError(err) });
    }
  }
  parentPort!.postMessage({ from: batch.from, results });
});
