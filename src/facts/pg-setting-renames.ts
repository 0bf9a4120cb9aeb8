/**
 * PostgreSQL server settings renamed by a major release (from PostgreSQL's release notes), checked against
 * Patroni's validator tables: the old name's rule ends at `major`, the new name's begins there.
 */
export interface SettingRename {
  old: string;
  new: string;
  /** the first major with the new name (and without the old one) */
  major: number;
  /** Patroni converts the old setting itself (ConfigHandler.get_server_parameters) */
  convertedByPatroni?: string;
}

export const SETTING_RENAMES: readonly SettingRename[] = [
  { old: 'min_parallel_relation_size', new: 'min_parallel_table_scan_size', major: 10 },
  { old: 'wal_keep_segments', new: 'wal_keep_size', major: 13, convertedByPatroni: 'wal_keep_size = wal_keep_segments x 16MB' },
  { old: 'force_parallel_mode', new: 'debug_parallel_query', major: 16 },
];

export function renameOf(name: string): SettingRename | undefined {
  return SETTING_RENAMES.find((r) => r.old === name.toLowerCase());
}
