/**
 * `patroni-plan cluster URL`: the snapshot of a running cluster (GET /config, /cluster,
 * /patroni of one member), for `--cluster STATE.json` where the cluster is out of reach.
 */
import { loadInput } from '../load/read-input.js';
import { writeOutputFile } from './output-file.js';
import { readClusterOption } from './plan-input.js';
import type { RestFlags } from '../cluster/rest-options.js';
import { renderSnapshot } from '../cluster/snapshot.js';
import { UsageError } from '../diagnostic.js';

export interface ClusterCommandOptions extends RestFlags {
  /** A configuration whose ctl/restapi sections say how to reach the member. */
  config?: string;
  output?: string;
}

export async function runCluster(url: string, opts: ClusterCommandOptions): Promise<number> {
  if (!/^https?:\/\//i.test(url)) throw new UsageError(`cluster takes a member's REST API address like http://10.0.0.11:8008, not '${url}'`);
  const root = opts.config === undefined ? undefined : loadInput(opts.config).root ?? undefined;
  const text = renderSnapshot(await readClusterOption(url, root, opts));
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return 0;
}
