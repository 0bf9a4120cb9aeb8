/**
 * The child of cli-batch.ts: jobs as JSON on standard input, results as JSON on standard output.
 * `node --test` runs every file under test/ as a test, this one too: without the flag it
 * does nothing, instead of waiting for jobs that never come.
 */
import { readFileSync } from 'node:fs';
import { main } from '../src/cli/main.js';
import { RUN_JOBS_FLAG, type Job, type JobResult } from './cli-batch.js';

if (process.argv.includes(RUN_JOBS_FLAG)) {
  const jobs = JSON.parse(readFileSync(0, 'utf8')) as Job[];
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job));
  process.stdout.write(JSON.stringify(results));
}

async function runJob(job: Job): Promise<JobResult> {
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const captured: string[] = [];
  const capture = ((chunk: string | Uint8Array) => captured.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stdout.write = capture;
  process.stderr.write = capture;
  let code: number;
  try {
    code = await main(job.args);
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
  const all = captured.join('');
  return { args: job.args, code, shown: job.tokens.filter((t) => all.includes(t)), nul: all.includes('\u0000'), stderr: code === 70 ? all : '', ...(job.keepOutput && { output: all }) };
}
