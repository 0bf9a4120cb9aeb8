/** The signals that stop a run: SIGHUP too, as when the ssh session running exec drops. */
export const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * SIGINT, SIGTERM and SIGHUP during a run: instead of dying with files and children left behind,
 * exec records the signal, tells whoever is waiting (the running child, a sleep, a wait for
 * the server) and lets the runner stop and clean up. A second signal asks for force.
 */
export type InterruptListener = (force: boolean) => void;

export class Interrupt {
  signal: NodeJS.Signals | null = null;
  private count = 0;
  private readonly listeners = new Set<InterruptListener>();
  private readonly handler = (sig: NodeJS.Signals): void => this.trigger(sig);

  get interrupted(): boolean {
    return this.signal !== null;
  }

  install(): void {
    for (const sig of STOP_SIGNALS) process.on(sig, this.handler);
  }

  uninstall(): void {
    for (const sig of STOP_SIGNALS) process.off(sig, this.handler);
  }

  trigger(sig: NodeJS.Signals): void {
    this.signal ??= sig;
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
