/**
 * Backup and restore programs that refuse command-line options they do not know, so they
 * fail when Patroni appends its own `--scope=... --datadir=...` (and, for replica methods,
 * `--role=replica --connstring=...`) unless the method section sets `no_params`.
 *
 * Each row was checked against the tool's option parsing: pgBackRest rejects an unknown
 * option ("invalid option"); WAL-G's cobra commands reject unknown flags ("unknown flag");
 * WAL-E, barman and the barman-cloud-* scripts use Python argparse ("unrecognized
 * arguments"); pg_probackup rejects options it does not know.
 */
export interface BackupTool {
  /** Name used in messages. */
  name: string;
  /** Matches the program's file name (argv[0] without its directory). */
  program: RegExp;
}

export const STRICT_OPTION_TOOLS: readonly BackupTool[] = [
  { name: 'pgBackRest', program: /^pgbackrest$/ },
  { name: 'WAL-G', program: /^wal-g(?:-pg)?$/ },
  { name: 'WAL-E', program: /^wal-e$/ },
  { name: 'barman', program: /^barman(?:-cloud-restore|-cloud-backup-list)?$/ },
  { name: 'pg_probackup', program: /^pg_probackup(?:-\d+)?$/ },
];

/** Programs that run another program given later on their command line. */
export const WRAPPERS: readonly RegExp[] = [/^envdir$/, /^env$/, /^sudo$/, /^nice$/, /^ionice$/, /^chpst$/, /^setpriv$/, /^runuser$/, /^su-exec$/, /^gosu$/, /^timeout$/];

/** The strict tool a command line runs, looking through wrappers such as `envdir DIR wal-e ...`. */
export function strictTool(argv: readonly string[]): BackupTool | undefined {
  for (const arg of argv) {
    const base = arg.split('/').pop() ?? arg;
    const tool = STRICT_OPTION_TOOLS.find((t) => t.program.test(base));
    if (tool) return tool;
    if (arg === argv[0] && !WRAPPERS.some((w) => w.test(base))) return undefined;
  }
  return undefined;
}
