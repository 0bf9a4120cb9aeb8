/**
 * A write error on standard output or standard error (a full disk, `> /dev/full`) while a
 * command still has something to undo. The command line's stream guard (src/cli/std-streams.ts)
 * ends the process on such an error, unless a handler registered here takes it: exec does for
 * the length of a run, so that it stops its children and removes its secret files first.
 *
 * The handlers live on `process` under a registered symbol, not in this module: the guard and
 * exec are built into separate bundles (scripts/bundle.mjs), each with its own copy of this
 * module, and both must see the same handlers.
 */
export type OutputStream = 'stdout' | 'stderr';
export type OutputFailureHandler = (stream: OutputStream, err: NodeJS.ErrnoException) => void;

const HANDLERS = Symbol.for('patroni-plan.output-failure-handlers');

function handlers(): Set<OutputFailureHandler> {
  const holder = process as unknown as Record<symbol, Set<OutputFailureHandler> | undefined>;
  return (holder[HANDLERS] ??= new Set());
}

/** Registers a handler; returns the function that removes it. */
export function onOutputFailure(handler: OutputFailureHandler): () => void {
  handlers().add(handler);
  return () => {
    handlers().delete(handler);
  };
}

/** Passes the error to the registered handlers; false when there is none, so the caller ends the process itself. */
export function passOutputFailure(stream: OutputStream, err: NodeJS.ErrnoException): boolean {
  const all = [...handlers()];
  for (const handler of all) handler(stream, err);
  return all.length > 0;
}
