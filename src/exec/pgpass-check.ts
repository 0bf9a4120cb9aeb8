/**
 * The pgpass file: Patroni writes postgresql.pgpass in place, over whatever is there. Exec
 * does not: it writes only a file it creates (see run-state.ts), so a file already at that
 * path (the user's own pgpass, a link, anything) is refused before the first step.
 */
import { lstatSync } from 'node:fs';
import { branchSteps } from './branch.js';
import type { ExecContext } from './context.js';

export function pgpassProblem(ctx: ExecContext): string | undefined {
  const writes = branchSteps(ctx.plan, ctx.branch).some((s) => s.action === 'write_file' && s.path !== undefined && ctx.resolver.text(s.path) === ctx.pgpass);
  if (!writes) return undefined;
  let kind: string;
  try {
    const st = lstatSync(ctx.pgpass);
    kind = st.isSymbolicLink() ? 'a symlink' : st.isFile() ? 'a file' : 'something that is not a file';
  } catch {
    return undefined;
  }
  return (
    `the pgpass file ${ctx.pgpass} (postgresql.pgpass) exists and is ${kind}: Patroni would overwrite it in place, ` +
    `but exec writes secrets only into a file it creates, and never follows a link: move it away, or set postgresql.pgpass to a path that does not exist yet`
  );
}
