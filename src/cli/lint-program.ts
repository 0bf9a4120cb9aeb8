/**
 * The `lint` and `rules` commands of the command line. Their modules are imported when the
 * command runs, so the other commands start without loading the linter.
 */
import { Command, Option } from 'commander';
import { addClusterFlags } from './cluster-flags.js';
import { collectList, LINT_FORMATS } from './lint-flags.js';

export function addLintCommands(cmd: Command, versions: (c: Command) => Command, setCode: (n: number) => void): void {
  const lint = versions(cmd.command('lint').description('check configuration files and print diagnostics').argument('[files...]', 'config files or directories (each one configuration); - or none reads standard input'))
    .addOption(new Option('--format <format>', 'output format (default text, or the project config\'s)').choices([...LINT_FORMATS]))
    .option('--patroni-env <file>', 'apply the PATRONI_* variables of this env file (NAME=value lines) the way Patroni applies its environment')
    // Refused with a pointer to --patroni-env: Node 20 reads --env-file itself (lint-command.ts).
    .addOption(new Option('--env-file <file>').hideHelp())
    .option('--select <ids>', 'run only these rules (comma-separated, repeatable)', collectList)
    .option('--ignore <ids>', 'do not run these rules (comma-separated, repeatable)', collectList)
    .option('--severity <id=level>', 'change a rule\'s severity: error, warning, info or off (repeatable)', collectList)
    .option('--strict', 'warnings fail the run too (exit 1)')
    .option('--host-checks', 'also run the checks that depend on this machine: data_dir, PostgreSQL programs, ports in use, DCS reachable')
    .option('--config <file>', 'project config file (default: the nearest .patroni-plan.yml from the working directory up)')
    .option('--no-config', 'ignore any project config file')
    .option('--print-config', 'print the settings lint would use and the project config file that applied (or why none did), and lint nothing')
    .option('--color', 'colour the text output even when it is not a terminal')
    .option('--no-color', 'never colour the text output (NO_COLOR in the environment does the same)')
    .option('--fix', 'rewrite each file in place with the fixes of its findings that have exactly one repair (patroni-plan rules marks them), then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of rewriting, then report what would be left')
    .option('--diff', 'the same as --fix-dry-run')
    .option('-o, --output <file>', 'write the report to a file (all or nothing) instead of standard output')
    .option('-j, --jobs <n>', 'lint many paths on this many threads (default: the number of cores); the report is the same');
  addClusterFlags(lint).action(async (files: string[], opts) => {
      const { runLint } = await import('./lint-command.js');
      setCode(await runLint(files, opts));
    });
  cmd
    .command('rules')
    .description('list the lint rules: id, default severity, what each finds')
    .action(async () => {
      const { runRules } = await import('./rules-command.js');
      setCode(runRules());
    });
}
