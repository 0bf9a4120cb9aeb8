/**
 * patroni-plan's command line. Exit codes: 0 clean, 1 findings (or a config that cannot be
 * planned), 2 usage errors and unreadable input. Never a stack trace for bad input.
 * `exec` has its own: 0 success, 1 the branch failed, 2 usage or refused plan, 130 interrupted.
 */
import { Command, CommanderError, Option } from 'commander';
import { formatDiagnostic, InputError, UsageError } from '../diagnostic.js';
import { addClusterFlags, addPatroniEnvFlag } from './cluster-flags.js';
import { addLintCommands } from './lint-program.js';
import { toolVersion } from './version.js';

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

function program(setCode: (n: number) => void): Command {
  const cmd = new Command('patroni-plan')
    .description('Compile a Patroni configuration into the exact commands Patroni runs to bootstrap a cluster or build a replica')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .option('-V, --version', "print patroni-plan's version and exit");
  // Not commander's .version(): that wants the string before parsing, a file read on every start.
  cmd.on('option:version', () => {
    const version = toolVersion();
    process.stdout.write(`${version}\n`);
    throw new CommanderError(0, 'commander.version', version);
  });
  const versions = (c: Command): Command =>
    c
      .option('--patroni-version <X.Y>', 'Patroni version: 3.0, 3.3, 4.0, 4.1 (default 4.1) or a release like 4.0.8')
      .option('--pg-version <N>', 'PostgreSQL major version: 9.6, 10 ... 18 (default 17)');
  addLintCommands(cmd, versions, setCode);
  const plan = versions(cmd.command('plan').description('print the execution plan of one node').argument('[file]', 'config file or directory; - or none reads standard input'))
    .option('--clone-from <url>', 'member to clone from as in the DCS (postgres://host:port/dbname), or none (with --cluster: the member Patroni would pick)');
  addPatroniEnvFlag(addClusterFlags(plan))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the plan to a file (all or nothing) instead of standard output')
    .action(async (file: string | undefined, opts) => setCode(await (await import('./plan-command.js')).runPlan(file ?? '-', opts)));
  const diff = versions(cmd.command('diff').description('compare two plans: OLD NEW, --git REV FILE, or FILE with --to-patroni-version/--to-pg-version (exit 0 same, 1 different, 2 error)').argument('[files...]', 'OLD NEW config files, or one FILE'))
    .option('--git <rev>', 'compare FILE as it is at this git revision with the working tree')
    .option('--to-patroni-version <X.Y>', 'upgrade impact: the Patroni version of the new side')
    .option('--to-pg-version <N>', 'upgrade impact: the PostgreSQL major version of the new side')
    .option('--clone-from <url>', 'member to clone from as in the DCS (postgres://host:port/dbname), or none')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--color', 'colour the text output even when it is not a terminal')
    .option('--no-color', 'never colour the text output (NO_COLOR in the environment does the same)')
    .option('-o, --output <file>', 'write the diff to a file (all or nothing) instead of standard output');
  addPatroniEnvFlag(addClusterFlags(diff)).action(async (files: string[], opts) => setCode(await (await import('./diff-command.js')).runDiff(files, opts)));
  addClusterFlags(cmd.command('cluster').description("print a snapshot of a running cluster (GET /config, /cluster, /patroni of one member) for plan/lint/diff/exec --cluster").argument('<url>', "a member's REST API, e.g. http://10.0.0.11:8008"), false)
    .option('--config <file>', 'a Patroni configuration whose ctl and restapi sections say how to reach the member (TLS, credentials)')
    .option('-o, --output <file>', 'write the snapshot to a file (all or nothing) instead of standard output')
    .action(async (url: string, opts) => setCode(await (await import('./cluster-command.js')).runCluster(url, opts)));
  cmd.command('schema').description('print the JSON Schema of the Patroni configuration').option('--plan', 'print the JSON Schema of the plan instead').option('--cluster', 'print the JSON Schema of a cluster snapshot (patroni-plan cluster) instead').action(async (opts) => setCode((await import('./schema-command.js')).runSchema(opts)));
  const exec = versions(cmd.command('exec').description('run one branch of a plan on this machine: a rehearsal of what Patroni would run (docs/exec.md)').argument('<file>', 'a plan JSON (plan --format json) or a config file or directory; - reads standard input'))
    .addOption(new Option('--branch <branch>', 'the branch to run').choices(['bootstrap', 'replica', 'rejoin']).makeOptionMandatory())
    .option('--clone-from <url>', 'member to clone from (postgres://host:port/dbname), or none; needed by a replica plan that names its source symbolically')
    .option('--config <file>', 'for a plan JSON: the configuration to read secrets from (default: the config_files the plan names)')
    .option('--start', 'start PostgreSQL with pg_ctl where the plan starts it (otherwise exec waits for you to start it, when a later step needs it)')
    .option('--start-timeout <seconds>', 'how long to wait for PostgreSQL to accept connections', '120')
    .option('--keep-pgpass', 'leave the pgpass file the run wrote in place (kept anyway for a standby exec started: it reconnects with it)')
    .option('--create-slot', 'replica: create the slot primary_slot_name names on the primary, as Patroni\'s leader does')
    .option('--allow-wipe <dir>', 'let exec remove this non-empty data directory although it cannot prove it is a cluster of this configuration (repeatable)', (dir: string, all: string[] = []) => [...all, dir])
    .option('--dry-run', 'print what would be done and touch nothing')
    .addOption(new Option('--log-format <format>', 'progress lines for people, or one JSON object per event').choices(['text', 'json']).default('text'));
  addPatroniEnvFlag(addClusterFlags(exec)).action(async (file: string, opts) => setCode(await (await import('./exec-command.js')).runExecCommand(file, opts)));
  return cmd;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.clean;
  try {
    await program((n) => (code = n)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.clean : EXIT.usage;
    // io.js loads the YAML reader; only the commands that read input need it at start-up.
    if (err instanceof UsageError || err instanceof (await import('../load/read-input.js')).UnreadableInput || err instanceof (await import('./output-file.js')).UnwritableOutput) {
      process.stderr.write(`patroni-plan: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      process.stderr.write(err.diagnostics.map((d) => formatDiagnostic(d) + '\n').join(''));
      return EXIT.findings;
    }
    process.stderr.write(`patroni-plan: internal error: ${(err as Error).message}\nPlease report this with the input that caused it.\n`);
    return 70;
  }
}
