import { onOutputFailure, type OutputStream } from '../output-failure.js';

/** The signals that stop a run: SIGHUP too, as when the ssh session running exec drops. */
export const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * SIGINT, SIGTERM and SIGHUP during a run: instead of dying with files and children left behind,
 * exec records the signal, tells whoever is waiting (the running child, a sleep, a wait for
 * the server) and lets the runner stop and clean up. A second signal asks for force.
 *
 * Standard output or error that cannot be written (a full disk) stops the run the same way:
 * the output is incomplete, and dying at once would leave the children and the secret files.
 */
export type InterruptListener = (force: boolean) => void;

export class Interrupt {
  signal: NodeJS.Signals | null = null;
  /** What stopped the run, for its messages ("interrupted by ..."): the signal, or the output that failed. */
  cause: string | null = null;
  private count = 0;
  private readonly listeners = new Set<InterruptListener>();
  private readonly handler = (sig: NodeJS.Signals): void => this.trigger(sig);
  private offOutputFailure: (() => void) | undefined;
  private outputBroken = false;

  get interrupted(): boolean {
    return this.cause !== null;
  }

  install(): void {
    for (const sig of STOP_SIGNALS) process.on(sig, this.handler);
    this.offOutputFailure = onOutputFailure((stream, err) => this.outputFailed(stream, err));
  }

  /**
   * A stream that failed keeps failing (a full disk stays full): the errors of the run's last
   * lines are expected then, and must not turn its exit code into the stream guard's.
   */
  uninstall(): void {
    for (const sig of STOP_SIGNALS) process.off(sig, this.handler);
    if (!this.outputBroken) this.offOutputFailure?.();
  }

  trigger(sig: NodeJS.Signals): void {
    this.signal ??= sig;
    this.stop(sig);
  }

  /** Only the first stop of any kind comes from the output: a broken stream is no request for force. */
  outputFailed(stream: OutputStream, err: NodeJS.ErrnoException): void {
    this.outputBroken = true;
    if (this.interrupted) return;
    this.stop(`standard ${stream === 'stdout' ? 'output' : 'error'} that cannot be written (${err.code ?? err.message})`);
  }

  private stop(cause: string): void {
    this.cause ??= cause;
    this.count++;
    for (const l of [...this.listeners]) l(this.count > 1);
  }

  /** Calls `fn` on every signal (at once if one already came); returns the unsubscribe. */
  subscribe(fn: InterruptListener): () => void {
    this.listeners.add(fn);
    if (this.interrupted) fn(this.count > 1);
    return () => {
      this.listeners.delete(fn);
    };
  }
}

/** Resolves after `ms`, or as soon as a signal comes; true when the full time passed. */
export function interruptibleSleep(ms: number, interrupt: Interrupt): Promise<boolean> {
  if (interrupt.interrupted) return Promise.resolve(false);
  return new Promise((resolve) => {
    let unsubscribe: () => void = () => undefined;
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(true);
    }, ms);
    unsubscribe = interrupt.subscribe(() => {
      clearTimeout(timer);
      unsubscribe();
      resolve(false);
    });
  });
}
