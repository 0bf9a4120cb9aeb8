/** How one step ended: what steps.ts and the actions in their own files (archive-ready-wal.ts) return. */
export type StepResult =
  | { status: 'ok'; reason?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; exit_code?: number; signal?: string }
  | { status: 'interrupted'; reason: string };
