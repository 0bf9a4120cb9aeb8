/**
 * What a former primary's WAL directory goes through before pg_rewind or the single-user clean
 * shut-down (Rewind._archive_ready_wals, Rewind.ensure_clean_shutdown): the segments still marked
 * .ready are archived, so the leader's archive keeps the old timeline's last segments; before the
 * clean shut-down, archive_status is emptied and the recovery files are removed.
 */
import { has } from '../facts/patroni-behaviour.js';
import { ARCHIVE_MODES_ON, walDirName } from '../facts/patroni-rewind.js';
import { parsePgBool } from '../py/pg-values.js';
import { dataDir, dataDirFile, pathJoin, type PlanContext } from './plan-context.js';
import type { Step } from './plan-types.js';
import { serverParameters } from './server-parameters.js';

/** PostgreSQL's enum parsing of archive_mode: always, or on/off in any of the boolean spellings, in any case. */
function archiveMode(text: string): string | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'always') return word;
  const on = parsePgBool(word);
  return on === undefined ? undefined : on ? 'on' : 'off';
}

export function walDir(ctx: PlanContext): string {
  return pathJoin(dataDir(ctx), walDirName(ctx.pgMajor));
}

/**
 * The archive_command Patroni would find with `postgres -C`, when the configuration turns
 * archiving on (what Patroni writes into postgresql.conf; an ALTER SYSTEM setting would win).
 */
function archiveCommand(ctx: PlanContext): string | undefined {
  const conf = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false }).conf;
  const mode = archiveMode(conf['archive_mode'] ?? 'off');
  const command = conf['archive_command'];
  return mode && (ARCHIVE_MODES_ON as readonly string[]).includes(mode) && command ? command : undefined;
}

/** The archiving of the .ready segments, when the configuration archives; a note either way. */
export function archiveReadyWalSteps(ctx: PlanContext, notes: string[]): Step[] {
  const command = archiveCommand(ctx);
  const shell = has('rewind.archive-command-shell', ctx.patroni);
  if (command === undefined) {
    notes.push('the configuration does not turn archiving on: Patroni archives no WAL segment marked .ready first (it asks postgres -C, so an ALTER SYSTEM archive_mode and archive_command would count)');
    return [];
  }
  const how = shell ? 'through /bin/sh -c' : 'split like a command line, without a shell';
  return [{
    id: 'archive-ready-wal',
    action: 'archive_ready_wal',
    description: `archive each WAL segment of ${walDir(ctx)} still marked .ready in archive_status, in name order, with archive_command (${how}; %p the segment's path, %f its name): exit 0 marks it .done, a failure is only logged`,
    path: walDir(ctx),
    command,
    shell,
    on_failure: 'ignored',
  }];
}

/** Rewind.ensure_clean_shutdown before the single-user start: archive, empty archive_status, no recovery files. */
export function cleanShutdownPreparation(ctx: PlanContext, notes: string[]): Step[] {
  const status = pathJoin(walDir(ctx), 'archive_status');
  return [
    ...archiveReadyWalSteps(ctx, notes),
    { id: 'archive-status-clean', action: 'empty_dir', description: 'remove every file left in archive_status (the single-user server must not see segments as still to be archived)', path: status, files_only: true },
    ...['recovery.conf', 'standby.signal', 'recovery.signal'].map((f): Step => ({
      id: `clean-shutdown-remove-${f.replace('.', '-')}`,
      action: 'remove_file',
      description: `remove ${f}, so that the single-user server does not start in recovery`,
      path: dataDirFile(ctx, f),
      when: 'the file exists',
    })),
  ];
}
