/**
 * PostgreSQL settings Patroni passes on the postgres command line (ConfigHandler.CMDLINE_OPTIONS,
 * the same 15 names in 3.0.2 and 4.1.4, generated into patroni-parameters.ts). Patroni drops them
 * from the local postgresql.parameters and takes them from the dynamic configuration only (where
 * each must pass Patroni's validator, or the default is used); listen_addresses, port and
 * cluster_name come from listen and scope, and hot_standby is always on, whatever is written.
 */
import { CMDLINE_OPTION_FACTS } from '../generated/patroni-parameters.js';

/** Set by Patroni from its own configuration; a value written for them is never used. */
export const PATRONI_SET_PARAMETERS: readonly string[] = ['listen_addresses', 'port', 'cluster_name', 'hot_standby'];

export const DCS_ONLY_PARAMETERS: readonly string[] = Object.keys(CMDLINE_OPTION_FACTS).filter((name) => !PATRONI_SET_PARAMETERS.includes(name));
