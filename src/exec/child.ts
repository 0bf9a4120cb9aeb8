/**
 * Runs one argv exactly as given (no shell), with the inherited environment plus the step's,
 * streaming its output line by line. The child gets its own process group so a signal stops
 * it and everything it started, and nothing reads our terminal behind our back.
 */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Interrupt } from './interrupt.js';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the program could not be started at all. */
  error?: string;
}

export type LineSink = (stream: 'stdout' | 'stderr', line: string) => void;

/** A long line without a newline (a progress bar) is still shown, in pieces of this size. */
const MAX_LINE = 64 * 1024;
/** How long a stopped child gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5000;
/** A child that exited but left a grandchild holding its output open is not waited for longer than this. */
const CLOSE_GRACE_MS = 2000;

export class LineSplitter {
  private buffer = '';
  private readonly decoder = new StringDecoder('utf8');

  push(chunk: Buffer): string[] {
    this.buffer += this.decoder.write(chunk);
    const lines: string[] = [];
    let at: number;
    while ((at = this.buffer.indexOf('\n')) >= 0) {
      lines.push(this.buffer.slice(0, at).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(at + 1);
    }
    while (this.buffer.length > MAX_LINE) {
      lines.push(this.buffer.slice(0, MAX_LINE));
      this.buffer = this.buffer.slice(MAX_LINE);
    }
    return lines;
  }

  flush(): string[] {
    const rest = this.buffer + this.decoder.end();
    this.buffer = '';
    return rest === '' ? [] : [rest];
  }
}

export function runChild(argv: string[], env: Record<string, string>, sink: LineSink, interrupt: Interrupt, cwd?: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      ...(cwd && { cwd }),
    });
    const splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
    child.stdout!.on('data', (c: Buffer) => splitters.stdout.push(c).forEach((l) => sink('stdout', l)));
    child.stderr!.on('data', (c: Buffer) => splitters.stderr.push(c).forEach((l) => sink('stderr', l)));
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    const unsubscribe = interrupt.subscribe((force) => {
      killGroup(force ? 'SIGKILL' : 'SIGTERM');
      killTimer ??= setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
    });
    let settled = false;
    const finish = (result: ChildResult): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearTimeout(killTimer);
      for (const stream of ['stdout', 'stderr'] as const) splitters[stream].flush().forEach((l) => sink(stream, l));
      resolve(result);
    };
    child.on('error', (err: NodeJS.ErrnoException) => finish({ code: null, signal: null, error: spawnError(argv[0]!, err) }));
    child.on('exit', (code, signal) => {
      const timer = setTimeout(() => {
        child.stdout!.destroy();
        child.stderr!.destroy();
        finish({ code, signal });
      }, CLOSE_GRACE_MS);
      child.on('close', () => {
        clearTimeout(timer);
        finish({ code, signal });
      });
    });
  });
}

function spawnError(program: string, err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return `cannot run ${program}: no such file or program on PATH`;
  if (err.code === 'EACCES') return `cannot run ${program}: permission denied`;
  return `cannot run ${program}: ${err.code ?? err.message}`;
}
