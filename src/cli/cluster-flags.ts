/**
 * The options that reach a running cluster (--cluster and how to talk to its REST API) and
 * --patroni-env, shared by plan, diff, exec and cluster.
 */
import { Command } from 'commander';

export function addClusterFlags(c: Command, withCluster = true): Command {
  if (withCluster) c.option('--cluster <url|file>', "a running cluster: a member's REST API (http://host:8008) or a snapshot written by patroni-plan cluster -o; the plan is then the one of a new member of it");
  return c
    .option('--cacert <file>', "CA certificate of the member's REST API (default ctl.cacert, else restapi.cafile, of the configuration)")
    .option('--cert <file>', 'client certificate for the REST API (default ctl.certfile, else restapi.certfile)')
    .option('--key <file>', 'client key for the REST API (default ctl.keyfile, else restapi.keyfile)')
    .option('-k, --insecure', "do not verify the REST API's certificate (ctl.insecure)")
    .option('--rest-user <name>', 'REST API user for basic auth (default ctl.authentication, else restapi.authentication)')
    .option('--rest-password-file <file>', 'a file holding the REST API password')
    .option('--timeout <seconds>', 'give up on a member that has not answered within this many seconds (default 10)');
}

export function addPatroniEnvFlag(c: Command): Command {
  return c.option('--patroni-env <file>', 'apply the PATRONI_* variables of this env file (NAME=value lines) the way Patroni applies its environment');
}
