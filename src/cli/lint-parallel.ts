/**
 * `lint --jobs N`: the paths spread over worker threads, each linting one path at a time with
 * lintFile(), the results put back in the order of the paths, so that the report is the same
 * bytes as with --jobs 1. Workers start only when there are enough paths to pay for their
 * start-up (each loads the linter anew, tens of milliseconds).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { InputError, UsageError, type Diagnostic } from '../diagnostic.js';
import { UnreadableInput } from '../load/read-input.js';
import { lintFile, type LintedFile, type LintFileContext } from './lint-file.js';

/** Below this many paths per worker, one thread is as fast. */
const PATHS_PER_WORKER = 100;
/** Paths sent to a worker at a time: few messages, and a slow path does not hold up the rest. */
const BATCH = 25;

/** lintFile() for each path, in order: on this thread, or on workers when --jobs and the number of paths make it pay. */
export async function lintPaths(paths: readonly string[], ctx: LintFileContext, jobs: string | undefined): Promise<LintedFile[]> {
  const workers = workersFor(paths, parseJobs(jobs));
  if (workers > 0) return lintInWorkers(paths, ctx, workers);
  const out: LintedFile[] = [];
  for (const path of paths) out.push(await lintFile(path, ctx));
  return out;
}

/** --jobs N: a whole number from 1; the number of cores when not given. */
export function parseJobs(jobs: string | undefined): number {
  if (jobs === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`--jobs takes a whole number from 1, not '${jobs}'`);
  return Number(jobs);
}

/** How many workers `lint` uses for these paths: 0 to lint on this thread. */
export function workersFor(paths: readonly string[], jobs: number): number {
  if (jobs < 2 || paths.includes('-')) return 0;
  const n = Math.min(jobs, Math.floor(paths.length / PATHS_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** An error a worker met, as data: rebuilt as the same class on this side. */
export interface WorkerError {
  kind: 'UnreadableInput' | 'UsageError' | 'InputError' | 'Error';
  message: string;
  diagnostics?: Diagnostic[];
}

export type WorkerResult = LintedFile | { error: WorkerError };

export function toWorkerError(err: unknown): WorkerError {
  if (err instanceof UnreadableInput) return { kind: 'UnreadableInput', message: err.message };
  if (err instanceof UsageError) return { kind: 'UsageError', message: err.message };
  if (err instanceof InputError) return { kind: 'InputError', message: err.message, diagnostics: err.diagnostics };
  return { kind: 'Error', message: err instanceof Error ? err.message : String(err) };
}

function fromWorkerError(e: WorkerError): Error {
  if (e.kind === 'UnreadableInput') return new UnreadableInput(e.message);
  if (e.kind === 'UsageError') return new UsageError(e.message);
  if (e.kind === 'InputError') return new InputError(e.diagnostics ?? []);
  return new Error(e.message);
}

/** lintFile() for each path on `workers` threads; throws, as one thread would, the error of the first path that failed. */
export async function lintInWorkers(paths: readonly string[], ctx: LintFileContext, workers: number): Promise<LintedFile[]> {
  const results: WorkerResult[] = new Array(paths.length);
  let next = 0;
  const script = new URL(import.meta.url.endsWith('.cjs') ? './lint-worker.cjs' : './lint-worker.js', import.meta.url);
  // loaded here, not at the top: most runs lint a few files on this thread, and the module costs a cold start
  // a few milliseconds (Node compiles it on first use)
  const { Worker } = await import('node:worker_threads');
  const started: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: workers }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(script, { workerData: ctx });
          started.push(worker);
          const feed = (): void => {
            if (next >= paths.length) return resolve();
            const from = next;
            next = Math.min(paths.length, next + BATCH);
            worker.postMessage({ from, paths: paths.slice(from, next) });
          };
          worker.on('message', (m: { from: number; results: WorkerResult[] }) => {
            m.results.forEach((r, i) => (results[m.from + i] = r));
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`a lint worker stopped (exit ${code})`)));
          feed();
        }),
      ),
    );
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
  return results.map((r) => {
    if ('error' in r) throw fromWorkerError(r.error);
    return r;
  });
}
