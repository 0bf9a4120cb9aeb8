/* Generated from schema/patroni.schema.json by scripts/gen-validator.mjs (npm run gen). Do not edit. */
// @ts-nocheck
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://patroni-plan.dev/schema/patroni.schema.json","title":"PatroniConfig","$comment":"Custom keywords used in this schema (validators ignore them; patroni-plan reads them): x-patroni-since: the first Patroni release with the key. A string (\"3.3\", \"4.0.3\") means every release from that one on. A list (\"3.3.9\", \"4.0.8\", \"4.1.1\") gives the first release on each release line when the key was backported: on a listed line the key exists from that patch on, on a line newer than all listed lines it always exists, on an older line never. x-patroni-until: the first Patroni release without the key (it is ignored from then on). x-deprecated: the key is legacy; the text says what to use instead. Such keys also carry the standard-ish deprecated: true. x-secret: the value is a password, passphrase, token or other secret and must never be printed. Objects are closed (additionalProperties: false) so unknown keys are reported; the exceptions are where Patroni takes arbitrary keys: PostgreSQL parameters, recovery settings, custom tags, HTTP headers, labels, and the method sections of bootstrap and postgresql (any key holding a mapping there is a method section).","description":"A Patroni node configuration (patroni.yml), for Patroni 3.0 to 4.1, as PyYAML reads it. Local settings apply to this node; bootstrap.dcs holds the cluster-wide dynamic configuration written to the DCS when the cluster is created. Exactly one DCS section (etcd, etcd3, consul, zookeeper, exhibitor, kubernetes or raft) is expected.","type":"object","properties":{"name":{"type":"string","description":"Name of this member, unique within the cluster. Env: PATRONI_NAME."},"scope":{"type":"string","description":"Name of the cluster; all members of one cluster share it. It is also set as cluster_name in PostgreSQL. Env: PATRONI_SCOPE."},"namespace":{"type":"string","description":"Path prefix in the DCS under which Patroni keeps cluster data. Default /service. Env: PATRONI_NAMESPACE."},"thread_pool_size":{"description":"Threads for Patroni's asynchronous tasks and REST calls to other members. Default and minimum 5.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-patroni-since":["3.3.9","4.0.8","4.1.1"]},"thread_stack_size":{"description":"Stack size of Patroni's threads, at least 64kB and a multiple of 64kB. Default 512kB.","allOf":[{"$ref":"#/definitions/byteSize"}],"x-patroni-since":["3.3.9","4.0.8","4.1.1"]},"log":{"description":"Patroni's own logging.","allOf":[{"$ref":"#/definitions/log"}]},"restapi":{"description":"The REST API.","allOf":[{"$ref":"#/definitions/restapi"}]},"ctl":{"description":"patronictl settings.","allOf":[{"$ref":"#/definitions/ctl"}]},"bootstrap":{"description":"Creation of a new cluster.","allOf":[{"$ref":"#/definitions/bootstrap"}]},"citus":{"description":"Citus integration.","allOf":[{"$ref":"#/definitions/citus"}]},"consul":{"description":"Consul as the DCS.","allOf":[{"$ref":"#/definitions/consul"}]},"etcd":{"description":"etcd (API v2) as the DCS. Keys written through v2 are invisible to v3 and vice versa.","allOf":[{"$ref":"#/definitions/etcd"}]},"etcd3":{"description":"etcd (API v3, through its gRPC gateway) as the DCS. Same keys as etcd.","allOf":[{"$ref":"#/definitions/etcd"}]},"zookeeper":{"description":"ZooKeeper as the DCS.","allOf":[{"$ref":"#/definitions/zookeeper"}]},"exhibitor":{"description":"ZooKeeper through Exhibitor as the DCS.","allOf":[{"$ref":"#/definitions/exhibitor"}]},"kubernetes":{"description":"Kubernetes as the DCS.","allOf":[{"$ref":"#/definitions/kubernetes"}]},"raft":{"description":"Built-in Raft as the DCS (deprecated by Patroni).","allOf":[{"$ref":"#/definitions/raft"}]},"postgresql":{"description":"The local PostgreSQL.","allOf":[{"$ref":"#/definitions/postgresql"}]},"watchdog":{"description":"Watchdog device.","allOf":[{"$ref":"#/definitions/watchdog"}]},"tags":{"description":"Tags of this member.","allOf":[{"$ref":"#/definitions/tags"}]}},"additionalProperties":false,"definitions":{"intOrIntString":{"description":"A whole number. Patroni converts it with Python int(), so a quoted string of digits such as \"30\" is accepted too; units, decimals and other text are not.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*[+-]?[0-9]+\\s*$"}]},"pgInteger":{"description":"A whole number read with Patroni's parse_int(): an integer, or a string holding a decimal, octal (leading 0) or hexadecimal (0x) number; a fractional value is rounded. No unit is allowed.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"}]},"durationSeconds":{"description":"A duration in seconds: an integer, or a string with a number and an optional PostgreSQL time unit (us, ms, s, min, h, d), e.g. \"30min\" or \"1h\". Read with Patroni's parse_int() using seconds as the base unit.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"}]},"byteSize":{"description":"A size in bytes: an integer, or a string with a number and an optional unit (B, kB, MB, GB, TB), e.g. \"512kB\". Read with Patroni's parse_int() using bytes as the base unit.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"}]},"booleanLike":{"description":"A switch. Besides YAML true/false, Patroni reads it with parse_bool(), which also understands the strings on/off, true/false, yes/no and 1/0 in any letter case, and the integers 1 and 0.","anyOf":[{"type":"boolean"},{"type":"integer","enum":[0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}]},"truthyFlag":{"description":"A flag Patroni tests with Python truthiness: true, or a non-zero integer, turns it on. Write true or false; a string would count as on whatever it says (even \"false\"), so strings are rejected.","anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"null"}]},"port":{"description":"A TCP port number, 0 to 65535 (a quoted string of digits is accepted too).","anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\s*[0-9]{1,5}\\s*$"}]},"hostPort":{"type":"string","description":"An address as host:port. The host may be a name, an IPv4 address or an IPv6 address (optionally in square brackets).","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"stringList":{"type":"array","description":"A list of strings.","items":{"type":"string"}},"command":{"type":"string","description":"A command line. Patroni splits it with Python shlex.split() and runs it directly, without a shell: quotes group words, but pipes, redirections, && and environment variable expansion do not work unless you call a shell yourself (e.g. sh -c \"...\")."},"scalar":{"description":"A single value: string, number, boolean or null.","type":["string","number","boolean","null"]},"commandLineOptionMap":{"type":"object","description":"Options as a mapping: each key is a long option name without the leading dashes and becomes --key=value. Entries whose value is empty, false, 0 or null are skipped silently. Since Patroni 3.0.3 every value goes through shlex.split() to remove one level of quoting, so it must be a string: a number or true makes Patroni raise (see the user-options lint rule).","additionalProperties":{"$ref":"#/definitions/scalar"}},"commandLineOptionList":{"type":"array","description":"Options as a list: a plain string item becomes --item (a flag without value), and a mapping item with exactly one key becomes --key=value. The value of a mapping item should be a string.","items":{"anyOf":[{"type":"string","description":"A flag without a value, written without the leading dashes, e.g. data-checksums."},{"type":"object","description":"One option with a value, e.g. {encoding: UTF8}. Exactly one key; the value should be a string.","minProperties":1,"maxProperties":1,"additionalProperties":{"$ref":"#/definitions/scalar"}}]}},"initdbOptions":{"description":"Extra options for initdb when Patroni initialises a brand-new cluster, either as a list (items are flags such as data-checksums, or one-key mappings such as {encoding: UTF8}) or as a mapping of option to value. Patroni adds --username and --pwfile itself from postgresql.authentication.superuser, and refuses pgdata, nosync, pwfile, sync-only and version (initdb then fails). Note that patroni --validate-config only accepts the list form, while Patroni itself runs with both. An empty value (null) counts as none.","anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]},"basebackupOptions":{"description":"Extra options for pg_basebackup when building a replica with the built-in basebackup method, either as a list (flags such as verbose, or one-key mappings such as {max-rate: 100M}) or as a mapping of option to value. Patroni always passes --pgdata, -X stream and --dbname itself; pgdata, format, wal-method, xlog-method, gzip, version, dbname, host, port, username and password are dropped with an error in the log, and compress is only kept on PostgreSQL 15+ for server-side compression (Patroni 3.3.9, 4.0.8, 4.1.1 and later; refused before). An empty value (null) counts as none.","anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]},"customBootstrapMethod":{"description":"A custom way of creating the new cluster instead of initdb, used when bootstrap.method names this section. Patroni only runs it if it has a command; otherwise it silently falls back to initdb. The command gets --scope=<scope> and --datadir=<data_dir> unless no_params is set, and every key other than the reserved ones (command, no_params, keep_existing_recovery_conf, recovery_conf, scope, datadir) is passed as --key=value (Patroni 3.2.0 and later; 3.2.0 itself also passed --command). Bootstrap methods are not chained: if the command fails, the bootstrap fails.","properties":{"command":{"description":"The script or program that produces the data directory, e.g. a restore from a backup tool. Its exit code decides success.","allOf":[{"$ref":"#/definitions/command"}]},"no_params":{"description":"When true, Patroni does not add --scope and --datadir to the command line.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"keep_existing_recovery_conf":{"description":"When true, Patroni keeps the recovery configuration the command produced: recovery.conf on PostgreSQL 11 and older, or recovery.signal/standby.signal and the recovery settings on PostgreSQL 12 and newer. Useful with tools such as pgBackRest or Barman that write it for you.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"recovery_conf":{"description":"Recovery settings Patroni writes before the first start of the restored instance (recovery.conf, or postgresql.conf plus recovery.signal on PostgreSQL 12+). Usually a recovery_target_* setting, restore_command and recovery_target_action: promote.","allOf":[{"$ref":"#/definitions/recoveryConf"}]}},"additionalProperties":{"description":"Any other key is passed to the command as --key=value (Patroni 3.2.0 and later; earlier releases ignore it).","allOf":[{"$ref":"#/definitions/scalar"}],"x-patroni-since":"3.2"}},"replicaMethod":{"description":"A custom way of building a replica (e.g. restoring from a backup) named in create_replica_methods. Patroni runs command (or, without one, a program named after the section) with --scope, --role=replica, --datadir and --connstring added, unless no_params is set, and passes every other key as --key=value. Methods are tried in the order of create_replica_methods until one exits with 0.","properties":{"command":{"description":"The script or program that fills the data directory. Without it Patroni runs the method name itself as the command.","allOf":[{"$ref":"#/definitions/command"}]},"no_params":{"description":"When true, Patroni passes none of its own parameters (--scope, --role, --datadir, --connstring) and also drops no_params, no_leader and keep_data from the command line; other keys are still passed.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"keep_data":{"description":"When true, Patroni does not empty the data directory before running the method (nor after a failure, in releases that clean up after failed methods).","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"no_leader":{"description":"When true, the method may run even when no member is available to clone from (the connection string is then empty), e.g. to restore a whole cluster from a backup. Without it, such a method is skipped when there is no clone source.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"no_master":{"description":"Old name of no_leader. Patroni 4.0 and later no longer treat it specially: it is then just passed to the command as --no_master=...","allOf":[{"$ref":"#/definitions/truthyFlag"}],"x-patroni-until":"4.0","x-deprecated":"use no_leader instead","deprecated":true}},"additionalProperties":{"description":"Any other key is passed to the command as --key=value.","allOf":[{"$ref":"#/definitions/scalar"}]}},"recoveryConf":{"type":["object","null"],"description":"Recovery settings as a mapping of setting name to value (restore_command, recovery_target_time, recovery_target_action, recovery_min_apply_delay ...). Patroni writes them to recovery.conf on PostgreSQL 11 and older and into postgresql.conf on 12 and newer, where it also creates the matching signal file. primary_conninfo, primary_slot_name and similar settings are managed by Patroni itself. An empty value (null) counts as none.","additionalProperties":{"$ref":"#/definitions/scalar"}},"postgresqlParameters":{"type":["object","null"],"description":"PostgreSQL server settings (GUCs) as name: value, written by Patroni into the postgresql.conf it manages. Names are case-insensitive. listen_addresses, port, cluster_name and hot_standby are always set by Patroni itself. The settings that must match across the cluster (max_connections, max_wal_senders, max_prepared_transactions, max_locks_per_transaction, max_replication_slots, max_worker_processes, wal_level, track_commit_timestamp, wal_log_hints, wal_keep_segments/wal_keep_size) only take effect from the dynamic configuration (bootstrap.dcs.postgresql.parameters or patronictl edit-config); Patroni drops them from the local postgresql.parameters. An empty value (null) counts as none.","properties":{"max_connections":{"description":"Maximum number of client connections. Dynamic configuration only; must be the same on all members.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_locks_per_transaction":{"description":"Lock table size per transaction. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_prepared_transactions":{"description":"Maximum number of prepared (two-phase) transactions. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_replication_slots":{"description":"Maximum number of replication slots. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_wal_senders":{"description":"Maximum number of WAL sender processes. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_worker_processes":{"description":"Maximum number of background worker processes. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"unix_socket_directories":{"type":"string","description":"Comma-separated directories for the Unix-domain sockets. With use_unix_socket, Patroni connects through the first usable one."}},"additionalProperties":{"description":"Any PostgreSQL setting, as a string, number or boolean (booleans and numbers are written as text).","type":["string","number","boolean"]}},"pgHba":{"type":["array","null"],"description":"Lines Patroni writes to pg_hba.conf, replacing the file's content (ignored when the hba_file parameter points somewhere else). Remember a line that lets the replication user connect from the other members. An empty value (null) counts as none.","items":{"type":"string"}},"pgIdent":{"type":["array","null"],"description":"Lines Patroni writes to pg_ident.conf, replacing the file's content (ignored when the ident_file parameter points somewhere else). An empty value (null) counts as none.","items":{"type":"string"}},"postgresqlUser":{"type":"object","description":"Credentials and libpq connection options of one database role Patroni uses. Only the keys listed here reach the connection; Patroni drops anything else. Connection options unknown to the PostgreSQL major version are left out (Patroni 3.3.5, 4.0.4, 4.1.0 and later).","properties":{"username":{"type":"string","description":"Name of the role."},"password":{"type":"string","description":"Password of the role. Patroni writes it to the pgpass file (postgresql.pgpass) when it needs it.","x-secret":true},"sslmode":{"type":"string","description":"libpq sslmode: how TLS is negotiated with the server (disable, allow, prefer, require, verify-ca, verify-full). libpq defaults to prefer."},"sslkey":{"type":"string","description":"libpq sslkey: path of the client private key."},"sslpassword":{"type":"string","description":"libpq sslpassword: passphrase of the client private key (sslkey).","x-secret":true},"sslcert":{"type":"string","description":"libpq sslcert: path of the client certificate."},"sslrootcert":{"type":"string","description":"libpq sslrootcert: path of the CA certificate(s) used to verify the server."},"sslcrl":{"type":"string","description":"libpq sslcrl: path of a certificate revocation list file."},"sslcrldir":{"type":"string","description":"libpq sslcrldir: path of a directory of certificate revocation lists (PostgreSQL 14+ clients)."},"sslnegotiation":{"type":"string","description":"libpq sslnegotiation: postgres (the default) or direct, i.e. whether TLS starts with a PostgreSQL negotiation packet or directly (PostgreSQL 17+ clients).","x-patroni-since":["3.3.4","4.0.3"]},"gssencmode":{"type":"string","description":"libpq gssencmode: whether a GSSAPI-encrypted connection is disabled, preferred or required."},"channel_binding":{"type":"string","description":"libpq channel_binding: disable, prefer or require SCRAM channel binding."}},"additionalProperties":false},"callbacks":{"type":["object","null"],"description":"Commands Patroni runs asynchronously on PostgreSQL life-cycle events. Each command gets three arguments appended: the action (on_start, on_role_change ...), the role of the node (primary, replica, standby_leader ...; master instead of primary before Patroni 4.0) and the cluster name. A new callback kills a still-running previous one (except that on_reload does not interrupt the others). An empty value (null) counts as none.","additionalProperties":false,"properties":{"on_start":{"description":"Run after PostgreSQL starts.","allOf":[{"$ref":"#/definitions/command"}]},"on_stop":{"description":"Run after PostgreSQL stops.","allOf":[{"$ref":"#/definitions/command"}]},"on_restart":{"description":"Run after PostgreSQL restarts without changing role.","allOf":[{"$ref":"#/definitions/command"}]},"on_reload":{"description":"Run when the configuration is reloaded.","allOf":[{"$ref":"#/definitions/command"}]},"on_role_change":{"description":"Run when PostgreSQL is promoted or demoted. Often used to move a virtual IP.","allOf":[{"$ref":"#/definitions/command"}]}}},"binName":{"type":"object","description":"Program names to use instead of the standard PostgreSQL ones, for distributions that rename them (looked up in bin_dir, or in PATH).","additionalProperties":false,"properties":{"pg_ctl":{"type":"string","description":"Name of the pg_ctl program."},"initdb":{"type":"string","description":"Name of the initdb program."},"pg_controldata":{"type":"string","description":"Name of the pg_controldata program."},"pg_basebackup":{"type":"string","description":"Name of the pg_basebackup program."},"postgres":{"type":"string","description":"Name of the postgres server program."},"pg_isready":{"type":"string","description":"Name of the pg_isready program."},"pg_rewind":{"type":"string","description":"Name of the pg_rewind program."}}},"postgresql":{"type":"object","description":"How Patroni runs the local PostgreSQL. Besides the keys below, any key holding a mapping is a replica creation method section, named in create_replica_methods (e.g. pgbackrest:, barman:, wal_e:).","properties":{"listen":{"type":"string","description":"Address(es) and port PostgreSQL listens on, as host:port; several hosts may be given comma-separated before the port (127.0.0.1,10.0.0.5:5432). Patroni derives listen_addresses and port from it and uses the first host for its own local connections. Env: PATRONI_POSTGRESQL_LISTEN.","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"connect_address":{"description":"Address and port other members and clients use to reach this PostgreSQL; it is published in the DCS. Must not be a loopback or wildcard address. Env: PATRONI_POSTGRESQL_CONNECT_ADDRESS.","allOf":[{"$ref":"#/definitions/hostPort"}]},"proxy_address":{"description":"Address and port of a connection pooler (e.g. PgBouncer) next to this PostgreSQL. Published in the DCS as proxy_url for service discovery.","allOf":[{"$ref":"#/definitions/hostPort"}]},"data_dir":{"type":"string","description":"The PostgreSQL data directory: an existing one, or where Patroni initialises or clones a new one. Required. Env: PATRONI_POSTGRESQL_DATA_DIR."},"config_dir":{"type":"string","description":"Directory of the configuration files Patroni writes (postgresql.conf, pg_hba.conf ...). Defaults to data_dir; must be writable by Patroni."},"pgpass":{"type":"string","description":"Path of the .pgpass file Patroni writes before running pg_basebackup, post_bootstrap and other programs that need a password. Must be writable by Patroni. Default: ~/pgpass."},"authentication":{"type":"object","description":"The database roles Patroni uses.","additionalProperties":false,"properties":{"superuser":{"description":"The superuser. It is created by initdb, and Patroni uses it for its own connections. Env: PATRONI_SUPERUSER_USERNAME / PATRONI_SUPERUSER_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]},"replication":{"description":"The replication role, created during bootstrap; replicas use it to stream from their source. Env: PATRONI_REPLICATION_USERNAME / PATRONI_REPLICATION_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]},"rewind":{"description":"A dedicated role for pg_rewind, created during bootstrap on PostgreSQL 11+ with the needed grants. Without it Patroni rewinds as the superuser. Env: PATRONI_REWIND_USERNAME / PATRONI_REWIND_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]}}},"parameters":{"description":"PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.","allOf":[{"$ref":"#/definitions/postgresqlParameters"}]},"pg_hba":{"description":"pg_hba.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgHba"}]},"pg_ident":{"description":"pg_ident.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgIdent"}]},"use_pg_rewind":{"type":"boolean","description":"Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on."},"pg_ctl_timeout":{"description":"Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"description":"Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.","allOf":[{"$ref":"#/definitions/recoveryConf"}]},"remove_data_directory_on_rewind_failure":{"type":"boolean","description":"When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false."},"remove_data_directory_on_diverged_timelines":{"type":"boolean","description":"When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false."},"create_replica_methods":{"type":["array","null"],"description":"Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.","items":{"type":"string"}},"create_replica_method":{"type":"array","description":"Old name of create_replica_methods, read only when create_replica_methods is absent or empty.","items":{"type":"string"},"x-deprecated":"use postgresql.create_replica_methods instead","deprecated":true},"basebackup":{"description":"Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.","allOf":[{"$ref":"#/definitions/basebackupOptions"}]},"callbacks":{"description":"Scripts run on PostgreSQL start, stop, restart, reload and role change.","allOf":[{"$ref":"#/definitions/callbacks"}]},"pre_promote":{"description":"A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.","allOf":[{"$ref":"#/definitions/command"}]},"before_stop":{"description":"A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.","allOf":[{"$ref":"#/definitions/command"}],"x-patroni-since":"3.0.3"},"use_unix_socket":{"type":"boolean","description":"Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false."},"use_unix_socket_repl":{"type":"boolean","description":"Same as use_unix_socket, for connections made as the replication user. Default false."},"bin_dir":{"type":"string","description":"Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH."},"bin_name":{"description":"Custom names of the PostgreSQL programs.","allOf":[{"$ref":"#/definitions/binName"}],"x-patroni-since":"3.0.3"},"custom_conf":{"type":"string","description":"Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence."},"config_base_name":{"type":"string","description":"Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf)."},"database":{"type":"string","description":"Database Patroni connects to for its own queries. Default postgres."},"krbsrvname":{"type":"string","description":"Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME)."},"name":{"type":"string","description":"Old place of the member name, used only when the top-level name is absent.","x-deprecated":"use the top-level name instead","deprecated":true},"superuser":{"description":"Old place of the superuser credentials, read only when postgresql.authentication is absent.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.superuser instead","deprecated":true},"replication":{"description":"Old place of the replication credentials, read only when postgresql.authentication is absent.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.replication instead","deprecated":true},"pg_rewind":{"description":"Old place of the pg_rewind credentials, read only when postgresql.authentication is absent; its presence then also turns use_pg_rewind on.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.rewind and postgresql.use_pg_rewind instead","deprecated":true}},"additionalProperties":{"description":"A replica creation method section, used when its name is listed in create_replica_methods.","type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}},"dynamicPostgresql":{"type":["object","null"],"description":"The postgresql part of the dynamic configuration, shared by all members: Patroni merges it under the local postgresql section, whose values win, except use_slots (dynamic only) and the cluster-wide parameters. Any key holding a mapping is a replica creation method section, as in postgresql. connect_address, proxy_address, listen, config_dir, data_dir, pgpass and authentication are local only: Patroni discards them here. PostgreSQL settings belong under parameters, not directly here. An empty value (null) counts as none.","properties":{"parameters":{"description":"PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.","allOf":[{"$ref":"#/definitions/postgresqlParameters"}]},"pg_hba":{"description":"pg_hba.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgHba"}]},"pg_ident":{"description":"pg_ident.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgIdent"}]},"use_pg_rewind":{"type":"boolean","description":"Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on."},"pg_ctl_timeout":{"description":"Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"description":"Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.","allOf":[{"$ref":"#/definitions/recoveryConf"}]},"remove_data_directory_on_rewind_failure":{"type":"boolean","description":"When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false."},"remove_data_directory_on_diverged_timelines":{"type":"boolean","description":"When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false."},"create_replica_methods":{"type":["array","null"],"description":"Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.","items":{"type":"string"}},"create_replica_method":{"type":"array","description":"Old name of create_replica_methods, read only when create_replica_methods is absent or empty.","items":{"type":"string"},"x-deprecated":"use postgresql.create_replica_methods instead","deprecated":true},"basebackup":{"description":"Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.","allOf":[{"$ref":"#/definitions/basebackupOptions"}]},"callbacks":{"description":"Scripts run on PostgreSQL start, stop, restart, reload and role change.","allOf":[{"$ref":"#/definitions/callbacks"}]},"pre_promote":{"description":"A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.","allOf":[{"$ref":"#/definitions/command"}]},"before_stop":{"description":"A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.","allOf":[{"$ref":"#/definitions/command"}],"x-patroni-since":"3.0.3"},"use_unix_socket":{"type":"boolean","description":"Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false."},"use_unix_socket_repl":{"type":"boolean","description":"Same as use_unix_socket, for connections made as the replication user. Default false."},"bin_dir":{"type":"string","description":"Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH."},"bin_name":{"description":"Custom names of the PostgreSQL programs.","allOf":[{"$ref":"#/definitions/binName"}],"x-patroni-since":"3.0.3"},"custom_conf":{"type":"string","description":"Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence."},"config_base_name":{"type":"string","description":"Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf)."},"database":{"type":"string","description":"Database Patroni connects to for its own queries. Default postgres."},"krbsrvname":{"type":"string","description":"Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME)."},"use_slots":{"description":"Let Patroni create and manage physical replication slots for its members. Default true. Only the dynamic value counts; a local postgresql.use_slots is ignored.","allOf":[{"$ref":"#/definitions/booleanLike"}]}},"additionalProperties":{"description":"A replica creation method section, merged into the postgresql section of every member (a local section of the same name wins).","type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}},"standbyCluster":{"type":["object","null"],"description":"Turns the cluster into a standby cluster that replicates from another PostgreSQL (e.g. a primary in another data centre). Its leader, the standby leader, follows the remote source; the other members cascade from it. At least one of host, port or restore_command makes the section active. An empty value (null) counts as none.","additionalProperties":false,"properties":{"host":{"type":"string","description":"Host of the remote source. Several hosts may be given comma-separated; Patroni then adds target_session_attrs=read-write (3.3.0 and later)."},"port":{"description":"Port of the remote source.","allOf":[{"$ref":"#/definitions/port"}]},"primary_slot_name":{"type":"string","description":"Replication slot to use on the remote source. Default: derived from the member name."},"create_replica_methods":{"type":"array","description":"Replica creation methods for building the standby leader from the remote source; may differ from postgresql.create_replica_methods.","items":{"type":"string"}},"restore_command":{"type":"string","description":"restore_command for fetching WAL of the remote cluster from an archive."},"archive_cleanup_command":{"type":"string","description":"archive_cleanup_command for the standby leader."},"recovery_min_apply_delay":{"description":"Delay before WAL is applied on the standby leader (a PostgreSQL duration such as 5min, or milliseconds as a number).","type":["string","integer"]}}},"permanentSlot":{"description":"A permanent replication slot. Empty (null) means a physical slot. A logical slot needs database and plugin; when type is absent it is inferred from them.","anyOf":[{"type":"null"},{"type":"object","description":"Properties of the slot.","additionalProperties":false,"properties":{"type":{"type":"string","enum":["physical","logical"],"description":"Slot type."},"database":{"type":"string","description":"Database of a logical slot."},"plugin":{"type":"string","description":"Output plugin of a logical slot, e.g. pgoutput or test_decoding."},"cluster_type":{"type":"string","enum":["primary","standby"],"description":"Create the slot only in a primary cluster or only in a standby cluster; otherwise it is dropped there. Absent: both.","x-patroni-since":"4.1"}}}]},"ignoreSlotMatcher":{"type":"object","description":"Properties of replication slots Patroni must leave alone (managed outside Patroni). A slot is ignored when it matches every property given here.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Slot name."},"type":{"type":"string","enum":["physical","logical"],"description":"Slot type."},"database":{"type":"string","description":"Database (logical slots)."},"plugin":{"type":"string","description":"Output plugin (logical slots)."}}},"dynamicConfiguration":{"type":"object","description":"Dynamic configuration: cluster-wide settings kept in the DCS (/<namespace>/<scope>/config) and applied on every member. Patroni writes bootstrap.dcs there once, when the cluster is first initialised; afterwards change them with patronictl edit-config or the REST API, since edits here no longer have any effect.","additionalProperties":false,"properties":{"loop_wait":{"description":"Seconds the main loop sleeps between runs. Default 10, minimum 1. Keep loop_wait + 2 * retry_timeout <= ttl; Patroni adjusts the values otherwise (3.2.0 and later).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"ttl":{"description":"Lifetime of the leader lock, in seconds: roughly how long before a failover starts when the primary disappears. Default 30, minimum 20.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"retry_timeout":{"description":"Seconds Patroni keeps retrying DCS and PostgreSQL operations; shorter outages do not demote the primary. Default 10, minimum 3.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"maximum_lag_on_failover":{"description":"Maximum lag, in bytes, a replica may have and still take part in a leader election. Default 1048576 (1 MiB).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"maximum_lag_on_syncnode":{"description":"Maximum lag, in bytes, of a synchronous replica before Patroni replaces it by a healthier asynchronous one. Default -1 (never); 0 or less disables the check.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"max_timelines_history":{"description":"Maximum number of timeline history entries kept in the DCS. Default 0: keep them all.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"primary_start_timeout":{"description":"Seconds a failed primary may take to recover before a failover is triggered. Default 300; 0 fails over at once (when possible).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"primary_stop_timeout":{"description":"Seconds Patroni waits for PostgreSQL to stop when synchronous_mode is on before sending SIGKILL. Default 0: no limit.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"master_start_timeout":{"description":"Old name of primary_start_timeout, used only when primary_start_timeout is absent.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-deprecated":"use primary_start_timeout instead","deprecated":true},"master_stop_timeout":{"description":"Old name of primary_stop_timeout, used only when primary_stop_timeout is absent.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-deprecated":"use primary_stop_timeout instead","deprecated":true},"synchronous_mode":{"description":"Synchronous replication managed by Patroni: true/on turns it on (Patroni maintains synchronous_standby_names and only a synchronous replica may be promoted), quorum enables quorum commit (PostgreSQL 10+, Patroni 4.0 and later), false/off leaves it off. Default off.","anyOf":[{"$ref":"#/definitions/booleanLike"},{"type":"string","pattern":"^[Qq][Uu][Oo][Rr][Uu][Mm]$","description":"Quorum-based synchronous replication (Patroni 4.0 and later).","x-patroni-since":"4.0"}]},"synchronous_mode_strict":{"description":"When no synchronous replica is available, keep writes blocked on the primary rather than falling back to asynchronous replication. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"synchronous_node_count":{"description":"Number of synchronous replicas Patroni maintains when synchronous_mode is on. Default 1.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"failsafe_mode":{"description":"DCS failsafe mode: the primary keeps running during a DCS outage as long as it can reach all other members through the REST API. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"check_timeline":{"description":"Only let a member take part in a leader election if its timeline is the newest one. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"pause":{"description":"Maintenance mode (patronictl pause): Patroni stops managing PostgreSQL automatically. Set here, the cluster starts paused.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"member_slots_ttl":{"description":"How long the physical replication slot of a member is kept after its member key disappears from the DCS, e.g. 30min (the default). 0 drops it at once. PostgreSQL 11+.","allOf":[{"$ref":"#/definitions/durationSeconds"}],"x-patroni-since":"4.0"},"postgresql":{"description":"Cluster-wide PostgreSQL settings.","allOf":[{"$ref":"#/definitions/dynamicPostgresql"}]},"standby_cluster":{"description":"Makes this a standby cluster replicating from a remote source.","allOf":[{"$ref":"#/definitions/standbyCluster"}]},"slots":{"type":["object","null"],"description":"Permanent replication slots, keyed by slot name (lower-case letters, digits and underscore only). Patroni keeps them across failovers; use_slots must be on. Logical slots need PostgreSQL 11+. An empty value (null) counts as none.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_slots":{"type":"object","description":"Old name of slots, used when slots is absent.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"},"x-deprecated":"use slots instead","deprecated":true},"permanent_replication_slots":{"type":"object","description":"Old name of slots, used when slots and permanent_slots are absent.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"},"x-deprecated":"use slots instead","deprecated":true},"ignore_slots":{"type":["array","null"],"description":"Replication slots Patroni must not drop or touch, described by their properties. Unlike slots, this is a list. An empty value (null) counts as none.","items":{"$ref":"#/definitions/ignoreSlotMatcher"}}}},"legacyBootstrapUser":{"type":"object","description":"A role to create after the cluster is initialised.","additionalProperties":false,"properties":{"password":{"type":"string","description":"Password of the role.","x-secret":true},"options":{"type":"array","description":"Role attributes, e.g. createrole, createdb.","items":{"type":"string"}}}},"bootstrap":{"type":"object","description":"How a brand-new cluster is created. Used only by the first member that initialises it; other members become replicas. Besides the keys below, any key holding a mapping is a custom bootstrap method section, selected by method.","properties":{"dcs":{"description":"The initial dynamic configuration, written to the DCS when the cluster is initialised.","allOf":[{"$ref":"#/definitions/dynamicConfiguration"}]},"method":{"type":"string","description":"Name of the bootstrap method: initdb (the default) or the name of a custom method section in bootstrap. If that section is missing or has no command, Patroni silently uses initdb."},"initdb":{"description":"Options for initdb, as a list or as a mapping.","allOf":[{"$ref":"#/definitions/initdbOptions"}]},"post_bootstrap":{"description":"A command run once after the cluster is initialised (after initdb or the custom method). It receives a connection URL as its last argument (connecting as the superuser), with PGPASSFILE set. A non-zero exit makes the bootstrap fail.","allOf":[{"$ref":"#/definitions/command"}]},"post_init":{"description":"Other name of post_bootstrap, used when post_bootstrap is absent.","allOf":[{"$ref":"#/definitions/command"}]},"users":{"type":["object","null"],"description":"Roles Patroni created after initialising a new cluster. Removed in Patroni 4.0, which only logs an error. An empty value (null) counts as none.","additionalProperties":{"$ref":"#/definitions/legacyBootstrapUser"},"x-patroni-until":"4.0","x-deprecated":"create the roles in a bootstrap.post_bootstrap script instead","deprecated":true},"pg_hba":{"type":"array","description":"Lines appended to pg_hba.conf right after initialisation, only when no postgresql.pg_hba is configured (locally or in the dynamic configuration) and hba_file is not set.","items":{"type":"string"},"x-deprecated":"use postgresql.pg_hba or bootstrap.dcs.postgresql.pg_hba instead","deprecated":true}},"additionalProperties":{"description":"A custom bootstrap method section, used when bootstrap.method names it.","type":"object","allOf":[{"$ref":"#/definitions/customBootstrapMethod"}]}},"basicAuth":{"type":"object","description":"HTTP basic authentication credentials.","additionalProperties":false,"properties":{"username":{"type":"string","description":"User name."},"password":{"type":["string","number"],"description":"Password. Patroni joins it with the user name into one \"user:password\" string, so a number works too.","x-secret":true}}},"restapi":{"type":"object","description":"Patroni's REST API: health checks for load balancers, communication between members during elections, and the endpoint patronictl talks to.","additionalProperties":false,"properties":{"listen":{"description":"Address and port the REST API listens on, e.g. 0.0.0.0:8008. Required. Env: PATRONI_RESTAPI_LISTEN.","allOf":[{"$ref":"#/definitions/hostPort"}]},"connect_address":{"description":"Address and port other members use to reach this REST API; it is published in the DCS. Must be reachable from all members, so not a loopback or wildcard address. Env: PATRONI_RESTAPI_CONNECT_ADDRESS.","allOf":[{"$ref":"#/definitions/hostPort"}]},"authentication":{"description":"Basic-auth credentials required for the unsafe endpoints (POST, PUT, PATCH, DELETE ...). Env: PATRONI_RESTAPI_USERNAME / PATRONI_RESTAPI_PASSWORD.","allOf":[{"$ref":"#/definitions/basicAuth"}]},"auth":{"type":"string","description":"Credentials as one \"username:password\" string. Patroni builds it from authentication; when set by hand it is used directly.","x-secret":true,"x-deprecated":"use restapi.authentication instead","deprecated":true},"certfile":{"type":"string","description":"PEM certificate file. When set (and not empty), the REST API serves HTTPS."},"keyfile":{"type":"string","description":"PEM private key file of certfile."},"keyfile_password":{"type":"string","description":"Passphrase that decrypts keyfile.","x-secret":true},"cafile":{"type":"string","description":"CA bundle used to verify client certificates."},"ciphers":{"type":"string","description":"Allowed TLS cipher suites, in OpenSSL cipher-list syntax."},"verify_client":{"description":"Client certificate checking: none (default); optional (certificate required for the unsafe endpoints); required (for all requests, so ctl.certfile and ctl.keyfile must then be set too). Patroni lower-cases the value; patroni --validate-config insists on lower case.","anyOf":[{"type":"string","enum":["none","optional","required"]},{"type":"string","pattern":"^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"}]},"allowlist":{"type":"array","description":"Hosts, IP addresses or CIDR networks allowed to call the unsafe endpoints. When set (or with allowlist_include_members), everything else is rejected.","items":{"type":"string"}},"allowlist_include_members":{"type":"boolean","description":"Also allow the unsafe endpoints from the other members registered in the DCS (by the host of their api_url)."},"http_extra_headers":{"type":"object","description":"Extra HTTP headers added to every REST API response, as name: value.","additionalProperties":{"type":"string"}},"https_extra_headers":{"type":"object","description":"Extra headers added to the responses only when the REST API serves HTTPS (in addition to http_extra_headers), e.g. Strict-Transport-Security.","additionalProperties":{"type":"string"}},"request_queue_size":{"description":"Listen backlog of the REST API socket; requests beyond it are refused. Default 5, 0 to 4096.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-patroni-since":"3.0.3"},"server_tokens":{"description":"What the Server HTTP header reveals: original (default: BaseHTTP and Python versions), productonly (just \"Patroni\"), minimal (\"Patroni/<version>\"). Case-insensitive.","anyOf":[{"type":"string","enum":["original","productonly","minimal"]},{"type":"string","pattern":"^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"}],"x-patroni-since":"4.1"},"thread_pool_size":{"description":"Number of threads serving REST API requests. Default and minimum 5.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-patroni-since":["3.3.9","4.0.8","4.1.1"]}}},"ctl":{"type":["object","null"],"description":"Settings for patronictl when it reads this configuration file. An empty value (null) counts as none.","additionalProperties":false,"properties":{"authentication":{"description":"Basic-auth credentials patronictl sends to the REST API. Default: restapi.authentication. Env: PATRONI_CTL_USERNAME / PATRONI_CTL_PASSWORD.","allOf":[{"$ref":"#/definitions/basicAuth"}]},"auth":{"type":"string","description":"Credentials as one \"username:password\" string, used instead of authentication.","x-secret":true,"x-deprecated":"use ctl.authentication instead","deprecated":true},"insecure":{"type":"boolean","description":"Do not verify the REST API's TLS certificate."},"cacert":{"type":"string","description":"CA bundle (file or directory) used to verify the REST API's certificate. Default: restapi.cafile."},"certfile":{"type":"string","description":"Client certificate (PEM) patronictl presents to the REST API. Before Patroni 3.1, restapi.certfile and restapi.keyfile were used when this was absent."},"keyfile":{"type":"string","description":"Private key (PEM) of certfile."},"keyfile_password":{"type":"string","description":"Passphrase that decrypts keyfile.","x-secret":true}}},"logField":{"description":"A LogRecord attribute to include (e.g. message, levelname), or a one-key mapping that renames it in the JSON output (e.g. {levelname: level}).","anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}}]},"log":{"type":["object","null"],"description":"Patroni's own logging (not PostgreSQL's). An empty value (null) counts as none.","additionalProperties":false,"properties":{"type":{"type":"string","enum":["plain","json"],"description":"Log format: plain (default) or json (needs the python-json-logger package).","x-patroni-since":"3.3"},"level":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"],"description":"Logging level. Default INFO. Upper case only."},"traceback_level":{"description":"Level at which Python tracebacks are logged: ERROR (default) or DEBUG (tracebacks only shown when level is DEBUG).","anyOf":[{"type":"string","enum":["DEBUG","ERROR"]},{"type":"string","pattern":"^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"}]},"format":{"description":"Log line format: a Python logging format string such as \"%(asctime)s %(levelname)s: %(message)s\" (the default), or, with type json, a non-empty list of LogRecord attributes.","anyOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/logField"}}]},"dateformat":{"type":"string","description":"Date format for %(asctime)s, in strftime syntax."},"static_fields":{"type":"object","description":"Fields added to every record in json format, as name: value.","x-patroni-since":"3.3"},"max_queue_size":{"type":"integer","description":"Capacity, in records, of the in-memory queue between Patroni's threads and the log writer. Default 1000."},"dir":{"type":"string","description":"Directory for Patroni's log files (must exist and be writable). When set, Patroni writes rotating files there instead of to stderr."},"mode":{"description":"Permissions of the log files, e.g. 0640 (0 to 0777). Default: from the umask.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"4.0"},"file_num":{"description":"Number of rotated log files kept. Default 4.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"file_size":{"description":"Size in bytes at which the log file is rotated. Default 25000000.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"loggers":{"type":"object","description":"Logging level per Python logger, e.g. {patroni.postmaster: WARNING, urllib3: DEBUG}.","additionalProperties":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]}},"deduplicate_heartbeat_logs":{"type":"boolean","description":"Do not repeat identical heartbeat messages of the main loop. Default false.","x-patroni-since":"4.1"}}},"etcd":{"type":"object","description":"Connection to an etcd cluster. Give one of host, hosts, url, proxy or srv.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"host":{"type":"string","description":"One etcd endpoint as host:port; without a port, 2379 is used. Env: PATRONI_ETCD_HOST.","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"hosts":{"description":"Several etcd endpoints as host:port, as a YAML list or a comma-separated string. Env: PATRONI_ETCD_HOSTS.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"port":{"description":"Port used for hosts entries that have none. Default 2379.","allOf":[{"$ref":"#/definitions/port"}]},"use_proxies":{"type":"boolean","description":"Treat hosts as proxies: use them as given, without discovering the etcd cluster topology."},"url":{"type":"string","description":"URL of etcd, e.g. https://etcd.example.com:2379 (may carry user:password)."},"proxy":{"type":"string","description":"URL of an etcd proxy; use it instead of url when connecting through a proxy."},"srv":{"type":"string","description":"DNS domain whose SRV records (_etcd-client-ssl, _etcd-client, _etcd-ssl, _etcd, _etcd-server-ssl, _etcd-server) list the etcd members."},"srv_suffix":{"type":"string","description":"Suffix for the SRV names queried with srv, to tell apart several etcd clusters in one domain."},"discovery_srv":{"type":"string","description":"Old name of srv.","x-deprecated":"use srv instead","deprecated":true},"srv_domain":{"type":"string","description":"Old name of srv.","x-deprecated":"use srv instead","deprecated":true},"protocol":{"type":"string","enum":["http","https"],"description":"http (default) or https. Taken from url or proxy when those are used."},"username":{"type":"string","description":"User name for etcd authentication."},"password":{"type":"string","description":"Password for etcd authentication.","x-secret":true},"cacert":{"type":"string","description":"CA certificate used to verify etcd's certificate."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file (may be omitted when it is inside cert)."}}},"consul":{"type":"object","description":"Connection to a Consul agent. Give host or url.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"host":{"type":"string","description":"Consul agent as host:port; without a port, 8500 (or port) is used. Env: PATRONI_CONSUL_HOST.","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"url":{"type":"string","description":"Consul agent as a URL, http(s)://host:port."},"port":{"description":"Port of the agent, when host has none.","allOf":[{"$ref":"#/definitions/port"}]},"scheme":{"type":"string","enum":["http","https"],"description":"http (default) or https."},"token":{"type":"string","description":"ACL token. It needs write access to the service, key and session prefixes Patroni uses.","x-secret":true},"verify":{"description":"Verify the agent's TLS certificate.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"cacert":{"type":"string","description":"CA certificate; setting it enables verification."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file (may be omitted when it is inside cert)."},"dc":{"type":"string","description":"Datacenter to talk to. Default: the agent's own."},"consistency":{"type":"string","enum":["default","consistent","stale"],"description":"Consul read consistency mode."},"checks":{"type":"array","description":"Consul health checks tied to Patroni's session. Default: none.","items":{"type":"string"}},"register_service":{"type":"boolean","description":"Register a Consul service named after scope, tagged with the member's role (primary, replica, standby-leader). Default false."},"service_tags":{"type":"array","description":"Extra static tags for the registered service.","items":{"type":"string"}},"service_check_interval":{"type":"string","description":"How often Consul checks the registered service, e.g. 5s (the default)."},"service_check_tls_server_name":{"type":"string","description":"Server name (SNI) Consul uses for the TLS health check."}}},"zookeeper":{"type":"object","description":"Connection to ZooKeeper.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"hosts":{"description":"ZooKeeper servers as host:port, as a YAML list or a comma-separated string. Required. Env: PATRONI_ZOOKEEPER_HOSTS.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"use_ssl":{"type":"boolean","description":"Connect with TLS. Default false; the other TLS settings are ignored without it."},"cacert":{"type":"string","description":"CA certificate; setting it enables verification."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file."},"key_password":{"type":"string","description":"Passphrase of the client private key.","x-secret":true},"verify":{"type":"boolean","description":"Verify the server certificate. Default true."},"set_acls":{"type":"object","description":"Default ACL (x509 scheme) for the znodes Patroni creates: principal → list of permissions (CREATE, READ, WRITE, DELETE, ADMIN or ALL).","additionalProperties":{"type":"array","items":{"type":"string"}}},"auth_data":{"type":"object","description":"Authentication credentials for the connection, as scheme: credential.","additionalProperties":{"type":"string","x-secret":true},"x-secret":true,"x-patroni-since":"3.3"},"exhibitor":{"description":"Old place of the exhibitor section.","allOf":[{"$ref":"#/definitions/exhibitor"}],"x-deprecated":"use the top-level exhibitor section instead","deprecated":true}}},"exhibitor":{"type":"object","description":"ZooKeeper ensemble managed by Exhibitor.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"hosts":{"type":"array","description":"Initial Exhibitor hosts (a YAML list); the list is then kept up to date from Exhibitor. Env: PATRONI_EXHIBITOR_HOSTS.","items":{"type":"string"}},"port":{"description":"Exhibitor's port. Required.","allOf":[{"$ref":"#/definitions/port"}]},"poll_interval":{"type":"integer","minimum":1,"description":"Seconds between updates of the ZooKeeper and Exhibitor node lists. Default 300."}}},"kubernetes":{"type":"object","description":"Kubernetes API as the DCS (ConfigMaps or Endpoints of the cluster's namespace).","additionalProperties":false,"properties":{"bypass_api_service":{"type":"boolean","description":"Resolve the API servers behind the kubernetes service and talk to them directly."},"namespace":{"type":"string","description":"Kubernetes namespace of the Patroni pods and objects. Default: default. Note that a top-level namespace, when set, is copied over this value."},"labels":{"type":"object","description":"Labels identifying the objects (pods, Endpoints or ConfigMaps) of this cluster; Patroni also sets them on the objects it creates.","additionalProperties":{"type":"string"}},"scope_label":{"type":"string","description":"Label holding the cluster name. Default cluster-name."},"role_label":{"type":"string","description":"Label Patroni sets on its pod with the member's role. Default role."},"leader_label_value":{"type":"string","description":"Value of role_label on the primary. Default primary (master before Patroni 4.0).","x-patroni-since":"3.1"},"follower_label_value":{"type":"string","description":"Value of role_label on replicas. Default replica.","x-patroni-since":"3.1"},"standby_leader_label_value":{"type":"string","description":"Value of role_label on a standby leader. Default primary (master before Patroni 4.0).","x-patroni-since":"3.1"},"tmp_role_label":{"type":"string","description":"Name of a second, temporary role label that always uses the default values; for migrating role values.","x-patroni-since":"3.1"},"bootstrap_labels":{"type":"object","description":"Labels set on the pod while it initialises a new cluster, runs a custom bootstrap or creates a replica.","additionalProperties":{"type":"string"},"x-patroni-since":"4.1"},"use_endpoints":{"type":"boolean","description":"Keep the leader lock and state in Endpoints instead of ConfigMaps."},"pod_ip":{"type":"string","description":"IP address of this pod; required with use_endpoints (it goes into the leader Endpoint)."},"ports":{"type":"array","description":"Ports of the leader Endpoint when use_endpoints is set; names must match the Service's port names.","items":{"type":"object","description":"One port.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Port name, as in the Service."},"port":{"type":"integer","minimum":0,"maximum":65535,"description":"Port number."}},"required":["name","port"]}},"cacert":{"type":"string","description":"CA bundle used to verify the API server. Default: the service account's."},"context":{"type":"string","description":"kubeconfig context, used when patronictl runs outside the cluster."},"retriable_http_codes":{"description":"Extra HTTP status codes from the API that Patroni retries (it always retries 500, 503 and 504).","anyOf":[{"type":"integer"},{"type":"array","items":{"type":"integer"}}],"x-patroni-since":"3.0.2"}}},"raft":{"type":"object","description":"Patroni's built-in Raft consensus (pysyncobj) as the DCS. Deprecated by Patroni since 3.0 but still available.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"self_addr":{"description":"This node's Raft address, ip:port, reachable from the others. Without it the node does not take part in the consensus.","allOf":[{"$ref":"#/definitions/hostPort"}]},"bind_addr":{"description":"Address to listen on for Raft, when it differs from self_addr.","allOf":[{"$ref":"#/definitions/hostPort"}]},"partner_addrs":{"type":"array","description":"Raft addresses (ip:port) of the other nodes.","items":{"$ref":"#/definitions/hostPort"}},"data_dir":{"type":"string","description":"Directory for the Raft journal and snapshots. Default: the working directory."},"password":{"type":"string","description":"Password that encrypts Raft traffic (needs the cryptography module).","x-secret":true}}},"watchdog":{"type":["object","null"],"description":"Linux software/hardware watchdog, which resets the node if Patroni stops responding while it is the primary. An empty value (null) counts as none.","additionalProperties":false,"properties":{"mode":{"description":"off (or YAML false), automatic (use the watchdog when available; the default) or required (never become leader without it). Patroni also accepts auto, require, disable and disabled, in any letter case; anything else disables the watchdog with a warning.","anyOf":[{"type":"string","enum":["off","automatic","required"]},{"type":"string","pattern":"^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"},{"const":false}]},"device":{"type":"string","description":"Watchdog device. Default /dev/watchdog."},"safety_margin":{"type":"integer","minimum":-1,"description":"Seconds between the watchdog firing and the leader key expiring. Default 5; -1 sets the watchdog timeout to ttl / 2."},"driver":{"type":"string","description":"Watchdog driver. Default default (Linux)."}}},"tags":{"type":["object","null"],"description":"Tags of this member, visible in the REST API and patronictl list. Besides the predefined ones below, any other key is a custom tag. An empty value (null) counts as none.","properties":{"nofailover":{"type":"boolean","description":"Never let this member become the leader. Do not combine with failover_priority. Default false."},"failover_priority":{"description":"Preference of this member in leader elections among members with the same WAL position: higher wins; 0 or less excludes it (like nofailover). Do not combine with nofailover.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"3.2"},"clonefrom":{"type":"boolean","description":"Prefer this member as the source when other members build a replica with pg_basebackup. Default false."},"noloadbalance":{"type":"boolean","description":"Make GET /replica answer 503 so load balancers leave this member out. Default false."},"replicatefrom":{"type":"string","description":"Name of another member to stream from (cascading replication)."},"nosync":{"type":"boolean","description":"Never choose this member as a synchronous replica. Do not combine with sync_priority. Default false."},"sync_priority":{"description":"Preference of this member when choosing synchronous replicas (synchronous_mode on): higher wins; 0 or less excludes it (like nosync). Do not combine with nosync.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"4.1"},"nostream":{"description":"Do not stream WAL with the replication protocol; rely on restore_command and pg_wal polling. Also stops permanent logical slot copying on this member and its cascading replicas. No effect on the primary.","allOf":[{"$ref":"#/definitions/booleanLike"}],"x-patroni-since":"3.3"}},"additionalProperties":{"description":"A custom tag."}},"citus":{"type":"object","description":"Citus integration: Patroni registers the workers on the coordinator. When it is set, a new cluster gets synchronous_mode: quorum by default.","additionalProperties":false,"properties":{"group":{"type":"integer","minimum":0,"description":"Citus group id: 0 for the coordinator, 1, 2 ... for workers. Must be an integer, or Patroni ignores the whole section."},"database":{"type":"string","description":"Database where the citus extension lives; the same on all nodes. Must be a string, or Patroni ignores the whole section."}}}}};
const schema12 = {"description":"A whole number. Patroni converts it with Python int(), so a quoted string of digits such as \"30\" is accepted too; units, decimals and other text are not.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*[+-]?[0-9]+\\s*$"}]};
const schema13 = {"description":"A size in bytes: an integer, or a string with a number and an optional unit (B, kB, MB, GB, TB), e.g. \"512kB\". Read with Patroni's parse_int() using bytes as the base unit.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"}]};
const schema95 = {"type":"object","description":"Citus integration: Patroni registers the workers on the coordinator. When it is set, a new cluster gets synchronous_mode: quorum by default.","additionalProperties":false,"properties":{"group":{"type":"integer","minimum":0,"description":"Citus group id: 0 for the coordinator, 1, 2 ... for workers. Must be an integer, or Patroni ignores the whole section."},"database":{"type":"string","description":"Database where the citus extension lives; the same on all nodes. Must be a string, or Patroni ignores the whole section."}}};
const schema104 = {"type":"object","description":"Kubernetes API as the DCS (ConfigMaps or Endpoints of the cluster's namespace).","additionalProperties":false,"properties":{"bypass_api_service":{"type":"boolean","description":"Resolve the API servers behind the kubernetes service and talk to them directly."},"namespace":{"type":"string","description":"Kubernetes namespace of the Patroni pods and objects. Default: default. Note that a top-level namespace, when set, is copied over this value."},"labels":{"type":"object","description":"Labels identifying the objects (pods, Endpoints or ConfigMaps) of this cluster; Patroni also sets them on the objects it creates.","additionalProperties":{"type":"string"}},"scope_label":{"type":"string","description":"Label holding the cluster name. Default cluster-name."},"role_label":{"type":"string","description":"Label Patroni sets on its pod with the member's role. Default role."},"leader_label_value":{"type":"string","description":"Value of role_label on the primary. Default primary (master before Patroni 4.0).","x-patroni-since":"3.1"},"follower_label_value":{"type":"string","description":"Value of role_label on replicas. Default replica.","x-patroni-since":"3.1"},"standby_leader_label_value":{"type":"string","description":"Value of role_label on a standby leader. Default primary (master before Patroni 4.0).","x-patroni-since":"3.1"},"tmp_role_label":{"type":"string","description":"Name of a second, temporary role label that always uses the default values; for migrating role values.","x-patroni-since":"3.1"},"bootstrap_labels":{"type":"object","description":"Labels set on the pod while it initialises a new cluster, runs a custom bootstrap or creates a replica.","additionalProperties":{"type":"string"},"x-patroni-since":"4.1"},"use_endpoints":{"type":"boolean","description":"Keep the leader lock and state in Endpoints instead of ConfigMaps."},"pod_ip":{"type":"string","description":"IP address of this pod; required with use_endpoints (it goes into the leader Endpoint)."},"ports":{"type":"array","description":"Ports of the leader Endpoint when use_endpoints is set; names must match the Service's port names.","items":{"type":"object","description":"One port.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Port name, as in the Service."},"port":{"type":"integer","minimum":0,"maximum":65535,"description":"Port number."}},"required":["name","port"]}},"cacert":{"type":"string","description":"CA bundle used to verify the API server. Default: the service account's."},"context":{"type":"string","description":"kubeconfig context, used when patronictl runs outside the cluster."},"retriable_http_codes":{"description":"Extra HTTP status codes from the API that Patroni retries (it always retries 500, 503 and 504).","anyOf":[{"type":"integer"},{"type":"array","items":{"type":"integer"}}],"x-patroni-since":"3.0.2"}}};
const schema123 = {"type":["object","null"],"description":"Linux software/hardware watchdog, which resets the node if Patroni stops responding while it is the primary. An empty value (null) counts as none.","additionalProperties":false,"properties":{"mode":{"description":"off (or YAML false), automatic (use the watchdog when available; the default) or required (never become leader without it). Patroni also accepts auto, require, disable and disabled, in any letter case; anything else disables the watchdog with a warning.","anyOf":[{"type":"string","enum":["off","automatic","required"]},{"type":"string","pattern":"^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"},{"const":false}]},"device":{"type":"string","description":"Watchdog device. Default /dev/watchdog."},"safety_margin":{"type":"integer","minimum":-1,"description":"Seconds between the watchdog firing and the leader key expiring. Default 5; -1 sets the watchdog timeout to ttl / 2."},"driver":{"type":"string","description":"Watchdog driver. Default default (Linux)."}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\s*[+-]?[0-9]+\\s*$", "u");
const pattern1 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$", "u");
const pattern55 = new RegExp("^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$", "u");
const schema14 = {"type":["object","null"],"description":"Patroni's own logging (not PostgreSQL's). An empty value (null) counts as none.","additionalProperties":false,"properties":{"type":{"type":"string","enum":["plain","json"],"description":"Log format: plain (default) or json (needs the python-json-logger package).","x-patroni-since":"3.3"},"level":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"],"description":"Logging level. Default INFO. Upper case only."},"traceback_level":{"description":"Level at which Python tracebacks are logged: ERROR (default) or DEBUG (tracebacks only shown when level is DEBUG).","anyOf":[{"type":"string","enum":["DEBUG","ERROR"]},{"type":"string","pattern":"^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"}]},"format":{"description":"Log line format: a Python logging format string such as \"%(asctime)s %(levelname)s: %(message)s\" (the default), or, with type json, a non-empty list of LogRecord attributes.","anyOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/logField"}}]},"dateformat":{"type":"string","description":"Date format for %(asctime)s, in strftime syntax."},"static_fields":{"type":"object","description":"Fields added to every record in json format, as name: value.","x-patroni-since":"3.3"},"max_queue_size":{"type":"integer","description":"Capacity, in records, of the in-memory queue between Patroni's threads and the log writer. Default 1000."},"dir":{"type":"string","description":"Directory for Patroni's log files (must exist and be writable). When set, Patroni writes rotating files there instead of to stderr."},"mode":{"description":"Permissions of the log files, e.g. 0640 (0 to 0777). Default: from the umask.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"4.0"},"file_num":{"description":"Number of rotated log files kept. Default 4.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"file_size":{"description":"Size in bytes at which the log file is rotated. Default 25000000.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"loggers":{"type":"object","description":"Logging level per Python logger, e.g. {patroni.postmaster: WARNING, urllib3: DEBUG}.","additionalProperties":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]}},"deduplicate_heartbeat_logs":{"type":"boolean","description":"Do not repeat identical heartbeat messages of the main loop. Default false.","x-patroni-since":"4.1"}}};
const schema15 = {"description":"A LogRecord attribute to include (e.g. message, levelname), or a one-key mapping that renames it in the JSON output (e.g. {levelname: level}).","anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}}]};
const schema16 = {"description":"A whole number read with Patroni's parse_int(): an integer, or a string holding a decimal, octal (leading 0) or hexadecimal (0x) number; a fractional value is rounded. No unit is allowed.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"}]};
const pattern2 = new RegExp("^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$", "u");
const pattern3 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema14.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema14.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "plain") || (data0 === "json"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema14.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data1 === "DEBUG") || (data1 === "INFO")) || (data1 === "WARN")) || (data1 === "WARNING")) || (data1 === "ERROR")) || (data1 === "FATAL")) || (data1 === "CRITICAL")) || (data1 === "NOTSET"))){
const err5 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema14.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.traceback_level !== undefined){
let data2 = data.traceback_level;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "DEBUG") || (data2 === "ERROR"))){
const err7 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema14.properties.traceback_level.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err8 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"},message:"must match pattern \""+"^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.format !== undefined){
let data3 = data.format;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs16 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs20 = errors;
let valid6 = false;
const _errs21 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/definitions/logField/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs23 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 1){
const err14 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/definitions/logField/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Object.keys(data4).length < 1){
const err15 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/definitions/logField/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data4){
if(typeof data4[key1] !== "string"){
const err16 = {instancePath:instancePath+"/format/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/logField/anyOf/1/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/definitions/logField/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
const err18 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/definitions/logField/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err20 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.dateformat !== undefined){
if(typeof data.dateformat !== "string"){
const err21 = {instancePath:instancePath+"/dateformat",schemaPath:"#/properties/dateformat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.static_fields !== undefined){
let data7 = data.static_fields;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err22 = {instancePath:instancePath+"/static_fields",schemaPath:"#/properties/static_fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.max_queue_size !== undefined){
let data8 = data.max_queue_size;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err23 = {instancePath:instancePath+"/max_queue_size",schemaPath:"#/properties/max_queue_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.dir !== undefined){
if(typeof data.dir !== "string"){
const err24 = {instancePath:instancePath+"/dir",schemaPath:"#/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.mode !== undefined){
let data10 = data.mode;
const _errs39 = errors;
let valid10 = false;
const _errs40 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err25 = {instancePath:instancePath+"/mode",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs42 = errors;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err26 = {instancePath:instancePath+"/mode",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/mode",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs42 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err28 = {instancePath:instancePath+"/mode",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.file_num !== undefined){
let data11 = data.file_num;
const _errs47 = errors;
let valid13 = false;
const _errs48 = errors;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err29 = {instancePath:instancePath+"/file_num",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid4 = _errs48 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs50 = errors;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err30 = {instancePath:instancePath+"/file_num",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/file_num",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid13 = valid13 || _valid4;
}
if(!valid13){
const err32 = {instancePath:instancePath+"/file_num",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data.file_size !== undefined){
let data12 = data.file_size;
const _errs55 = errors;
let valid16 = false;
const _errs56 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err33 = {instancePath:instancePath+"/file_size",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid5 = _errs56 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs58 = errors;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err34 = {instancePath:instancePath+"/file_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/file_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid5 = _errs58 === errors;
valid16 = valid16 || _valid5;
}
if(!valid16){
const err36 = {instancePath:instancePath+"/file_size",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
if(data.loggers !== undefined){
let data13 = data.loggers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
let data14 = data13[key2];
if(typeof data14 !== "string"){
const err37 = {instancePath:instancePath+"/loggers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/loggers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((((((data14 === "DEBUG") || (data14 === "INFO")) || (data14 === "WARN")) || (data14 === "WARNING")) || (data14 === "ERROR")) || (data14 === "FATAL")) || (data14 === "CRITICAL")) || (data14 === "NOTSET"))){
const err38 = {instancePath:instancePath+"/loggers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/loggers/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema14.properties.loggers.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.deduplicate_heartbeat_logs !== undefined){
if(typeof data.deduplicate_heartbeat_logs !== "boolean"){
const err40 = {instancePath:instancePath+"/deduplicate_heartbeat_logs",schemaPath:"#/properties/deduplicate_heartbeat_logs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","description":"Patroni's REST API: health checks for load balancers, communication between members during elections, and the endpoint patronictl talks to.","additionalProperties":false,"properties":{"listen":{"description":"Address and port the REST API listens on, e.g. 0.0.0.0:8008. Required. Env: PATRONI_RESTAPI_LISTEN.","allOf":[{"$ref":"#/definitions/hostPort"}]},"connect_address":{"description":"Address and port other members use to reach this REST API; it is published in the DCS. Must be reachable from all members, so not a loopback or wildcard address. Env: PATRONI_RESTAPI_CONNECT_ADDRESS.","allOf":[{"$ref":"#/definitions/hostPort"}]},"authentication":{"description":"Basic-auth credentials required for the unsafe endpoints (POST, PUT, PATCH, DELETE ...). Env: PATRONI_RESTAPI_USERNAME / PATRONI_RESTAPI_PASSWORD.","allOf":[{"$ref":"#/definitions/basicAuth"}]},"auth":{"type":"string","description":"Credentials as one \"username:password\" string. Patroni builds it from authentication; when set by hand it is used directly.","x-secret":true,"x-deprecated":"use restapi.authentication instead","deprecated":true},"certfile":{"type":"string","description":"PEM certificate file. When set (and not empty), the REST API serves HTTPS."},"keyfile":{"type":"string","description":"PEM private key file of certfile."},"keyfile_password":{"type":"string","description":"Passphrase that decrypts keyfile.","x-secret":true},"cafile":{"type":"string","description":"CA bundle used to verify client certificates."},"ciphers":{"type":"string","description":"Allowed TLS cipher suites, in OpenSSL cipher-list syntax."},"verify_client":{"description":"Client certificate checking: none (default); optional (certificate required for the unsafe endpoints); required (for all requests, so ctl.certfile and ctl.keyfile must then be set too). Patroni lower-cases the value; patroni --validate-config insists on lower case.","anyOf":[{"type":"string","enum":["none","optional","required"]},{"type":"string","pattern":"^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"}]},"allowlist":{"type":"array","description":"Hosts, IP addresses or CIDR networks allowed to call the unsafe endpoints. When set (or with allowlist_include_members), everything else is rejected.","items":{"type":"string"}},"allowlist_include_members":{"type":"boolean","description":"Also allow the unsafe endpoints from the other members registered in the DCS (by the host of their api_url)."},"http_extra_headers":{"type":"object","description":"Extra HTTP headers added to every REST API response, as name: value.","additionalProperties":{"type":"string"}},"https_extra_headers":{"type":"object","description":"Extra headers added to the responses only when the REST API serves HTTPS (in addition to http_extra_headers), e.g. Strict-Transport-Security.","additionalProperties":{"type":"string"}},"request_queue_size":{"description":"Listen backlog of the REST API socket; requests beyond it are refused. Default 5, 0 to 4096.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-patroni-since":"3.0.3"},"server_tokens":{"description":"What the Server HTTP header reveals: original (default: BaseHTTP and Python versions), productonly (just \"Patroni\"), minimal (\"Patroni/<version>\"). Case-insensitive.","anyOf":[{"type":"string","enum":["original","productonly","minimal"]},{"type":"string","pattern":"^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"}],"x-patroni-since":"4.1"},"thread_pool_size":{"description":"Number of threads serving REST API requests. Default and minimum 5.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-patroni-since":["3.3.9","4.0.8","4.1.1"]}}};
const schema20 = {"type":"string","description":"An address as host:port. The host may be a name, an IPv4 address or an IPv6 address (optionally in square brackets).","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"};
const schema22 = {"type":"object","description":"HTTP basic authentication credentials.","additionalProperties":false,"properties":{"username":{"type":"string","description":"User name."},"password":{"type":["string","number"],"description":"Password. Patroni joins it with the user name into one \"user:password\" string, so a number works too.","x-secret":true}}};
const pattern6 = new RegExp("^.*:\\s*[0-9]{1,5}\\s*$", "u");
const pattern8 = new RegExp("^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$", "u");
const pattern10 = new RegExp("^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.listen !== undefined){
let data0 = data.listen;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/listen",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/listen",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connect_address !== undefined){
let data1 = data.connect_address;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err3 = {instancePath:instancePath+"/connect_address",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/connect_address",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.authentication !== undefined){
let data2 = data.authentication;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "username") || (key1 === "password"))){
const err5 = {instancePath:instancePath+"/authentication",schemaPath:"#/definitions/basicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.username !== undefined){
if(typeof data2.username !== "string"){
const err6 = {instancePath:instancePath+"/authentication/username",schemaPath:"#/definitions/basicAuth/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.password !== undefined){
let data4 = data2.password;
if((typeof data4 !== "string") && (!(typeof data4 == "number"))){
const err7 = {instancePath:instancePath+"/authentication/password",schemaPath:"#/definitions/basicAuth/properties/password/type",keyword:"type",params:{type: schema22.properties.password.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authentication",schemaPath:"#/definitions/basicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.auth !== undefined){
if(typeof data.auth !== "string"){
const err9 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.certfile !== undefined){
if(typeof data.certfile !== "string"){
const err10 = {instancePath:instancePath+"/certfile",schemaPath:"#/properties/certfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.keyfile !== undefined){
if(typeof data.keyfile !== "string"){
const err11 = {instancePath:instancePath+"/keyfile",schemaPath:"#/properties/keyfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.keyfile_password !== undefined){
if(typeof data.keyfile_password !== "string"){
const err12 = {instancePath:instancePath+"/keyfile_password",schemaPath:"#/properties/keyfile_password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cafile !== undefined){
if(typeof data.cafile !== "string"){
const err13 = {instancePath:instancePath+"/cafile",schemaPath:"#/properties/cafile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ciphers !== undefined){
if(typeof data.ciphers !== "string"){
const err14 = {instancePath:instancePath+"/ciphers",schemaPath:"#/properties/ciphers/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.verify_client !== undefined){
let data11 = data.verify_client;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data11 === "none") || (data11 === "optional")) || (data11 === "required"))){
const err16 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema19.properties.verify_client.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs33 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs35 = errors;
if(typeof data11 === "string"){
if(!pattern8.test(data11)){
const err17 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"},message:"must match pattern \""+"^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs35 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err19 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.allowlist !== undefined){
let data12 = data.allowlist;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err20 = {instancePath:instancePath+"/allowlist/" + i0,schemaPath:"#/properties/allowlist/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/allowlist",schemaPath:"#/properties/allowlist/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.allowlist_include_members !== undefined){
if(typeof data.allowlist_include_members !== "boolean"){
const err22 = {instancePath:instancePath+"/allowlist_include_members",schemaPath:"#/properties/allowlist_include_members/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.http_extra_headers !== undefined){
let data15 = data.http_extra_headers;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(typeof data15[key2] !== "string"){
const err23 = {instancePath:instancePath+"/http_extra_headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/http_extra_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/http_extra_headers",schemaPath:"#/properties/http_extra_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.https_extra_headers !== undefined){
let data17 = data.https_extra_headers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key3 in data17){
if(typeof data17[key3] !== "string"){
const err25 = {instancePath:instancePath+"/https_extra_headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/https_extra_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/https_extra_headers",schemaPath:"#/properties/https_extra_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.request_queue_size !== undefined){
let data19 = data.request_queue_size;
const _errs56 = errors;
let valid15 = false;
const _errs57 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err27 = {instancePath:instancePath+"/request_queue_size",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs57 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const _errs59 = errors;
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
const err28 = {instancePath:instancePath+"/request_queue_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/request_queue_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs59 === errors;
valid15 = valid15 || _valid1;
}
if(!valid15){
const err30 = {instancePath:instancePath+"/request_queue_size",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.server_tokens !== undefined){
let data20 = data.server_tokens;
const _errs62 = errors;
let valid16 = false;
const _errs63 = errors;
if(typeof data20 !== "string"){
const err31 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data20 === "original") || (data20 === "productonly")) || (data20 === "minimal"))){
const err32 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema19.properties.server_tokens.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs63 === errors;
valid16 = valid16 || _valid2;
if(!valid16){
const _errs65 = errors;
if(typeof data20 === "string"){
if(!pattern10.test(data20)){
const err33 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"},message:"must match pattern \""+"^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs65 === errors;
valid16 = valid16 || _valid2;
}
if(!valid16){
const err35 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data.thread_pool_size !== undefined){
let data21 = data.thread_pool_size;
const _errs70 = errors;
let valid19 = false;
const _errs71 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err36 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs71 === errors;
valid19 = valid19 || _valid3;
if(!valid19){
const _errs73 = errors;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err37 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs73 === errors;
valid19 = valid19 || _valid3;
}
if(!valid19){
const err39 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":["object","null"],"description":"Settings for patronictl when it reads this configuration file. An empty value (null) counts as none.","additionalProperties":false,"properties":{"authentication":{"description":"Basic-auth credentials patronictl sends to the REST API. Default: restapi.authentication. Env: PATRONI_CTL_USERNAME / PATRONI_CTL_PASSWORD.","allOf":[{"$ref":"#/definitions/basicAuth"}]},"auth":{"type":"string","description":"Credentials as one \"username:password\" string, used instead of authentication.","x-secret":true,"x-deprecated":"use ctl.authentication instead","deprecated":true},"insecure":{"type":"boolean","description":"Do not verify the REST API's TLS certificate."},"cacert":{"type":"string","description":"CA bundle (file or directory) used to verify the REST API's certificate. Default: restapi.cafile."},"certfile":{"type":"string","description":"Client certificate (PEM) patronictl presents to the REST API. Before Patroni 3.1, restapi.certfile and restapi.keyfile were used when this was absent."},"keyfile":{"type":"string","description":"Private key (PEM) of certfile."},"keyfile_password":{"type":"string","description":"Passphrase that decrypts keyfile.","x-secret":true}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema25.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "authentication") || (key0 === "auth")) || (key0 === "insecure")) || (key0 === "cacert")) || (key0 === "certfile")) || (key0 === "keyfile")) || (key0 === "keyfile_password"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authentication !== undefined){
let data0 = data.authentication;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "username") || (key1 === "password"))){
const err2 = {instancePath:instancePath+"/authentication",schemaPath:"#/definitions/basicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.username !== undefined){
if(typeof data0.username !== "string"){
const err3 = {instancePath:instancePath+"/authentication/username",schemaPath:"#/definitions/basicAuth/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.password !== undefined){
let data2 = data0.password;
if((typeof data2 !== "string") && (!(typeof data2 == "number"))){
const err4 = {instancePath:instancePath+"/authentication/password",schemaPath:"#/definitions/basicAuth/properties/password/type",keyword:"type",params:{type: schema22.properties.password.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/authentication",schemaPath:"#/definitions/basicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.auth !== undefined){
if(typeof data.auth !== "string"){
const err6 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.insecure !== undefined){
if(typeof data.insecure !== "boolean"){
const err7 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err8 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.certfile !== undefined){
if(typeof data.certfile !== "string"){
const err9 = {instancePath:instancePath+"/certfile",schemaPath:"#/properties/certfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.keyfile !== undefined){
if(typeof data.keyfile !== "string"){
const err10 = {instancePath:instancePath+"/keyfile",schemaPath:"#/properties/keyfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.keyfile_password !== undefined){
if(typeof data.keyfile_password !== "string"){
const err11 = {instancePath:instancePath+"/keyfile_password",schemaPath:"#/properties/keyfile_password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","description":"How a brand-new cluster is created. Used only by the first member that initialises it; other members become replicas. Besides the keys below, any key holding a mapping is a custom bootstrap method section, selected by method.","properties":{"dcs":{"description":"The initial dynamic configuration, written to the DCS when the cluster is initialised.","allOf":[{"$ref":"#/definitions/dynamicConfiguration"}]},"method":{"type":"string","description":"Name of the bootstrap method: initdb (the default) or the name of a custom method section in bootstrap. If that section is missing or has no command, Patroni silently uses initdb."},"initdb":{"description":"Options for initdb, as a list or as a mapping.","allOf":[{"$ref":"#/definitions/initdbOptions"}]},"post_bootstrap":{"description":"A command run once after the cluster is initialised (after initdb or the custom method). It receives a connection URL as its last argument (connecting as the superuser), with PGPASSFILE set. A non-zero exit makes the bootstrap fail.","allOf":[{"$ref":"#/definitions/command"}]},"post_init":{"description":"Other name of post_bootstrap, used when post_bootstrap is absent.","allOf":[{"$ref":"#/definitions/command"}]},"users":{"type":["object","null"],"description":"Roles Patroni created after initialising a new cluster. Removed in Patroni 4.0, which only logs an error. An empty value (null) counts as none.","additionalProperties":{"$ref":"#/definitions/legacyBootstrapUser"},"x-patroni-until":"4.0","x-deprecated":"create the roles in a bootstrap.post_bootstrap script instead","deprecated":true},"pg_hba":{"type":"array","description":"Lines appended to pg_hba.conf right after initialisation, only when no postgresql.pg_hba is configured (locally or in the dynamic configuration) and hba_file is not set.","items":{"type":"string"},"x-deprecated":"use postgresql.pg_hba or bootstrap.dcs.postgresql.pg_hba instead","deprecated":true}},"additionalProperties":{"description":"A custom bootstrap method section, used when bootstrap.method names it.","type":"object","allOf":[{"$ref":"#/definitions/customBootstrapMethod"}]}};
const schema30 = {"type":"string","description":"A command line. Patroni splits it with Python shlex.split() and runs it directly, without a shell: quotes group words, but pipes, redirections, && and environment variable expansion do not work unless you call a shell yourself (e.g. sh -c \"...\")."};
const schema94 = {"type":"object","description":"A role to create after the cluster is initialised.","additionalProperties":false,"properties":{"password":{"type":"string","description":"Password of the role.","x-secret":true},"options":{"type":"array","description":"Role attributes, e.g. createrole, createdb.","items":{"type":"string"}}}};
const schema28 = {"description":"A custom way of creating the new cluster instead of initdb, used when bootstrap.method names this section. Patroni only runs it if it has a command; otherwise it silently falls back to initdb. The command gets --scope=<scope> and --datadir=<data_dir> unless no_params is set, and every key other than the reserved ones (command, no_params, keep_existing_recovery_conf, recovery_conf, scope, datadir) is passed as --key=value (Patroni 3.2.0 and later; 3.2.0 itself also passed --command). Bootstrap methods are not chained: if the command fails, the bootstrap fails.","properties":{"command":{"description":"The script or program that produces the data directory, e.g. a restore from a backup tool. Its exit code decides success.","allOf":[{"$ref":"#/definitions/command"}]},"no_params":{"description":"When true, Patroni does not add --scope and --datadir to the command line.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"keep_existing_recovery_conf":{"description":"When true, Patroni keeps the recovery configuration the command produced: recovery.conf on PostgreSQL 11 and older, or recovery.signal/standby.signal and the recovery settings on PostgreSQL 12 and newer. Useful with tools such as pgBackRest or Barman that write it for you.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"recovery_conf":{"description":"Recovery settings Patroni writes before the first start of the restored instance (recovery.conf, or postgresql.conf plus recovery.signal on PostgreSQL 12+). Usually a recovery_target_* setting, restore_command and recovery_target_action: promote.","allOf":[{"$ref":"#/definitions/recoveryConf"}]}},"additionalProperties":{"description":"Any other key is passed to the command as --key=value (Patroni 3.2.0 and later; earlier releases ignore it).","allOf":[{"$ref":"#/definitions/scalar"}],"x-patroni-since":"3.2"}};
const schema29 = {"description":"A single value: string, number, boolean or null.","type":["string","number","boolean","null"]};
const schema31 = {"description":"A flag Patroni tests with Python truthiness: true, or a non-zero integer, turns it on. Write true or false; a string would count as on whatever it says (even \"false\"), so strings are rejected.","anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"null"}]};
const schema33 = {"type":["object","null"],"description":"Recovery settings as a mapping of setting name to value (restore_command, recovery_target_time, recovery_target_action, recovery_min_apply_delay ...). Patroni writes them to recovery.conf on PostgreSQL 11 and older and into postgresql.conf on 12 and newer, where it also creates the matching signal file. primary_conninfo, primary_slot_name and similar settings are managed by Patroni itself. An empty value (null) counts as none.","additionalProperties":{"$ref":"#/definitions/scalar"}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema33.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "no_params")) || (key0 === "keep_existing_recovery_conf")) || (key0 === "recovery_conf"))){
let data0 = data[key0];
if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data.command !== undefined){
if(typeof data.command !== "string"){
const err1 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.no_params !== undefined){
let data2 = data.no_params;
const _errs12 = errors;
let valid8 = false;
const _errs13 = errors;
if(typeof data2 !== "boolean"){
const err2 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs15 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err3 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs17 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid8 = valid8 || _valid0;
}
}
if(!valid8){
const err5 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.keep_existing_recovery_conf !== undefined){
let data3 = data.keep_existing_recovery_conf;
const _errs22 = errors;
let valid11 = false;
const _errs23 = errors;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/keep_existing_recovery_conf",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const _errs25 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/keep_existing_recovery_conf",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const _errs27 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/keep_existing_recovery_conf",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid11 = valid11 || _valid1;
}
}
if(!valid11){
const err9 = {instancePath:instancePath+"/keep_existing_recovery_conf",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.recovery_conf !== undefined){
if(!(validate19(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
validate18.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","description":"Dynamic configuration: cluster-wide settings kept in the DCS (/<namespace>/<scope>/config) and applied on every member. Patroni writes bootstrap.dcs there once, when the cluster is first initialised; afterwards change them with patronictl edit-config or the REST API, since edits here no longer have any effect.","additionalProperties":false,"properties":{"loop_wait":{"description":"Seconds the main loop sleeps between runs. Default 10, minimum 1. Keep loop_wait + 2 * retry_timeout <= ttl; Patroni adjusts the values otherwise (3.2.0 and later).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"ttl":{"description":"Lifetime of the leader lock, in seconds: roughly how long before a failover starts when the primary disappears. Default 30, minimum 20.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"retry_timeout":{"description":"Seconds Patroni keeps retrying DCS and PostgreSQL operations; shorter outages do not demote the primary. Default 10, minimum 3.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"maximum_lag_on_failover":{"description":"Maximum lag, in bytes, a replica may have and still take part in a leader election. Default 1048576 (1 MiB).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"maximum_lag_on_syncnode":{"description":"Maximum lag, in bytes, of a synchronous replica before Patroni replaces it by a healthier asynchronous one. Default -1 (never); 0 or less disables the check.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"max_timelines_history":{"description":"Maximum number of timeline history entries kept in the DCS. Default 0: keep them all.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"primary_start_timeout":{"description":"Seconds a failed primary may take to recover before a failover is triggered. Default 300; 0 fails over at once (when possible).","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"primary_stop_timeout":{"description":"Seconds Patroni waits for PostgreSQL to stop when synchronous_mode is on before sending SIGKILL. Default 0: no limit.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"master_start_timeout":{"description":"Old name of primary_start_timeout, used only when primary_start_timeout is absent.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-deprecated":"use primary_start_timeout instead","deprecated":true},"master_stop_timeout":{"description":"Old name of primary_stop_timeout, used only when primary_stop_timeout is absent.","allOf":[{"$ref":"#/definitions/intOrIntString"}],"x-deprecated":"use primary_stop_timeout instead","deprecated":true},"synchronous_mode":{"description":"Synchronous replication managed by Patroni: true/on turns it on (Patroni maintains synchronous_standby_names and only a synchronous replica may be promoted), quorum enables quorum commit (PostgreSQL 10+, Patroni 4.0 and later), false/off leaves it off. Default off.","anyOf":[{"$ref":"#/definitions/booleanLike"},{"type":"string","pattern":"^[Qq][Uu][Oo][Rr][Uu][Mm]$","description":"Quorum-based synchronous replication (Patroni 4.0 and later).","x-patroni-since":"4.0"}]},"synchronous_mode_strict":{"description":"When no synchronous replica is available, keep writes blocked on the primary rather than falling back to asynchronous replication. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"synchronous_node_count":{"description":"Number of synchronous replicas Patroni maintains when synchronous_mode is on. Default 1.","allOf":[{"$ref":"#/definitions/intOrIntString"}]},"failsafe_mode":{"description":"DCS failsafe mode: the primary keeps running during a DCS outage as long as it can reach all other members through the REST API. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"check_timeline":{"description":"Only let a member take part in a leader election if its timeline is the newest one. Default false.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"pause":{"description":"Maintenance mode (patronictl pause): Patroni stops managing PostgreSQL automatically. Set here, the cluster starts paused.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"member_slots_ttl":{"description":"How long the physical replication slot of a member is kept after its member key disappears from the DCS, e.g. 30min (the default). 0 drops it at once. PostgreSQL 11+.","allOf":[{"$ref":"#/definitions/durationSeconds"}],"x-patroni-since":"4.0"},"postgresql":{"description":"Cluster-wide PostgreSQL settings.","allOf":[{"$ref":"#/definitions/dynamicPostgresql"}]},"standby_cluster":{"description":"Makes this a standby cluster replicating from a remote source.","allOf":[{"$ref":"#/definitions/standbyCluster"}]},"slots":{"type":["object","null"],"description":"Permanent replication slots, keyed by slot name (lower-case letters, digits and underscore only). Patroni keeps them across failovers; use_slots must be on. Logical slots need PostgreSQL 11+. An empty value (null) counts as none.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_slots":{"type":"object","description":"Old name of slots, used when slots is absent.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"},"x-deprecated":"use slots instead","deprecated":true},"permanent_replication_slots":{"type":"object","description":"Old name of slots, used when slots and permanent_slots are absent.","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"},"x-deprecated":"use slots instead","deprecated":true},"ignore_slots":{"type":["array","null"],"description":"Replication slots Patroni must not drop or touch, described by their properties. Unlike slots, this is a list. An empty value (null) counts as none.","items":{"$ref":"#/definitions/ignoreSlotMatcher"}}}};
const schema46 = {"description":"A switch. Besides YAML true/false, Patroni reads it with parse_bool(), which also understands the strings on/off, true/false, yes/no and 1/0 in any letter case, and the integers 1 and 0.","anyOf":[{"type":"boolean"},{"type":"integer","enum":[0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}]};
const schema52 = {"description":"A duration in seconds: an integer, or a string with a number and an optional PostgreSQL time unit (us, ms, s, min, h, d), e.g. \"30min\" or \"1h\". Read with Patroni's parse_int() using seconds as the base unit.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"}]};
const schema87 = {"description":"A permanent replication slot. Empty (null) means a physical slot. A logical slot needs database and plugin; when type is absent it is inferred from them.","anyOf":[{"type":"null"},{"type":"object","description":"Properties of the slot.","additionalProperties":false,"properties":{"type":{"type":"string","enum":["physical","logical"],"description":"Slot type."},"database":{"type":"string","description":"Database of a logical slot."},"plugin":{"type":"string","description":"Output plugin of a logical slot, e.g. pgoutput or test_decoding."},"cluster_type":{"type":"string","enum":["primary","standby"],"description":"Create the slot only in a primary cluster or only in a standby cluster; otherwise it is dropped there. Absent: both.","x-patroni-since":"4.1"}}}]};
const schema90 = {"type":"object","description":"Properties of replication slots Patroni must leave alone (managed outside Patroni). A slot is ignored when it matches every property given here.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Slot name."},"type":{"type":"string","enum":["physical","logical"],"description":"Slot type."},"database":{"type":"string","description":"Database (logical slots)."},"plugin":{"type":"string","description":"Output plugin (logical slots)."}}};
const pattern22 = new RegExp("^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$", "u");
const pattern23 = new RegExp("^[Qq][Uu][Oo][Rr][Uu][Mm]$", "u");
const pattern29 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$", "u");
const pattern39 = new RegExp("^[a-z0-9_]{1,63}$", "u");
const schema53 = {"type":["object","null"],"description":"The postgresql part of the dynamic configuration, shared by all members: Patroni merges it under the local postgresql section, whose values win, except use_slots (dynamic only) and the cluster-wide parameters. Any key holding a mapping is a replica creation method section, as in postgresql. connect_address, proxy_address, listen, config_dir, data_dir, pgpass and authentication are local only: Patroni discards them here. PostgreSQL settings belong under parameters, not directly here. An empty value (null) counts as none.","properties":{"parameters":{"description":"PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.","allOf":[{"$ref":"#/definitions/postgresqlParameters"}]},"pg_hba":{"description":"pg_hba.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgHba"}]},"pg_ident":{"description":"pg_ident.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgIdent"}]},"use_pg_rewind":{"type":"boolean","description":"Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on."},"pg_ctl_timeout":{"description":"Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"description":"Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.","allOf":[{"$ref":"#/definitions/recoveryConf"}]},"remove_data_directory_on_rewind_failure":{"type":"boolean","description":"When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false."},"remove_data_directory_on_diverged_timelines":{"type":"boolean","description":"When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false."},"create_replica_methods":{"type":["array","null"],"description":"Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.","items":{"type":"string"}},"create_replica_method":{"type":"array","description":"Old name of create_replica_methods, read only when create_replica_methods is absent or empty.","items":{"type":"string"},"x-deprecated":"use postgresql.create_replica_methods instead","deprecated":true},"basebackup":{"description":"Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.","allOf":[{"$ref":"#/definitions/basebackupOptions"}]},"callbacks":{"description":"Scripts run on PostgreSQL start, stop, restart, reload and role change.","allOf":[{"$ref":"#/definitions/callbacks"}]},"pre_promote":{"description":"A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.","allOf":[{"$ref":"#/definitions/command"}]},"before_stop":{"description":"A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.","allOf":[{"$ref":"#/definitions/command"}],"x-patroni-since":"3.0.3"},"use_unix_socket":{"type":"boolean","description":"Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false."},"use_unix_socket_repl":{"type":"boolean","description":"Same as use_unix_socket, for connections made as the replication user. Default false."},"bin_dir":{"type":"string","description":"Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH."},"bin_name":{"description":"Custom names of the PostgreSQL programs.","allOf":[{"$ref":"#/definitions/binName"}],"x-patroni-since":"3.0.3"},"custom_conf":{"type":"string","description":"Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence."},"config_base_name":{"type":"string","description":"Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf)."},"database":{"type":"string","description":"Database Patroni connects to for its own queries. Default postgres."},"krbsrvname":{"type":"string","description":"Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME)."},"use_slots":{"description":"Let Patroni create and manage physical replication slots for its members. Default true. Only the dynamic value counts; a local postgresql.use_slots is ignored.","allOf":[{"$ref":"#/definitions/booleanLike"}]}},"additionalProperties":{"description":"A replica creation method section, merged into the postgresql section of every member (a local section of the same name wins).","type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}};
const schema68 = {"type":["array","null"],"description":"Lines Patroni writes to pg_hba.conf, replacing the file's content (ignored when the hba_file parameter points somewhere else). Remember a line that lets the replication user connect from the other members. An empty value (null) counts as none.","items":{"type":"string"}};
const schema69 = {"type":["array","null"],"description":"Lines Patroni writes to pg_ident.conf, replacing the file's content (ignored when the ident_file parameter points somewhere else). An empty value (null) counts as none.","items":{"type":"string"}};
const schema83 = {"type":"object","description":"Program names to use instead of the standard PostgreSQL ones, for distributions that rename them (looked up in bin_dir, or in PATH).","additionalProperties":false,"properties":{"pg_ctl":{"type":"string","description":"Name of the pg_ctl program."},"initdb":{"type":"string","description":"Name of the initdb program."},"pg_controldata":{"type":"string","description":"Name of the pg_controldata program."},"pg_basebackup":{"type":"string","description":"Name of the pg_basebackup program."},"postgres":{"type":"string","description":"Name of the postgres server program."},"pg_isready":{"type":"string","description":"Name of the pg_isready program."},"pg_rewind":{"type":"string","description":"Name of the pg_rewind program."}}};
const schema54 = {"description":"A custom way of building a replica (e.g. restoring from a backup) named in create_replica_methods. Patroni runs command (or, without one, a program named after the section) with --scope, --role=replica, --datadir and --connstring added, unless no_params is set, and passes every other key as --key=value. Methods are tried in the order of create_replica_methods until one exits with 0.","properties":{"command":{"description":"The script or program that fills the data directory. Without it Patroni runs the method name itself as the command.","allOf":[{"$ref":"#/definitions/command"}]},"no_params":{"description":"When true, Patroni passes none of its own parameters (--scope, --role, --datadir, --connstring) and also drops no_params, no_leader and keep_data from the command line; other keys are still passed.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"keep_data":{"description":"When true, Patroni does not empty the data directory before running the method (nor after a failure, in releases that clean up after failed methods).","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"no_leader":{"description":"When true, the method may run even when no member is available to clone from (the connection string is then empty), e.g. to restore a whole cluster from a backup. Without it, such a method is skipped when there is no clone source.","allOf":[{"$ref":"#/definitions/truthyFlag"}]},"no_master":{"description":"Old name of no_leader. Patroni 4.0 and later no longer treat it specially: it is then just passed to the command as --no_master=...","allOf":[{"$ref":"#/definitions/truthyFlag"}],"x-patroni-until":"4.0","x-deprecated":"use no_leader instead","deprecated":true}},"additionalProperties":{"description":"Any other key is passed to the command as --key=value.","allOf":[{"$ref":"#/definitions/scalar"}]}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "command") || (key0 === "no_params")) || (key0 === "keep_data")) || (key0 === "no_leader")) || (key0 === "no_master"))){
let data0 = data[key0];
if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data.command !== undefined){
if(typeof data.command !== "string"){
const err1 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.no_params !== undefined){
let data2 = data.no_params;
const _errs12 = errors;
let valid8 = false;
const _errs13 = errors;
if(typeof data2 !== "boolean"){
const err2 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs15 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err3 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs17 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid8 = valid8 || _valid0;
}
}
if(!valid8){
const err5 = {instancePath:instancePath+"/no_params",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.keep_data !== undefined){
let data3 = data.keep_data;
const _errs22 = errors;
let valid11 = false;
const _errs23 = errors;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/keep_data",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const _errs25 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/keep_data",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const _errs27 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/keep_data",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid11 = valid11 || _valid1;
}
}
if(!valid11){
const err9 = {instancePath:instancePath+"/keep_data",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.no_leader !== undefined){
let data4 = data.no_leader;
const _errs32 = errors;
let valid14 = false;
const _errs33 = errors;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/no_leader",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid14 = valid14 || _valid2;
if(!valid14){
const _errs35 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err11 = {instancePath:instancePath+"/no_leader",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid14 = valid14 || _valid2;
if(!valid14){
const _errs37 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/no_leader",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid14 = valid14 || _valid2;
}
}
if(!valid14){
const err13 = {instancePath:instancePath+"/no_leader",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.no_master !== undefined){
let data5 = data.no_master;
const _errs42 = errors;
let valid17 = false;
const _errs43 = errors;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/no_master",schemaPath:"#/definitions/truthyFlag/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid17 = valid17 || _valid3;
if(!valid17){
const _errs45 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err15 = {instancePath:instancePath+"/no_master",schemaPath:"#/definitions/truthyFlag/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs45 === errors;
valid17 = valid17 || _valid3;
if(!valid17){
const _errs47 = errors;
if(data5 !== null){
const err16 = {instancePath:instancePath+"/no_master",schemaPath:"#/definitions/truthyFlag/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs47 === errors;
valid17 = valid17 || _valid3;
}
}
if(!valid17){
const err17 = {instancePath:instancePath+"/no_master",schemaPath:"#/definitions/truthyFlag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema61 = {"type":["object","null"],"description":"PostgreSQL server settings (GUCs) as name: value, written by Patroni into the postgresql.conf it manages. Names are case-insensitive. listen_addresses, port, cluster_name and hot_standby are always set by Patroni itself. The settings that must match across the cluster (max_connections, max_wal_senders, max_prepared_transactions, max_locks_per_transaction, max_replication_slots, max_worker_processes, wal_level, track_commit_timestamp, wal_log_hints, wal_keep_segments/wal_keep_size) only take effect from the dynamic configuration (bootstrap.dcs.postgresql.parameters or patronictl edit-config); Patroni drops them from the local postgresql.parameters. An empty value (null) counts as none.","properties":{"max_connections":{"description":"Maximum number of client connections. Dynamic configuration only; must be the same on all members.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_locks_per_transaction":{"description":"Lock table size per transaction. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_prepared_transactions":{"description":"Maximum number of prepared (two-phase) transactions. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_replication_slots":{"description":"Maximum number of replication slots. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_wal_senders":{"description":"Maximum number of WAL sender processes. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"max_worker_processes":{"description":"Maximum number of background worker processes. Dynamic configuration only.","allOf":[{"$ref":"#/definitions/pgInteger"}]},"unix_socket_directories":{"type":"string","description":"Comma-separated directories for the Unix-domain sockets. With use_unix_socket, Patroni connects through the first usable one."}},"additionalProperties":{"description":"Any PostgreSQL setting, as a string, number or boolean (booleans and numbers are written as text).","type":["string","number","boolean"]}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema61.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "max_connections") || (key0 === "max_locks_per_transaction")) || (key0 === "max_prepared_transactions")) || (key0 === "max_replication_slots")) || (key0 === "max_wal_senders")) || (key0 === "max_worker_processes")) || (key0 === "unix_socket_directories"))){
let data0 = data[key0];
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.max_connections !== undefined){
let data1 = data.max_connections;
const _errs7 = errors;
let valid4 = false;
const _errs8 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/max_connections",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs10 = errors;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/max_connections",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/max_connections",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err5 = {instancePath:instancePath+"/max_connections",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.max_locks_per_transaction !== undefined){
let data2 = data.max_locks_per_transaction;
const _errs15 = errors;
let valid7 = false;
const _errs16 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err6 = {instancePath:instancePath+"/max_locks_per_transaction",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid7 = valid7 || _valid1;
if(!valid7){
const _errs18 = errors;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err7 = {instancePath:instancePath+"/max_locks_per_transaction",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/max_locks_per_transaction",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid7 = valid7 || _valid1;
}
if(!valid7){
const err9 = {instancePath:instancePath+"/max_locks_per_transaction",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.max_prepared_transactions !== undefined){
let data3 = data.max_prepared_transactions;
const _errs23 = errors;
let valid10 = false;
const _errs24 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err10 = {instancePath:instancePath+"/max_prepared_transactions",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs26 = errors;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err11 = {instancePath:instancePath+"/max_prepared_transactions",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/max_prepared_transactions",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err13 = {instancePath:instancePath+"/max_prepared_transactions",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.max_replication_slots !== undefined){
let data4 = data.max_replication_slots;
const _errs31 = errors;
let valid13 = false;
const _errs32 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err14 = {instancePath:instancePath+"/max_replication_slots",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs34 = errors;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err15 = {instancePath:instancePath+"/max_replication_slots",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/max_replication_slots",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs34 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err17 = {instancePath:instancePath+"/max_replication_slots",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.max_wal_senders !== undefined){
let data5 = data.max_wal_senders;
const _errs39 = errors;
let valid16 = false;
const _errs40 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err18 = {instancePath:instancePath+"/max_wal_senders",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs40 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const _errs42 = errors;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err19 = {instancePath:instancePath+"/max_wal_senders",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/max_wal_senders",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid4 = _errs42 === errors;
valid16 = valid16 || _valid4;
}
if(!valid16){
const err21 = {instancePath:instancePath+"/max_wal_senders",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.max_worker_processes !== undefined){
let data6 = data.max_worker_processes;
const _errs47 = errors;
let valid19 = false;
const _errs48 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err22 = {instancePath:instancePath+"/max_worker_processes",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid5 = _errs48 === errors;
valid19 = valid19 || _valid5;
if(!valid19){
const _errs50 = errors;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err23 = {instancePath:instancePath+"/max_worker_processes",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/max_worker_processes",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid5 = _errs50 === errors;
valid19 = valid19 || _valid5;
}
if(!valid19){
const err25 = {instancePath:instancePath+"/max_worker_processes",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data.unix_socket_directories !== undefined){
if(typeof data.unix_socket_directories !== "string"){
const err26 = {instancePath:instancePath+"/unix_socket_directories",schemaPath:"#/properties/unix_socket_directories/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
validate26.errors = vErrors;
return errors === 0;
}

const schema70 = {"description":"Extra options for pg_basebackup when building a replica with the built-in basebackup method, either as a list (flags such as verbose, or one-key mappings such as {max-rate: 100M}) or as a mapping of option to value. Patroni always passes --pgdata, -X stream and --dbname itself; pgdata, format, wal-method, xlog-method, gzip, version, dbname, host, port, username and password are dropped with an error in the log, and compress is only kept on PostgreSQL 15+ for server-side compression (Patroni 3.3.9, 4.0.8, 4.1.1 and later; refused before). An empty value (null) counts as none.","anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]};
const schema71 = {"type":"array","description":"Options as a list: a plain string item becomes --item (a flag without value), and a mapping item with exactly one key becomes --key=value. The value of a mapping item should be a string.","items":{"anyOf":[{"type":"string","description":"A flag without a value, written without the leading dashes, e.g. data-checksums."},{"type":"object","description":"One option with a value, e.g. {encoding: UTF8}. Exactly one key; the value should be a string.","minProperties":1,"maxProperties":1,"additionalProperties":{"$ref":"#/definitions/scalar"}}]}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
const _errs3 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
let data1 = data0[key0];
if((((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/" + i0+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema73 = {"type":"object","description":"Options as a mapping: each key is a long option name without the leading dashes and becomes --key=value. Entries whose value is empty, false, 0 or null are skipped silently. Since Patroni 3.0.3 every value goes through shlex.split() to remove one level of quoting, so it must be a string: a number or true makes Patroni raise (see the user-options lint rule).","additionalProperties":{"$ref":"#/definitions/scalar"}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
return errors === 0;
}

const schema75 = {"type":["object","null"],"description":"Commands Patroni runs asynchronously on PostgreSQL life-cycle events. Each command gets three arguments appended: the action (on_start, on_role_change ...), the role of the node (primary, replica, standby_leader ...; master instead of primary before Patroni 4.0) and the cluster name. A new callback kills a still-running previous one (except that on_reload does not interrupt the others). An empty value (null) counts as none.","additionalProperties":false,"properties":{"on_start":{"description":"Run after PostgreSQL starts.","allOf":[{"$ref":"#/definitions/command"}]},"on_stop":{"description":"Run after PostgreSQL stops.","allOf":[{"$ref":"#/definitions/command"}]},"on_restart":{"description":"Run after PostgreSQL restarts without changing role.","allOf":[{"$ref":"#/definitions/command"}]},"on_reload":{"description":"Run when the configuration is reloaded.","allOf":[{"$ref":"#/definitions/command"}]},"on_role_change":{"description":"Run when PostgreSQL is promoted or demoted. Often used to move a virtual IP.","allOf":[{"$ref":"#/definitions/command"}]}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema75.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "on_start") || (key0 === "on_stop")) || (key0 === "on_restart")) || (key0 === "on_reload")) || (key0 === "on_role_change"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.on_start !== undefined){
if(typeof data.on_start !== "string"){
const err2 = {instancePath:instancePath+"/on_start",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.on_stop !== undefined){
if(typeof data.on_stop !== "string"){
const err3 = {instancePath:instancePath+"/on_stop",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.on_restart !== undefined){
if(typeof data.on_restart !== "string"){
const err4 = {instancePath:instancePath+"/on_restart",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.on_reload !== undefined){
if(typeof data.on_reload !== "string"){
const err5 = {instancePath:instancePath+"/on_reload",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.on_role_change !== undefined){
if(typeof data.on_role_change !== "string"){
const err6 = {instancePath:instancePath+"/on_role_change",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate35.errors = vErrors;
return errors === 0;
}

const pattern36 = new RegExp("^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema53.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema53.properties, key0))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(validate24(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
if(data.parameters !== undefined){
if(!(validate26(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.pg_hba !== undefined){
let data2 = data.pg_hba;
if((!(Array.isArray(data2))) && (data2 !== null)){
const err2 = {instancePath:instancePath+"/pg_hba",schemaPath:"#/definitions/pgHba/type",keyword:"type",params:{type: schema68.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/pg_hba/" + i0,schemaPath:"#/definitions/pgHba/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
if(data.pg_ident !== undefined){
let data4 = data.pg_ident;
if((!(Array.isArray(data4))) && (data4 !== null)){
const err4 = {instancePath:instancePath+"/pg_ident",schemaPath:"#/definitions/pgIdent/type",keyword:"type",params:{type: schema69.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err5 = {instancePath:instancePath+"/pg_ident/" + i1,schemaPath:"#/definitions/pgIdent/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.use_pg_rewind !== undefined){
if(typeof data.use_pg_rewind !== "boolean"){
const err6 = {instancePath:instancePath+"/use_pg_rewind",schemaPath:"#/properties/use_pg_rewind/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pg_ctl_timeout !== undefined){
let data7 = data.pg_ctl_timeout;
const _errs22 = errors;
let valid12 = false;
const _errs23 = errors;
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid12 = valid12 || _valid0;
if(!valid12){
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern36.test(data7)){
const err9 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid12 = valid12 || _valid0;
}
if(!valid12){
const err11 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.recovery_conf !== undefined){
if(!(validate19(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.remove_data_directory_on_rewind_failure !== undefined){
if(typeof data.remove_data_directory_on_rewind_failure !== "boolean"){
const err12 = {instancePath:instancePath+"/remove_data_directory_on_rewind_failure",schemaPath:"#/properties/remove_data_directory_on_rewind_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remove_data_directory_on_diverged_timelines !== undefined){
if(typeof data.remove_data_directory_on_diverged_timelines !== "boolean"){
const err13 = {instancePath:instancePath+"/remove_data_directory_on_diverged_timelines",schemaPath:"#/properties/remove_data_directory_on_diverged_timelines/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data11 = data.create_replica_methods;
if((!(Array.isArray(data11))) && (data11 !== null)){
const err14 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: schema53.properties.create_replica_methods.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
const err15 = {instancePath:instancePath+"/create_replica_methods/" + i2,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
if(data.create_replica_method !== undefined){
let data13 = data.create_replica_method;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(typeof data13[i3] !== "string"){
const err16 = {instancePath:instancePath+"/create_replica_method/" + i3,schemaPath:"#/properties/create_replica_method/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/create_replica_method",schemaPath:"#/properties/create_replica_method/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.basebackup !== undefined){
if(!(validate29(data.basebackup, {instancePath:instancePath+"/basebackup",parentData:data,parentDataProperty:"basebackup",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.callbacks !== undefined){
if(!(validate35(data.callbacks, {instancePath:instancePath+"/callbacks",parentData:data,parentDataProperty:"callbacks",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.pre_promote !== undefined){
if(typeof data.pre_promote !== "string"){
const err18 = {instancePath:instancePath+"/pre_promote",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.before_stop !== undefined){
if(typeof data.before_stop !== "string"){
const err19 = {instancePath:instancePath+"/before_stop",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.use_unix_socket !== undefined){
if(typeof data.use_unix_socket !== "boolean"){
const err20 = {instancePath:instancePath+"/use_unix_socket",schemaPath:"#/properties/use_unix_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.use_unix_socket_repl !== undefined){
if(typeof data.use_unix_socket_repl !== "boolean"){
const err21 = {instancePath:instancePath+"/use_unix_socket_repl",schemaPath:"#/properties/use_unix_socket_repl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.bin_dir !== undefined){
if(typeof data.bin_dir !== "string"){
const err22 = {instancePath:instancePath+"/bin_dir",schemaPath:"#/properties/bin_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.bin_name !== undefined){
let data22 = data.bin_name;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key1 in data22){
if(!(((((((key1 === "pg_ctl") || (key1 === "initdb")) || (key1 === "pg_controldata")) || (key1 === "pg_basebackup")) || (key1 === "postgres")) || (key1 === "pg_isready")) || (key1 === "pg_rewind"))){
const err23 = {instancePath:instancePath+"/bin_name",schemaPath:"#/definitions/binName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data22.pg_ctl !== undefined){
if(typeof data22.pg_ctl !== "string"){
const err24 = {instancePath:instancePath+"/bin_name/pg_ctl",schemaPath:"#/definitions/binName/properties/pg_ctl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data22.initdb !== undefined){
if(typeof data22.initdb !== "string"){
const err25 = {instancePath:instancePath+"/bin_name/initdb",schemaPath:"#/definitions/binName/properties/initdb/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data22.pg_controldata !== undefined){
if(typeof data22.pg_controldata !== "string"){
const err26 = {instancePath:instancePath+"/bin_name/pg_controldata",schemaPath:"#/definitions/binName/properties/pg_controldata/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data22.pg_basebackup !== undefined){
if(typeof data22.pg_basebackup !== "string"){
const err27 = {instancePath:instancePath+"/bin_name/pg_basebackup",schemaPath:"#/definitions/binName/properties/pg_basebackup/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.postgres !== undefined){
if(typeof data22.postgres !== "string"){
const err28 = {instancePath:instancePath+"/bin_name/postgres",schemaPath:"#/definitions/binName/properties/postgres/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data22.pg_isready !== undefined){
if(typeof data22.pg_isready !== "string"){
const err29 = {instancePath:instancePath+"/bin_name/pg_isready",schemaPath:"#/definitions/binName/properties/pg_isready/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data22.pg_rewind !== undefined){
if(typeof data22.pg_rewind !== "string"){
const err30 = {instancePath:instancePath+"/bin_name/pg_rewind",schemaPath:"#/definitions/binName/properties/pg_rewind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/bin_name",schemaPath:"#/definitions/binName/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.custom_conf !== undefined){
if(typeof data.custom_conf !== "string"){
const err32 = {instancePath:instancePath+"/custom_conf",schemaPath:"#/properties/custom_conf/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.config_base_name !== undefined){
if(typeof data.config_base_name !== "string"){
const err33 = {instancePath:instancePath+"/config_base_name",schemaPath:"#/properties/config_base_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err34 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.krbsrvname !== undefined){
if(typeof data.krbsrvname !== "string"){
const err35 = {instancePath:instancePath+"/krbsrvname",schemaPath:"#/properties/krbsrvname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.use_slots !== undefined){
let data34 = data.use_slots;
const _errs89 = errors;
let valid29 = false;
const _errs90 = errors;
if(typeof data34 !== "boolean"){
const err36 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs90 === errors;
valid29 = valid29 || _valid1;
if(!valid29){
const _errs92 = errors;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err37 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((data34 === 0) || (data34 === 1))){
const err38 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid1 = _errs92 === errors;
valid29 = valid29 || _valid1;
if(!valid29){
const _errs94 = errors;
if(typeof data34 === "string"){
if(!pattern22.test(data34)){
const err39 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs94 === errors;
valid29 = valid29 || _valid1;
}
}
if(!valid29){
const err41 = {instancePath:instancePath+"/use_slots",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
}
}
validate23.errors = vErrors;
return errors === 0;
}

const schema85 = {"type":["object","null"],"description":"Turns the cluster into a standby cluster that replicates from another PostgreSQL (e.g. a primary in another data centre). Its leader, the standby leader, follows the remote source; the other members cascade from it. At least one of host, port or restore_command makes the section active. An empty value (null) counts as none.","additionalProperties":false,"properties":{"host":{"type":"string","description":"Host of the remote source. Several hosts may be given comma-separated; Patroni then adds target_session_attrs=read-write (3.3.0 and later)."},"port":{"description":"Port of the remote source.","allOf":[{"$ref":"#/definitions/port"}]},"primary_slot_name":{"type":"string","description":"Replication slot to use on the remote source. Default: derived from the member name."},"create_replica_methods":{"type":"array","description":"Replica creation methods for building the standby leader from the remote source; may differ from postgresql.create_replica_methods.","items":{"type":"string"}},"restore_command":{"type":"string","description":"restore_command for fetching WAL of the remote cluster from an archive."},"archive_cleanup_command":{"type":"string","description":"archive_cleanup_command for the standby leader."},"recovery_min_apply_delay":{"description":"Delay before WAL is applied on the standby leader (a PostgreSQL duration such as 5min, or milliseconds as a number).","type":["string","integer"]}}};
const schema86 = {"description":"A TCP port number, 0 to 65535 (a quoted string of digits is accepted too).","anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\s*[0-9]{1,5}\\s*$"}]};
const pattern38 = new RegExp("^\\s*[0-9]{1,5}\\s*$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema85.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "host") || (key0 === "port")) || (key0 === "primary_slot_name")) || (key0 === "create_replica_methods")) || (key0 === "restore_command")) || (key0 === "archive_cleanup_command")) || (key0 === "recovery_min_apply_delay"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
const _errs7 = errors;
let valid3 = false;
const _errs8 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 65535 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs10 = errors;
if(typeof data1 === "string"){
if(!pattern38.test(data1)){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.primary_slot_name !== undefined){
if(typeof data.primary_slot_name !== "string"){
const err9 = {instancePath:instancePath+"/primary_slot_name",schemaPath:"#/properties/primary_slot_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data3 = data.create_replica_methods;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err10 = {instancePath:instancePath+"/create_replica_methods/" + i0,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.restore_command !== undefined){
if(typeof data.restore_command !== "string"){
const err12 = {instancePath:instancePath+"/restore_command",schemaPath:"#/properties/restore_command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.archive_cleanup_command !== undefined){
if(typeof data.archive_cleanup_command !== "string"){
const err13 = {instancePath:instancePath+"/archive_cleanup_command",schemaPath:"#/properties/archive_cleanup_command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recovery_min_apply_delay !== undefined){
let data7 = data.recovery_min_apply_delay;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))))){
const err14 = {instancePath:instancePath+"/recovery_min_apply_delay",schemaPath:"#/properties/recovery_min_apply_delay/type",keyword:"type",params:{type: schema85.properties.recovery_min_apply_delay.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
validate38.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.loop_wait !== undefined){
let data0 = data.loop_wait;
const _errs5 = errors;
let valid3 = false;
const _errs6 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/loop_wait",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs8 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/loop_wait",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/loop_wait",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err4 = {instancePath:instancePath+"/loop_wait",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.ttl !== undefined){
let data1 = data.ttl;
const _errs13 = errors;
let valid6 = false;
const _errs14 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err5 = {instancePath:instancePath+"/ttl",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs16 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/ttl",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/ttl",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err8 = {instancePath:instancePath+"/ttl",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.retry_timeout !== undefined){
let data2 = data.retry_timeout;
const _errs21 = errors;
let valid9 = false;
const _errs22 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/retry_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs24 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/retry_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/retry_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid9 = valid9 || _valid2;
}
if(!valid9){
const err12 = {instancePath:instancePath+"/retry_timeout",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.maximum_lag_on_failover !== undefined){
let data3 = data.maximum_lag_on_failover;
const _errs29 = errors;
let valid12 = false;
const _errs30 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err13 = {instancePath:instancePath+"/maximum_lag_on_failover",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid12 = valid12 || _valid3;
if(!valid12){
const _errs32 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err14 = {instancePath:instancePath+"/maximum_lag_on_failover",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/maximum_lag_on_failover",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid12 = valid12 || _valid3;
}
if(!valid12){
const err16 = {instancePath:instancePath+"/maximum_lag_on_failover",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.maximum_lag_on_syncnode !== undefined){
let data4 = data.maximum_lag_on_syncnode;
const _errs37 = errors;
let valid15 = false;
const _errs38 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err17 = {instancePath:instancePath+"/maximum_lag_on_syncnode",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const _errs40 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err18 = {instancePath:instancePath+"/maximum_lag_on_syncnode",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/maximum_lag_on_syncnode",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid4 = _errs40 === errors;
valid15 = valid15 || _valid4;
}
if(!valid15){
const err20 = {instancePath:instancePath+"/maximum_lag_on_syncnode",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
if(data.max_timelines_history !== undefined){
let data5 = data.max_timelines_history;
const _errs45 = errors;
let valid18 = false;
const _errs46 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err21 = {instancePath:instancePath+"/max_timelines_history",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid5 = _errs46 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs48 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err22 = {instancePath:instancePath+"/max_timelines_history",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/max_timelines_history",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid5 = _errs48 === errors;
valid18 = valid18 || _valid5;
}
if(!valid18){
const err24 = {instancePath:instancePath+"/max_timelines_history",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.primary_start_timeout !== undefined){
let data6 = data.primary_start_timeout;
const _errs53 = errors;
let valid21 = false;
const _errs54 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err25 = {instancePath:instancePath+"/primary_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid21 = valid21 || _valid6;
if(!valid21){
const _errs56 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err26 = {instancePath:instancePath+"/primary_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/primary_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid6 = _errs56 === errors;
valid21 = valid21 || _valid6;
}
if(!valid21){
const err28 = {instancePath:instancePath+"/primary_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data.primary_stop_timeout !== undefined){
let data7 = data.primary_stop_timeout;
const _errs61 = errors;
let valid24 = false;
const _errs62 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err29 = {instancePath:instancePath+"/primary_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid7 = _errs62 === errors;
valid24 = valid24 || _valid7;
if(!valid24){
const _errs64 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/primary_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/primary_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid7 = _errs64 === errors;
valid24 = valid24 || _valid7;
}
if(!valid24){
const err32 = {instancePath:instancePath+"/primary_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
if(data.master_start_timeout !== undefined){
let data8 = data.master_start_timeout;
const _errs69 = errors;
let valid27 = false;
const _errs70 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err33 = {instancePath:instancePath+"/master_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs70 === errors;
valid27 = valid27 || _valid8;
if(!valid27){
const _errs72 = errors;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err34 = {instancePath:instancePath+"/master_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/master_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid8 = _errs72 === errors;
valid27 = valid27 || _valid8;
}
if(!valid27){
const err36 = {instancePath:instancePath+"/master_start_timeout",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
}
}
if(data.master_stop_timeout !== undefined){
let data9 = data.master_stop_timeout;
const _errs77 = errors;
let valid30 = false;
const _errs78 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err37 = {instancePath:instancePath+"/master_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid9 = _errs78 === errors;
valid30 = valid30 || _valid9;
if(!valid30){
const _errs80 = errors;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err38 = {instancePath:instancePath+"/master_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/master_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid9 = _errs80 === errors;
valid30 = valid30 || _valid9;
}
if(!valid30){
const err40 = {instancePath:instancePath+"/master_stop_timeout",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data.synchronous_mode !== undefined){
let data10 = data.synchronous_mode;
const _errs83 = errors;
let valid31 = false;
const _errs84 = errors;
const _errs86 = errors;
let valid33 = false;
const _errs87 = errors;
if(typeof data10 !== "boolean"){
const err41 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid11 = _errs87 === errors;
valid33 = valid33 || _valid11;
if(!valid33){
const _errs89 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err42 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data10 === 0) || (data10 === 1))){
const err43 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid11 = _errs89 === errors;
valid33 = valid33 || _valid11;
if(!valid33){
const _errs91 = errors;
if(typeof data10 === "string"){
if(!pattern22.test(data10)){
const err44 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid11 = _errs91 === errors;
valid33 = valid33 || _valid11;
}
}
if(!valid33){
const err46 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
var _valid10 = _errs84 === errors;
valid31 = valid31 || _valid10;
if(!valid31){
const _errs93 = errors;
if(typeof data10 === "string"){
if(!pattern23.test(data10)){
const err47 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[Qq][Uu][Oo][Rr][Uu][Mm]$"},message:"must match pattern \""+"^[Qq][Uu][Oo][Rr][Uu][Mm]$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid10 = _errs93 === errors;
valid31 = valid31 || _valid10;
}
if(!valid31){
const err49 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
}
if(data.synchronous_mode_strict !== undefined){
let data11 = data.synchronous_mode_strict;
const _errs98 = errors;
let valid36 = false;
const _errs99 = errors;
if(typeof data11 !== "boolean"){
const err50 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid12 = _errs99 === errors;
valid36 = valid36 || _valid12;
if(!valid36){
const _errs101 = errors;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err51 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((data11 === 0) || (data11 === 1))){
const err52 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid12 = _errs101 === errors;
valid36 = valid36 || _valid12;
if(!valid36){
const _errs103 = errors;
if(typeof data11 === "string"){
if(!pattern22.test(data11)){
const err53 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid12 = _errs103 === errors;
valid36 = valid36 || _valid12;
}
}
if(!valid36){
const err55 = {instancePath:instancePath+"/synchronous_mode_strict",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data.synchronous_node_count !== undefined){
let data12 = data.synchronous_node_count;
const _errs108 = errors;
let valid39 = false;
const _errs109 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err56 = {instancePath:instancePath+"/synchronous_node_count",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid13 = _errs109 === errors;
valid39 = valid39 || _valid13;
if(!valid39){
const _errs111 = errors;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err57 = {instancePath:instancePath+"/synchronous_node_count",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/synchronous_node_count",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid13 = _errs111 === errors;
valid39 = valid39 || _valid13;
}
if(!valid39){
const err59 = {instancePath:instancePath+"/synchronous_node_count",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
if(data.failsafe_mode !== undefined){
let data13 = data.failsafe_mode;
const _errs116 = errors;
let valid42 = false;
const _errs117 = errors;
if(typeof data13 !== "boolean"){
const err60 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid14 = _errs117 === errors;
valid42 = valid42 || _valid14;
if(!valid42){
const _errs119 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err61 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((data13 === 0) || (data13 === 1))){
const err62 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid14 = _errs119 === errors;
valid42 = valid42 || _valid14;
if(!valid42){
const _errs121 = errors;
if(typeof data13 === "string"){
if(!pattern22.test(data13)){
const err63 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid14 = _errs121 === errors;
valid42 = valid42 || _valid14;
}
}
if(!valid42){
const err65 = {instancePath:instancePath+"/failsafe_mode",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
}
}
if(data.check_timeline !== undefined){
let data14 = data.check_timeline;
const _errs126 = errors;
let valid45 = false;
const _errs127 = errors;
if(typeof data14 !== "boolean"){
const err66 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid15 = _errs127 === errors;
valid45 = valid45 || _valid15;
if(!valid45){
const _errs129 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err67 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!((data14 === 0) || (data14 === 1))){
const err68 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid15 = _errs129 === errors;
valid45 = valid45 || _valid15;
if(!valid45){
const _errs131 = errors;
if(typeof data14 === "string"){
if(!pattern22.test(data14)){
const err69 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid15 = _errs131 === errors;
valid45 = valid45 || _valid15;
}
}
if(!valid45){
const err71 = {instancePath:instancePath+"/check_timeline",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
}
}
if(data.pause !== undefined){
let data15 = data.pause;
const _errs136 = errors;
let valid48 = false;
const _errs137 = errors;
if(typeof data15 !== "boolean"){
const err72 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid16 = _errs137 === errors;
valid48 = valid48 || _valid16;
if(!valid48){
const _errs139 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err73 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((data15 === 0) || (data15 === 1))){
const err74 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid16 = _errs139 === errors;
valid48 = valid48 || _valid16;
if(!valid48){
const _errs141 = errors;
if(typeof data15 === "string"){
if(!pattern22.test(data15)){
const err75 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid16 = _errs141 === errors;
valid48 = valid48 || _valid16;
}
}
if(!valid48){
const err77 = {instancePath:instancePath+"/pause",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs136;
if(vErrors !== null){
if(_errs136){
vErrors.length = _errs136;
}
else {
vErrors = null;
}
}
}
}
if(data.member_slots_ttl !== undefined){
let data16 = data.member_slots_ttl;
const _errs146 = errors;
let valid51 = false;
const _errs147 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err78 = {instancePath:instancePath+"/member_slots_ttl",schemaPath:"#/definitions/durationSeconds/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid17 = _errs147 === errors;
valid51 = valid51 || _valid17;
if(!valid51){
const _errs149 = errors;
if(typeof data16 === "string"){
if(!pattern29.test(data16)){
const err79 = {instancePath:instancePath+"/member_slots_ttl",schemaPath:"#/definitions/durationSeconds/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/member_slots_ttl",schemaPath:"#/definitions/durationSeconds/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid17 = _errs149 === errors;
valid51 = valid51 || _valid17;
}
if(!valid51){
const err81 = {instancePath:instancePath+"/member_slots_ttl",schemaPath:"#/definitions/durationSeconds/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
}
}
if(data.postgresql !== undefined){
if(!(validate23(data.postgresql, {instancePath:instancePath+"/postgresql",parentData:data,parentDataProperty:"postgresql",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.standby_cluster !== undefined){
if(!(validate38(data.standby_cluster, {instancePath:instancePath+"/standby_cluster",parentData:data,parentDataProperty:"standby_cluster",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.slots !== undefined){
let data19 = data.slots;
if((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)){
const err82 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/type",keyword:"type",params:{type: schema35.properties.slots.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key1 in data19){
const _errs157 = errors;
if(typeof key1 === "string"){
if(!pattern39.test(key1)){
const err83 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},message:"must match pattern \""+"^[a-z0-9_]{1,63}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var valid54 = _errs157 === errors;
if(!valid54){
const err84 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
for(const key2 in data19){
let data20 = data19[key2];
const _errs161 = errors;
let valid57 = false;
const _errs162 = errors;
if(data20 !== null){
const err85 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid18 = _errs162 === errors;
valid57 = valid57 || _valid18;
if(!valid57){
const _errs164 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key3 in data20){
if(!((((key3 === "type") || (key3 === "database")) || (key3 === "plugin")) || (key3 === "cluster_type"))){
const err86 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data20.type !== undefined){
let data21 = data20.type;
if(typeof data21 !== "string"){
const err87 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!((data21 === "physical") || (data21 === "logical"))){
const err88 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data20.database !== undefined){
if(typeof data20.database !== "string"){
const err89 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data20.plugin !== undefined){
if(typeof data20.plugin !== "string"){
const err90 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/plugin",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data20.cluster_type !== undefined){
let data24 = data20.cluster_type;
if(typeof data24 !== "string"){
const err91 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!((data24 === "primary") || (data24 === "standby"))){
const err92 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.cluster_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid18 = _errs164 === errors;
valid57 = valid57 || _valid18;
}
if(!valid57){
const err94 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs161;
if(vErrors !== null){
if(_errs161){
vErrors.length = _errs161;
}
else {
vErrors = null;
}
}
}
}
}
}
if(data.permanent_slots !== undefined){
let data25 = data.permanent_slots;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key4 in data25){
const _errs177 = errors;
if(typeof key4 === "string"){
if(!pattern39.test(key4)){
const err95 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},message:"must match pattern \""+"^[a-z0-9_]{1,63}$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
var valid59 = _errs177 === errors;
if(!valid59){
const err96 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
for(const key5 in data25){
let data26 = data25[key5];
const _errs181 = errors;
let valid62 = false;
const _errs182 = errors;
if(data26 !== null){
const err97 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid19 = _errs182 === errors;
valid62 = valid62 || _valid19;
if(!valid62){
const _errs184 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key6 in data26){
if(!((((key6 === "type") || (key6 === "database")) || (key6 === "plugin")) || (key6 === "cluster_type"))){
const err98 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data26.type !== undefined){
let data27 = data26.type;
if(typeof data27 !== "string"){
const err99 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(!((data27 === "physical") || (data27 === "logical"))){
const err100 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data26.database !== undefined){
if(typeof data26.database !== "string"){
const err101 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data26.plugin !== undefined){
if(typeof data26.plugin !== "string"){
const err102 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/plugin",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data26.cluster_type !== undefined){
let data30 = data26.cluster_type;
if(typeof data30 !== "string"){
const err103 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((data30 === "primary") || (data30 === "standby"))){
const err104 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.cluster_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid19 = _errs184 === errors;
valid62 = valid62 || _valid19;
}
if(!valid62){
const err106 = {instancePath:instancePath+"/permanent_slots/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs181;
if(vErrors !== null){
if(_errs181){
vErrors.length = _errs181;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err107 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.permanent_replication_slots !== undefined){
let data31 = data.permanent_replication_slots;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
const _errs197 = errors;
if(typeof key7 === "string"){
if(!pattern39.test(key7)){
const err108 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},message:"must match pattern \""+"^[a-z0-9_]{1,63}$"+"\"",propertyName:key7};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
var valid64 = _errs197 === errors;
if(!valid64){
const err109 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
for(const key8 in data31){
let data32 = data31[key8];
const _errs201 = errors;
let valid67 = false;
const _errs202 = errors;
if(data32 !== null){
const err110 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid20 = _errs202 === errors;
valid67 = valid67 || _valid20;
if(!valid67){
const _errs204 = errors;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key9 in data32){
if(!((((key9 === "type") || (key9 === "database")) || (key9 === "plugin")) || (key9 === "cluster_type"))){
const err111 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data32.type !== undefined){
let data33 = data32.type;
if(typeof data33 !== "string"){
const err112 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!((data33 === "physical") || (data33 === "logical"))){
const err113 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data32.database !== undefined){
if(typeof data32.database !== "string"){
const err114 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data32.plugin !== undefined){
if(typeof data32.plugin !== "string"){
const err115 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/plugin",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data32.cluster_type !== undefined){
let data36 = data32.cluster_type;
if(typeof data36 !== "string"){
const err116 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!((data36 === "primary") || (data36 === "standby"))){
const err117 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_type",schemaPath:"#/definitions/permanentSlot/anyOf/1/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema87.anyOf[1].properties.cluster_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var _valid20 = _errs204 === errors;
valid67 = valid67 || _valid20;
}
if(!valid67){
const err119 = {instancePath:instancePath+"/permanent_replication_slots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permanentSlot/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
else {
errors = _errs201;
if(vErrors !== null){
if(_errs201){
vErrors.length = _errs201;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err120 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.ignore_slots !== undefined){
let data37 = data.ignore_slots;
if((!(Array.isArray(data37))) && (data37 !== null)){
const err121 = {instancePath:instancePath+"/ignore_slots",schemaPath:"#/properties/ignore_slots/type",keyword:"type",params:{type: schema35.properties.ignore_slots.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(Array.isArray(data37)){
const len0 = data37.length;
for(let i0=0; i0<len0; i0++){
let data38 = data37[i0];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key10 in data38){
if(!((((key10 === "name") || (key10 === "type")) || (key10 === "database")) || (key10 === "plugin"))){
const err122 = {instancePath:instancePath+"/ignore_slots/" + i0,schemaPath:"#/definitions/ignoreSlotMatcher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data38.name !== undefined){
if(typeof data38.name !== "string"){
const err123 = {instancePath:instancePath+"/ignore_slots/" + i0+"/name",schemaPath:"#/definitions/ignoreSlotMatcher/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data38.type !== undefined){
let data40 = data38.type;
if(typeof data40 !== "string"){
const err124 = {instancePath:instancePath+"/ignore_slots/" + i0+"/type",schemaPath:"#/definitions/ignoreSlotMatcher/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(!((data40 === "physical") || (data40 === "logical"))){
const err125 = {instancePath:instancePath+"/ignore_slots/" + i0+"/type",schemaPath:"#/definitions/ignoreSlotMatcher/properties/type/enum",keyword:"enum",params:{allowedValues: schema90.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data38.database !== undefined){
if(typeof data38.database !== "string"){
const err126 = {instancePath:instancePath+"/ignore_slots/" + i0+"/database",schemaPath:"#/definitions/ignoreSlotMatcher/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data38.plugin !== undefined){
if(typeof data38.plugin !== "string"){
const err127 = {instancePath:instancePath+"/ignore_slots/" + i0+"/plugin",schemaPath:"#/definitions/ignoreSlotMatcher/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/ignore_slots/" + i0,schemaPath:"#/definitions/ignoreSlotMatcher/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
}
}
else {
const err129 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema91 = {"description":"Extra options for initdb when Patroni initialises a brand-new cluster, either as a list (items are flags such as data-checksums, or one-key mappings such as {encoding: UTF8}) or as a mapping of option to value. Patroni adds --username and --pwfile itself from postgresql.authentication.superuser, and refuses pgdata, nosync, pwfile, sync-only and version (initdb then fails). Note that patroni --validate-config only accepts the list form, while Patroni itself runs with both. An empty value (null) counts as none.","anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate41.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "dcs") || (key0 === "method")) || (key0 === "initdb")) || (key0 === "post_bootstrap")) || (key0 === "post_init")) || (key0 === "users")) || (key0 === "pg_hba"))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate18(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
if(data.dcs !== undefined){
if(!(validate22(data.dcs, {instancePath:instancePath+"/dcs",parentData:data,parentDataProperty:"dcs",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.method !== undefined){
if(typeof data.method !== "string"){
const err1 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.initdb !== undefined){
if(!(validate41(data.initdb, {instancePath:instancePath+"/initdb",parentData:data,parentDataProperty:"initdb",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.post_bootstrap !== undefined){
if(typeof data.post_bootstrap !== "string"){
const err2 = {instancePath:instancePath+"/post_bootstrap",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.post_init !== undefined){
if(typeof data.post_init !== "string"){
const err3 = {instancePath:instancePath+"/post_init",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.users !== undefined){
let data6 = data.users;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err4 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: schema27.properties.users.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "password") || (key2 === "options"))){
const err5 = {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/legacyBootstrapUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data7.password !== undefined){
if(typeof data7.password !== "string"){
const err6 = {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/password",schemaPath:"#/definitions/legacyBootstrapUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data7.options !== undefined){
let data9 = data7.options;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err7 = {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/options/" + i0,schemaPath:"#/definitions/legacyBootstrapUser/properties/options/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/legacyBootstrapUser/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/legacyBootstrapUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.pg_hba !== undefined){
let data11 = data.pg_hba;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err10 = {instancePath:instancePath+"/pg_hba/" + i1,schemaPath:"#/properties/pg_hba/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/pg_hba",schemaPath:"#/properties/pg_hba/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema96 = {"type":"object","description":"Connection to a Consul agent. Give host or url.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"host":{"type":"string","description":"Consul agent as host:port; without a port, 8500 (or port) is used. Env: PATRONI_CONSUL_HOST.","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"url":{"type":"string","description":"Consul agent as a URL, http(s)://host:port."},"port":{"description":"Port of the agent, when host has none.","allOf":[{"$ref":"#/definitions/port"}]},"scheme":{"type":"string","enum":["http","https"],"description":"http (default) or https."},"token":{"type":"string","description":"ACL token. It needs write access to the service, key and session prefixes Patroni uses.","x-secret":true},"verify":{"description":"Verify the agent's TLS certificate.","allOf":[{"$ref":"#/definitions/booleanLike"}]},"cacert":{"type":"string","description":"CA certificate; setting it enables verification."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file (may be omitted when it is inside cert)."},"dc":{"type":"string","description":"Datacenter to talk to. Default: the agent's own."},"consistency":{"type":"string","enum":["default","consistent","stale"],"description":"Consul read consistency mode."},"checks":{"type":"array","description":"Consul health checks tied to Patroni's session. Default: none.","items":{"type":"string"}},"register_service":{"type":"boolean","description":"Register a Consul service named after scope, tagged with the member's role (primary, replica, standby-leader). Default false."},"service_tags":{"type":"array","description":"Extra static tags for the registered service.","items":{"type":"string"}},"service_check_interval":{"type":"string","description":"How often Consul checks the registered service, e.g. 5s (the default)."},"service_check_tls_server_name":{"type":"string","description":"Server name (SNI) Consul uses for the TLS health check."}}};
const pattern42 = new RegExp("^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema96.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
let data1 = data.host;
if(typeof data1 === "string"){
if(!pattern42.test(data1)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},message:"must match pattern \""+"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.port !== undefined){
let data3 = data.port;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 65535 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs14 = errors;
if(typeof data3 === "string"){
if(!pattern38.test(data3)){
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.scheme !== undefined){
let data4 = data.scheme;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data4 === "http") || (data4 === "https"))){
const err12 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema96.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err13 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.verify !== undefined){
let data6 = data.verify;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(typeof data6 !== "boolean"){
const err14 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs26 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err15 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === 0) || (data6 === 1))){
const err16 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs28 = errors;
if(typeof data6 === "string"){
if(!pattern22.test(data6)){
const err17 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
}
}
if(!valid6){
const err19 = {instancePath:instancePath+"/verify",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err20 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err21 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err22 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.dc !== undefined){
if(typeof data.dc !== "string"){
const err23 = {instancePath:instancePath+"/dc",schemaPath:"#/properties/dc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.consistency !== undefined){
let data11 = data.consistency;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data11 === "default") || (data11 === "consistent")) || (data11 === "stale"))){
const err25 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/enum",keyword:"enum",params:{allowedValues: schema96.properties.consistency.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.checks !== undefined){
let data12 = data.checks;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err26 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.register_service !== undefined){
if(typeof data.register_service !== "boolean"){
const err28 = {instancePath:instancePath+"/register_service",schemaPath:"#/properties/register_service/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.service_tags !== undefined){
let data15 = data.service_tags;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err29 = {instancePath:instancePath+"/service_tags/" + i1,schemaPath:"#/properties/service_tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/service_tags",schemaPath:"#/properties/service_tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.service_check_interval !== undefined){
if(typeof data.service_check_interval !== "string"){
const err31 = {instancePath:instancePath+"/service_check_interval",schemaPath:"#/properties/service_check_interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.service_check_tls_server_name !== undefined){
if(typeof data.service_check_tls_server_name !== "string"){
const err32 = {instancePath:instancePath+"/service_check_tls_server_name",schemaPath:"#/properties/service_check_tls_server_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema99 = {"type":"object","description":"Connection to an etcd cluster. Give one of host, hosts, url, proxy or srv.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"host":{"type":"string","description":"One etcd endpoint as host:port; without a port, 2379 is used. Env: PATRONI_ETCD_HOST.","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"hosts":{"description":"Several etcd endpoints as host:port, as a YAML list or a comma-separated string. Env: PATRONI_ETCD_HOSTS.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"port":{"description":"Port used for hosts entries that have none. Default 2379.","allOf":[{"$ref":"#/definitions/port"}]},"use_proxies":{"type":"boolean","description":"Treat hosts as proxies: use them as given, without discovering the etcd cluster topology."},"url":{"type":"string","description":"URL of etcd, e.g. https://etcd.example.com:2379 (may carry user:password)."},"proxy":{"type":"string","description":"URL of an etcd proxy; use it instead of url when connecting through a proxy."},"srv":{"type":"string","description":"DNS domain whose SRV records (_etcd-client-ssl, _etcd-client, _etcd-ssl, _etcd, _etcd-server-ssl, _etcd-server) list the etcd members."},"srv_suffix":{"type":"string","description":"Suffix for the SRV names queried with srv, to tell apart several etcd clusters in one domain."},"discovery_srv":{"type":"string","description":"Old name of srv.","x-deprecated":"use srv instead","deprecated":true},"srv_domain":{"type":"string","description":"Old name of srv.","x-deprecated":"use srv instead","deprecated":true},"protocol":{"type":"string","enum":["http","https"],"description":"http (default) or https. Taken from url or proxy when those are used."},"username":{"type":"string","description":"User name for etcd authentication."},"password":{"type":"string","description":"Password for etcd authentication.","x-secret":true},"cacert":{"type":"string","description":"CA certificate used to verify etcd's certificate."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file (may be omitted when it is inside cert)."}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema99.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
let data1 = data.host;
if(typeof data1 === "string"){
if(!pattern42.test(data1)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},message:"must match pattern \""+"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hosts !== undefined){
let data2 = data.hosts;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err5 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.port !== undefined){
let data4 = data.port;
const _errs17 = errors;
let valid6 = false;
const _errs18 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 65535 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs20 = errors;
if(typeof data4 === "string"){
if(!pattern38.test(data4)){
const err11 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.use_proxies !== undefined){
if(typeof data.use_proxies !== "boolean"){
const err14 = {instancePath:instancePath+"/use_proxies",schemaPath:"#/properties/use_proxies/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.proxy !== undefined){
if(typeof data.proxy !== "string"){
const err16 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.srv !== undefined){
if(typeof data.srv !== "string"){
const err17 = {instancePath:instancePath+"/srv",schemaPath:"#/properties/srv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.srv_suffix !== undefined){
if(typeof data.srv_suffix !== "string"){
const err18 = {instancePath:instancePath+"/srv_suffix",schemaPath:"#/properties/srv_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.discovery_srv !== undefined){
if(typeof data.discovery_srv !== "string"){
const err19 = {instancePath:instancePath+"/discovery_srv",schemaPath:"#/properties/discovery_srv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.srv_domain !== undefined){
if(typeof data.srv_domain !== "string"){
const err20 = {instancePath:instancePath+"/srv_domain",schemaPath:"#/properties/srv_domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.protocol !== undefined){
let data12 = data.protocol;
if(typeof data12 !== "string"){
const err21 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((data12 === "http") || (data12 === "https"))){
const err22 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema99.properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err23 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err24 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err25 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err26 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err27 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema101 = {"type":"object","description":"Connection to ZooKeeper.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"hosts":{"description":"ZooKeeper servers as host:port, as a YAML list or a comma-separated string. Required. Env: PATRONI_ZOOKEEPER_HOSTS.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"use_ssl":{"type":"boolean","description":"Connect with TLS. Default false; the other TLS settings are ignored without it."},"cacert":{"type":"string","description":"CA certificate; setting it enables verification."},"cert":{"type":"string","description":"Client certificate file."},"key":{"type":"string","description":"Client private key file."},"key_password":{"type":"string","description":"Passphrase of the client private key.","x-secret":true},"verify":{"type":"boolean","description":"Verify the server certificate. Default true."},"set_acls":{"type":"object","description":"Default ACL (x509 scheme) for the znodes Patroni creates: principal → list of permissions (CREATE, READ, WRITE, DELETE, ADMIN or ALL).","additionalProperties":{"type":"array","items":{"type":"string"}}},"auth_data":{"type":"object","description":"Authentication credentials for the connection, as scheme: credential.","additionalProperties":{"type":"string","x-secret":true},"x-secret":true,"x-patroni-since":"3.3"},"exhibitor":{"description":"Old place of the exhibitor section.","allOf":[{"$ref":"#/definitions/exhibitor"}],"x-deprecated":"use the top-level exhibitor section instead","deprecated":true}}};
const schema102 = {"type":"object","description":"ZooKeeper ensemble managed by Exhibitor.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"hosts":{"type":"array","description":"Initial Exhibitor hosts (a YAML list); the list is then kept up to date from Exhibitor. Env: PATRONI_EXHIBITOR_HOSTS.","items":{"type":"string"}},"port":{"description":"Exhibitor's port. Required.","allOf":[{"$ref":"#/definitions/port"}]},"poll_interval":{"type":"integer","minimum":1,"description":"Seconds between updates of the ZooKeeper and Exhibitor node lists. Default 300."}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "namespace") || (key0 === "hosts")) || (key0 === "port")) || (key0 === "poll_interval"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.hosts !== undefined){
let data1 = data.hosts;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.port !== undefined){
let data3 = data.port;
const _errs11 = errors;
let valid5 = false;
const _errs12 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 65535 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs14 = errors;
if(typeof data3 === "string"){
if(!pattern38.test(data3)){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid5 = valid5 || _valid0;
}
if(!valid5){
const err9 = {instancePath:instancePath+"/port",schemaPath:"#/definitions/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.poll_interval !== undefined){
let data4 = data.poll_interval;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err10 = {instancePath:instancePath+"/poll_interval",schemaPath:"#/properties/poll_interval/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/poll_interval",schemaPath:"#/properties/poll_interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema101.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.hosts !== undefined){
let data1 = data.hosts;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.use_ssl !== undefined){
if(typeof data.use_ssl !== "boolean"){
const err6 = {instancePath:instancePath+"/use_ssl",schemaPath:"#/properties/use_ssl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err7 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err8 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.key_password !== undefined){
if(typeof data.key_password !== "string"){
const err10 = {instancePath:instancePath+"/key_password",schemaPath:"#/properties/key_password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.verify !== undefined){
if(typeof data.verify !== "boolean"){
const err11 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.set_acls !== undefined){
let data9 = data.set_acls;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
let data10 = data9[key1];
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err12 = {instancePath:instancePath+"/set_acls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/set_acls/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/set_acls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/set_acls/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/set_acls",schemaPath:"#/properties/set_acls/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.auth_data !== undefined){
let data12 = data.auth_data;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(typeof data12[key2] !== "string"){
const err15 = {instancePath:instancePath+"/auth_data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/auth_data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/auth_data",schemaPath:"#/properties/auth_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.exhibitor !== undefined){
if(!(validate52(data.exhibitor, {instancePath:instancePath+"/exhibitor",parentData:data,parentDataProperty:"exhibitor",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema105 = {"type":"object","description":"Patroni's built-in Raft consensus (pysyncobj) as the DCS. Deprecated by Patroni since 3.0 but still available.","additionalProperties":false,"properties":{"namespace":{"type":"string","description":"Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).","x-deprecated":"set namespace at the top level instead","deprecated":true},"self_addr":{"description":"This node's Raft address, ip:port, reachable from the others. Without it the node does not take part in the consensus.","allOf":[{"$ref":"#/definitions/hostPort"}]},"bind_addr":{"description":"Address to listen on for Raft, when it differs from self_addr.","allOf":[{"$ref":"#/definitions/hostPort"}]},"partner_addrs":{"type":"array","description":"Raft addresses (ip:port) of the other nodes.","items":{"$ref":"#/definitions/hostPort"}},"data_dir":{"type":"string","description":"Directory for the Raft journal and snapshots. Default: the working directory."},"password":{"type":"string","description":"Password that encrypts Raft traffic (needs the cryptography module).","x-secret":true}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "namespace") || (key0 === "self_addr")) || (key0 === "bind_addr")) || (key0 === "partner_addrs")) || (key0 === "data_dir")) || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.self_addr !== undefined){
let data1 = data.self_addr;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err2 = {instancePath:instancePath+"/self_addr",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/self_addr",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bind_addr !== undefined){
let data2 = data.bind_addr;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err4 = {instancePath:instancePath+"/bind_addr",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/bind_addr",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.partner_addrs !== undefined){
let data3 = data.partner_addrs;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err6 = {instancePath:instancePath+"/partner_addrs/" + i0,schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/partner_addrs/" + i0,schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/partner_addrs",schemaPath:"#/properties/partner_addrs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data_dir !== undefined){
if(typeof data.data_dir !== "string"){
const err9 = {instancePath:instancePath+"/data_dir",schemaPath:"#/properties/data_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema109 = {"type":"object","description":"How Patroni runs the local PostgreSQL. Besides the keys below, any key holding a mapping is a replica creation method section, named in create_replica_methods (e.g. pgbackrest:, barman:, wal_e:).","properties":{"listen":{"type":"string","description":"Address(es) and port PostgreSQL listens on, as host:port; several hosts may be given comma-separated before the port (127.0.0.1,10.0.0.5:5432). Patroni derives listen_addresses and port from it and uses the first host for its own local connections. Env: PATRONI_POSTGRESQL_LISTEN.","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"connect_address":{"description":"Address and port other members and clients use to reach this PostgreSQL; it is published in the DCS. Must not be a loopback or wildcard address. Env: PATRONI_POSTGRESQL_CONNECT_ADDRESS.","allOf":[{"$ref":"#/definitions/hostPort"}]},"proxy_address":{"description":"Address and port of a connection pooler (e.g. PgBouncer) next to this PostgreSQL. Published in the DCS as proxy_url for service discovery.","allOf":[{"$ref":"#/definitions/hostPort"}]},"data_dir":{"type":"string","description":"The PostgreSQL data directory: an existing one, or where Patroni initialises or clones a new one. Required. Env: PATRONI_POSTGRESQL_DATA_DIR."},"config_dir":{"type":"string","description":"Directory of the configuration files Patroni writes (postgresql.conf, pg_hba.conf ...). Defaults to data_dir; must be writable by Patroni."},"pgpass":{"type":"string","description":"Path of the .pgpass file Patroni writes before running pg_basebackup, post_bootstrap and other programs that need a password. Must be writable by Patroni. Default: ~/pgpass."},"authentication":{"type":"object","description":"The database roles Patroni uses.","additionalProperties":false,"properties":{"superuser":{"description":"The superuser. It is created by initdb, and Patroni uses it for its own connections. Env: PATRONI_SUPERUSER_USERNAME / PATRONI_SUPERUSER_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]},"replication":{"description":"The replication role, created during bootstrap; replicas use it to stream from their source. Env: PATRONI_REPLICATION_USERNAME / PATRONI_REPLICATION_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]},"rewind":{"description":"A dedicated role for pg_rewind, created during bootstrap on PostgreSQL 11+ with the needed grants. Without it Patroni rewinds as the superuser. Env: PATRONI_REWIND_USERNAME / PATRONI_REWIND_PASSWORD.","allOf":[{"$ref":"#/definitions/postgresqlUser"}]}}},"parameters":{"description":"PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.","allOf":[{"$ref":"#/definitions/postgresqlParameters"}]},"pg_hba":{"description":"pg_hba.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgHba"}]},"pg_ident":{"description":"pg_ident.conf content managed by Patroni, one line per item.","allOf":[{"$ref":"#/definitions/pgIdent"}]},"use_pg_rewind":{"type":"boolean","description":"Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on."},"pg_ctl_timeout":{"description":"Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"description":"Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.","allOf":[{"$ref":"#/definitions/recoveryConf"}]},"remove_data_directory_on_rewind_failure":{"type":"boolean","description":"When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false."},"remove_data_directory_on_diverged_timelines":{"type":"boolean","description":"When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false."},"create_replica_methods":{"type":["array","null"],"description":"Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.","items":{"type":"string"}},"create_replica_method":{"type":"array","description":"Old name of create_replica_methods, read only when create_replica_methods is absent or empty.","items":{"type":"string"},"x-deprecated":"use postgresql.create_replica_methods instead","deprecated":true},"basebackup":{"description":"Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.","allOf":[{"$ref":"#/definitions/basebackupOptions"}]},"callbacks":{"description":"Scripts run on PostgreSQL start, stop, restart, reload and role change.","allOf":[{"$ref":"#/definitions/callbacks"}]},"pre_promote":{"description":"A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.","allOf":[{"$ref":"#/definitions/command"}]},"before_stop":{"description":"A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.","allOf":[{"$ref":"#/definitions/command"}],"x-patroni-since":"3.0.3"},"use_unix_socket":{"type":"boolean","description":"Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false."},"use_unix_socket_repl":{"type":"boolean","description":"Same as use_unix_socket, for connections made as the replication user. Default false."},"bin_dir":{"type":"string","description":"Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH."},"bin_name":{"description":"Custom names of the PostgreSQL programs.","allOf":[{"$ref":"#/definitions/binName"}],"x-patroni-since":"3.0.3"},"custom_conf":{"type":"string","description":"Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence."},"config_base_name":{"type":"string","description":"Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf)."},"database":{"type":"string","description":"Database Patroni connects to for its own queries. Default postgres."},"krbsrvname":{"type":"string","description":"Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME)."},"name":{"type":"string","description":"Old place of the member name, used only when the top-level name is absent.","x-deprecated":"use the top-level name instead","deprecated":true},"superuser":{"description":"Old place of the superuser credentials, read only when postgresql.authentication is absent.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.superuser instead","deprecated":true},"replication":{"description":"Old place of the replication credentials, read only when postgresql.authentication is absent.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.replication instead","deprecated":true},"pg_rewind":{"description":"Old place of the pg_rewind credentials, read only when postgresql.authentication is absent; its presence then also turns use_pg_rewind on.","allOf":[{"$ref":"#/definitions/postgresqlUser"}],"x-deprecated":"use postgresql.authentication.rewind and postgresql.use_pg_rewind instead","deprecated":true}},"additionalProperties":{"description":"A replica creation method section, used when its name is listed in create_replica_methods.","type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}};
const schema112 = {"type":"object","description":"Credentials and libpq connection options of one database role Patroni uses. Only the keys listed here reach the connection; Patroni drops anything else. Connection options unknown to the PostgreSQL major version are left out (Patroni 3.3.5, 4.0.4, 4.1.0 and later).","properties":{"username":{"type":"string","description":"Name of the role."},"password":{"type":"string","description":"Password of the role. Patroni writes it to the pgpass file (postgresql.pgpass) when it needs it.","x-secret":true},"sslmode":{"type":"string","description":"libpq sslmode: how TLS is negotiated with the server (disable, allow, prefer, require, verify-ca, verify-full). libpq defaults to prefer."},"sslkey":{"type":"string","description":"libpq sslkey: path of the client private key."},"sslpassword":{"type":"string","description":"libpq sslpassword: passphrase of the client private key (sslkey).","x-secret":true},"sslcert":{"type":"string","description":"libpq sslcert: path of the client certificate."},"sslrootcert":{"type":"string","description":"libpq sslrootcert: path of the CA certificate(s) used to verify the server."},"sslcrl":{"type":"string","description":"libpq sslcrl: path of a certificate revocation list file."},"sslcrldir":{"type":"string","description":"libpq sslcrldir: path of a directory of certificate revocation lists (PostgreSQL 14+ clients)."},"sslnegotiation":{"type":"string","description":"libpq sslnegotiation: postgres (the default) or direct, i.e. whether TLS starts with a PostgreSQL negotiation packet or directly (PostgreSQL 17+ clients).","x-patroni-since":["3.3.4","4.0.3"]},"gssencmode":{"type":"string","description":"libpq gssencmode: whether a GSSAPI-encrypted connection is disabled, preferred or required."},"channel_binding":{"type":"string","description":"libpq channel_binding: disable, prefer or require SCRAM channel binding."}},"additionalProperties":false};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema109.properties, key0))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate24(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
if(data.listen !== undefined){
let data1 = data.listen;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err1 = {instancePath:instancePath+"/listen",schemaPath:"#/properties/listen/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/listen",schemaPath:"#/properties/listen/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connect_address !== undefined){
let data2 = data.connect_address;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err3 = {instancePath:instancePath+"/connect_address",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/connect_address",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.proxy_address !== undefined){
let data3 = data.proxy_address;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err5 = {instancePath:instancePath+"/proxy_address",schemaPath:"#/definitions/hostPort/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"},message:"must match pattern \""+"^.*:\\s*[0-9]{1,5}\\s*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/proxy_address",schemaPath:"#/definitions/hostPort/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data_dir !== undefined){
if(typeof data.data_dir !== "string"){
const err7 = {instancePath:instancePath+"/data_dir",schemaPath:"#/properties/data_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.config_dir !== undefined){
if(typeof data.config_dir !== "string"){
const err8 = {instancePath:instancePath+"/config_dir",schemaPath:"#/properties/config_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.pgpass !== undefined){
if(typeof data.pgpass !== "string"){
const err9 = {instancePath:instancePath+"/pgpass",schemaPath:"#/properties/pgpass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.authentication !== undefined){
let data7 = data.authentication;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((key1 === "superuser") || (key1 === "replication")) || (key1 === "rewind"))){
const err10 = {instancePath:instancePath+"/authentication",schemaPath:"#/properties/authentication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.superuser !== undefined){
let data8 = data7.superuser;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!(func2.call(schema112.properties, key2))){
const err11 = {instancePath:instancePath+"/authentication/superuser",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.username !== undefined){
if(typeof data8.username !== "string"){
const err12 = {instancePath:instancePath+"/authentication/superuser/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.password !== undefined){
if(typeof data8.password !== "string"){
const err13 = {instancePath:instancePath+"/authentication/superuser/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.sslmode !== undefined){
if(typeof data8.sslmode !== "string"){
const err14 = {instancePath:instancePath+"/authentication/superuser/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.sslkey !== undefined){
if(typeof data8.sslkey !== "string"){
const err15 = {instancePath:instancePath+"/authentication/superuser/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.sslpassword !== undefined){
if(typeof data8.sslpassword !== "string"){
const err16 = {instancePath:instancePath+"/authentication/superuser/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.sslcert !== undefined){
if(typeof data8.sslcert !== "string"){
const err17 = {instancePath:instancePath+"/authentication/superuser/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.sslrootcert !== undefined){
if(typeof data8.sslrootcert !== "string"){
const err18 = {instancePath:instancePath+"/authentication/superuser/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.sslcrl !== undefined){
if(typeof data8.sslcrl !== "string"){
const err19 = {instancePath:instancePath+"/authentication/superuser/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.sslcrldir !== undefined){
if(typeof data8.sslcrldir !== "string"){
const err20 = {instancePath:instancePath+"/authentication/superuser/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.sslnegotiation !== undefined){
if(typeof data8.sslnegotiation !== "string"){
const err21 = {instancePath:instancePath+"/authentication/superuser/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.gssencmode !== undefined){
if(typeof data8.gssencmode !== "string"){
const err22 = {instancePath:instancePath+"/authentication/superuser/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.channel_binding !== undefined){
if(typeof data8.channel_binding !== "string"){
const err23 = {instancePath:instancePath+"/authentication/superuser/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/authentication/superuser",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.replication !== undefined){
let data21 = data7.replication;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key3 in data21){
if(!(func2.call(schema112.properties, key3))){
const err25 = {instancePath:instancePath+"/authentication/replication",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data21.username !== undefined){
if(typeof data21.username !== "string"){
const err26 = {instancePath:instancePath+"/authentication/replication/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data21.password !== undefined){
if(typeof data21.password !== "string"){
const err27 = {instancePath:instancePath+"/authentication/replication/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data21.sslmode !== undefined){
if(typeof data21.sslmode !== "string"){
const err28 = {instancePath:instancePath+"/authentication/replication/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data21.sslkey !== undefined){
if(typeof data21.sslkey !== "string"){
const err29 = {instancePath:instancePath+"/authentication/replication/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data21.sslpassword !== undefined){
if(typeof data21.sslpassword !== "string"){
const err30 = {instancePath:instancePath+"/authentication/replication/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data21.sslcert !== undefined){
if(typeof data21.sslcert !== "string"){
const err31 = {instancePath:instancePath+"/authentication/replication/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data21.sslrootcert !== undefined){
if(typeof data21.sslrootcert !== "string"){
const err32 = {instancePath:instancePath+"/authentication/replication/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data21.sslcrl !== undefined){
if(typeof data21.sslcrl !== "string"){
const err33 = {instancePath:instancePath+"/authentication/replication/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.sslcrldir !== undefined){
if(typeof data21.sslcrldir !== "string"){
const err34 = {instancePath:instancePath+"/authentication/replication/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data21.sslnegotiation !== undefined){
if(typeof data21.sslnegotiation !== "string"){
const err35 = {instancePath:instancePath+"/authentication/replication/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data21.gssencmode !== undefined){
if(typeof data21.gssencmode !== "string"){
const err36 = {instancePath:instancePath+"/authentication/replication/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data21.channel_binding !== undefined){
if(typeof data21.channel_binding !== "string"){
const err37 = {instancePath:instancePath+"/authentication/replication/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/authentication/replication",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data7.rewind !== undefined){
let data34 = data7.rewind;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key4 in data34){
if(!(func2.call(schema112.properties, key4))){
const err39 = {instancePath:instancePath+"/authentication/rewind",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data34.username !== undefined){
if(typeof data34.username !== "string"){
const err40 = {instancePath:instancePath+"/authentication/rewind/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data34.password !== undefined){
if(typeof data34.password !== "string"){
const err41 = {instancePath:instancePath+"/authentication/rewind/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data34.sslmode !== undefined){
if(typeof data34.sslmode !== "string"){
const err42 = {instancePath:instancePath+"/authentication/rewind/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data34.sslkey !== undefined){
if(typeof data34.sslkey !== "string"){
const err43 = {instancePath:instancePath+"/authentication/rewind/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data34.sslpassword !== undefined){
if(typeof data34.sslpassword !== "string"){
const err44 = {instancePath:instancePath+"/authentication/rewind/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data34.sslcert !== undefined){
if(typeof data34.sslcert !== "string"){
const err45 = {instancePath:instancePath+"/authentication/rewind/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data34.sslrootcert !== undefined){
if(typeof data34.sslrootcert !== "string"){
const err46 = {instancePath:instancePath+"/authentication/rewind/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data34.sslcrl !== undefined){
if(typeof data34.sslcrl !== "string"){
const err47 = {instancePath:instancePath+"/authentication/rewind/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data34.sslcrldir !== undefined){
if(typeof data34.sslcrldir !== "string"){
const err48 = {instancePath:instancePath+"/authentication/rewind/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data34.sslnegotiation !== undefined){
if(typeof data34.sslnegotiation !== "string"){
const err49 = {instancePath:instancePath+"/authentication/rewind/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data34.gssencmode !== undefined){
if(typeof data34.gssencmode !== "string"){
const err50 = {instancePath:instancePath+"/authentication/rewind/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data34.channel_binding !== undefined){
if(typeof data34.channel_binding !== "string"){
const err51 = {instancePath:instancePath+"/authentication/rewind/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/authentication/rewind",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/authentication",schemaPath:"#/properties/authentication/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.parameters !== undefined){
if(!(validate26(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.pg_hba !== undefined){
let data48 = data.pg_hba;
if((!(Array.isArray(data48))) && (data48 !== null)){
const err54 = {instancePath:instancePath+"/pg_hba",schemaPath:"#/definitions/pgHba/type",keyword:"type",params:{type: schema68.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(Array.isArray(data48)){
const len0 = data48.length;
for(let i0=0; i0<len0; i0++){
if(typeof data48[i0] !== "string"){
const err55 = {instancePath:instancePath+"/pg_hba/" + i0,schemaPath:"#/definitions/pgHba/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
if(data.pg_ident !== undefined){
let data50 = data.pg_ident;
if((!(Array.isArray(data50))) && (data50 !== null)){
const err56 = {instancePath:instancePath+"/pg_ident",schemaPath:"#/definitions/pgIdent/type",keyword:"type",params:{type: schema69.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(Array.isArray(data50)){
const len1 = data50.length;
for(let i1=0; i1<len1; i1++){
if(typeof data50[i1] !== "string"){
const err57 = {instancePath:instancePath+"/pg_ident/" + i1,schemaPath:"#/definitions/pgIdent/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
if(data.use_pg_rewind !== undefined){
if(typeof data.use_pg_rewind !== "boolean"){
const err58 = {instancePath:instancePath+"/use_pg_rewind",schemaPath:"#/properties/use_pg_rewind/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.pg_ctl_timeout !== undefined){
let data53 = data.pg_ctl_timeout;
const _errs128 = errors;
let valid26 = false;
const _errs129 = errors;
if(typeof data53 == "number"){
if(data53 < 0 || isNaN(data53)){
const err59 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs129 === errors;
valid26 = valid26 || _valid0;
if(!valid26){
const _errs131 = errors;
if(typeof data53 === "string"){
if(!pattern36.test(data53)){
const err61 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid0 = _errs131 === errors;
valid26 = valid26 || _valid0;
}
if(!valid26){
const err63 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
}
}
if(data.recovery_conf !== undefined){
if(!(validate19(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.remove_data_directory_on_rewind_failure !== undefined){
if(typeof data.remove_data_directory_on_rewind_failure !== "boolean"){
const err64 = {instancePath:instancePath+"/remove_data_directory_on_rewind_failure",schemaPath:"#/properties/remove_data_directory_on_rewind_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.remove_data_directory_on_diverged_timelines !== undefined){
if(typeof data.remove_data_directory_on_diverged_timelines !== "boolean"){
const err65 = {instancePath:instancePath+"/remove_data_directory_on_diverged_timelines",schemaPath:"#/properties/remove_data_directory_on_diverged_timelines/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data57 = data.create_replica_methods;
if((!(Array.isArray(data57))) && (data57 !== null)){
const err66 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: schema109.properties.create_replica_methods.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(Array.isArray(data57)){
const len2 = data57.length;
for(let i2=0; i2<len2; i2++){
if(typeof data57[i2] !== "string"){
const err67 = {instancePath:instancePath+"/create_replica_methods/" + i2,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
if(data.create_replica_method !== undefined){
let data59 = data.create_replica_method;
if(Array.isArray(data59)){
const len3 = data59.length;
for(let i3=0; i3<len3; i3++){
if(typeof data59[i3] !== "string"){
const err68 = {instancePath:instancePath+"/create_replica_method/" + i3,schemaPath:"#/properties/create_replica_method/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/create_replica_method",schemaPath:"#/properties/create_replica_method/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.basebackup !== undefined){
if(!(validate29(data.basebackup, {instancePath:instancePath+"/basebackup",parentData:data,parentDataProperty:"basebackup",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.callbacks !== undefined){
if(!(validate35(data.callbacks, {instancePath:instancePath+"/callbacks",parentData:data,parentDataProperty:"callbacks",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.pre_promote !== undefined){
if(typeof data.pre_promote !== "string"){
const err70 = {instancePath:instancePath+"/pre_promote",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.before_stop !== undefined){
if(typeof data.before_stop !== "string"){
const err71 = {instancePath:instancePath+"/before_stop",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.use_unix_socket !== undefined){
if(typeof data.use_unix_socket !== "boolean"){
const err72 = {instancePath:instancePath+"/use_unix_socket",schemaPath:"#/properties/use_unix_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.use_unix_socket_repl !== undefined){
if(typeof data.use_unix_socket_repl !== "boolean"){
const err73 = {instancePath:instancePath+"/use_unix_socket_repl",schemaPath:"#/properties/use_unix_socket_repl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.bin_dir !== undefined){
if(typeof data.bin_dir !== "string"){
const err74 = {instancePath:instancePath+"/bin_dir",schemaPath:"#/properties/bin_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.bin_name !== undefined){
let data68 = data.bin_name;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key5 in data68){
if(!(((((((key5 === "pg_ctl") || (key5 === "initdb")) || (key5 === "pg_controldata")) || (key5 === "pg_basebackup")) || (key5 === "postgres")) || (key5 === "pg_isready")) || (key5 === "pg_rewind"))){
const err75 = {instancePath:instancePath+"/bin_name",schemaPath:"#/definitions/binName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data68.pg_ctl !== undefined){
if(typeof data68.pg_ctl !== "string"){
const err76 = {instancePath:instancePath+"/bin_name/pg_ctl",schemaPath:"#/definitions/binName/properties/pg_ctl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data68.initdb !== undefined){
if(typeof data68.initdb !== "string"){
const err77 = {instancePath:instancePath+"/bin_name/initdb",schemaPath:"#/definitions/binName/properties/initdb/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data68.pg_controldata !== undefined){
if(typeof data68.pg_controldata !== "string"){
const err78 = {instancePath:instancePath+"/bin_name/pg_controldata",schemaPath:"#/definitions/binName/properties/pg_controldata/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data68.pg_basebackup !== undefined){
if(typeof data68.pg_basebackup !== "string"){
const err79 = {instancePath:instancePath+"/bin_name/pg_basebackup",schemaPath:"#/definitions/binName/properties/pg_basebackup/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data68.postgres !== undefined){
if(typeof data68.postgres !== "string"){
const err80 = {instancePath:instancePath+"/bin_name/postgres",schemaPath:"#/definitions/binName/properties/postgres/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data68.pg_isready !== undefined){
if(typeof data68.pg_isready !== "string"){
const err81 = {instancePath:instancePath+"/bin_name/pg_isready",schemaPath:"#/definitions/binName/properties/pg_isready/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data68.pg_rewind !== undefined){
if(typeof data68.pg_rewind !== "string"){
const err82 = {instancePath:instancePath+"/bin_name/pg_rewind",schemaPath:"#/definitions/binName/properties/pg_rewind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/bin_name",schemaPath:"#/definitions/binName/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.custom_conf !== undefined){
if(typeof data.custom_conf !== "string"){
const err84 = {instancePath:instancePath+"/custom_conf",schemaPath:"#/properties/custom_conf/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.config_base_name !== undefined){
if(typeof data.config_base_name !== "string"){
const err85 = {instancePath:instancePath+"/config_base_name",schemaPath:"#/properties/config_base_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err86 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.krbsrvname !== undefined){
if(typeof data.krbsrvname !== "string"){
const err87 = {instancePath:instancePath+"/krbsrvname",schemaPath:"#/properties/krbsrvname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err88 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.superuser !== undefined){
let data81 = data.superuser;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key6 in data81){
if(!(func2.call(schema112.properties, key6))){
const err89 = {instancePath:instancePath+"/superuser",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data81.username !== undefined){
if(typeof data81.username !== "string"){
const err90 = {instancePath:instancePath+"/superuser/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data81.password !== undefined){
if(typeof data81.password !== "string"){
const err91 = {instancePath:instancePath+"/superuser/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data81.sslmode !== undefined){
if(typeof data81.sslmode !== "string"){
const err92 = {instancePath:instancePath+"/superuser/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data81.sslkey !== undefined){
if(typeof data81.sslkey !== "string"){
const err93 = {instancePath:instancePath+"/superuser/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data81.sslpassword !== undefined){
if(typeof data81.sslpassword !== "string"){
const err94 = {instancePath:instancePath+"/superuser/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data81.sslcert !== undefined){
if(typeof data81.sslcert !== "string"){
const err95 = {instancePath:instancePath+"/superuser/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data81.sslrootcert !== undefined){
if(typeof data81.sslrootcert !== "string"){
const err96 = {instancePath:instancePath+"/superuser/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data81.sslcrl !== undefined){
if(typeof data81.sslcrl !== "string"){
const err97 = {instancePath:instancePath+"/superuser/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data81.sslcrldir !== undefined){
if(typeof data81.sslcrldir !== "string"){
const err98 = {instancePath:instancePath+"/superuser/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data81.sslnegotiation !== undefined){
if(typeof data81.sslnegotiation !== "string"){
const err99 = {instancePath:instancePath+"/superuser/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data81.gssencmode !== undefined){
if(typeof data81.gssencmode !== "string"){
const err100 = {instancePath:instancePath+"/superuser/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data81.channel_binding !== undefined){
if(typeof data81.channel_binding !== "string"){
const err101 = {instancePath:instancePath+"/superuser/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/superuser",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.replication !== undefined){
let data94 = data.replication;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key7 in data94){
if(!(func2.call(schema112.properties, key7))){
const err103 = {instancePath:instancePath+"/replication",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data94.username !== undefined){
if(typeof data94.username !== "string"){
const err104 = {instancePath:instancePath+"/replication/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data94.password !== undefined){
if(typeof data94.password !== "string"){
const err105 = {instancePath:instancePath+"/replication/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data94.sslmode !== undefined){
if(typeof data94.sslmode !== "string"){
const err106 = {instancePath:instancePath+"/replication/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data94.sslkey !== undefined){
if(typeof data94.sslkey !== "string"){
const err107 = {instancePath:instancePath+"/replication/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data94.sslpassword !== undefined){
if(typeof data94.sslpassword !== "string"){
const err108 = {instancePath:instancePath+"/replication/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data94.sslcert !== undefined){
if(typeof data94.sslcert !== "string"){
const err109 = {instancePath:instancePath+"/replication/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data94.sslrootcert !== undefined){
if(typeof data94.sslrootcert !== "string"){
const err110 = {instancePath:instancePath+"/replication/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data94.sslcrl !== undefined){
if(typeof data94.sslcrl !== "string"){
const err111 = {instancePath:instancePath+"/replication/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data94.sslcrldir !== undefined){
if(typeof data94.sslcrldir !== "string"){
const err112 = {instancePath:instancePath+"/replication/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data94.sslnegotiation !== undefined){
if(typeof data94.sslnegotiation !== "string"){
const err113 = {instancePath:instancePath+"/replication/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data94.gssencmode !== undefined){
if(typeof data94.gssencmode !== "string"){
const err114 = {instancePath:instancePath+"/replication/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data94.channel_binding !== undefined){
if(typeof data94.channel_binding !== "string"){
const err115 = {instancePath:instancePath+"/replication/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/replication",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.pg_rewind !== undefined){
let data107 = data.pg_rewind;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key8 in data107){
if(!(func2.call(schema112.properties, key8))){
const err117 = {instancePath:instancePath+"/pg_rewind",schemaPath:"#/definitions/postgresqlUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data107.username !== undefined){
if(typeof data107.username !== "string"){
const err118 = {instancePath:instancePath+"/pg_rewind/username",schemaPath:"#/definitions/postgresqlUser/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data107.password !== undefined){
if(typeof data107.password !== "string"){
const err119 = {instancePath:instancePath+"/pg_rewind/password",schemaPath:"#/definitions/postgresqlUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data107.sslmode !== undefined){
if(typeof data107.sslmode !== "string"){
const err120 = {instancePath:instancePath+"/pg_rewind/sslmode",schemaPath:"#/definitions/postgresqlUser/properties/sslmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data107.sslkey !== undefined){
if(typeof data107.sslkey !== "string"){
const err121 = {instancePath:instancePath+"/pg_rewind/sslkey",schemaPath:"#/definitions/postgresqlUser/properties/sslkey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data107.sslpassword !== undefined){
if(typeof data107.sslpassword !== "string"){
const err122 = {instancePath:instancePath+"/pg_rewind/sslpassword",schemaPath:"#/definitions/postgresqlUser/properties/sslpassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data107.sslcert !== undefined){
if(typeof data107.sslcert !== "string"){
const err123 = {instancePath:instancePath+"/pg_rewind/sslcert",schemaPath:"#/definitions/postgresqlUser/properties/sslcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data107.sslrootcert !== undefined){
if(typeof data107.sslrootcert !== "string"){
const err124 = {instancePath:instancePath+"/pg_rewind/sslrootcert",schemaPath:"#/definitions/postgresqlUser/properties/sslrootcert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data107.sslcrl !== undefined){
if(typeof data107.sslcrl !== "string"){
const err125 = {instancePath:instancePath+"/pg_rewind/sslcrl",schemaPath:"#/definitions/postgresqlUser/properties/sslcrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data107.sslcrldir !== undefined){
if(typeof data107.sslcrldir !== "string"){
const err126 = {instancePath:instancePath+"/pg_rewind/sslcrldir",schemaPath:"#/definitions/postgresqlUser/properties/sslcrldir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data107.sslnegotiation !== undefined){
if(typeof data107.sslnegotiation !== "string"){
const err127 = {instancePath:instancePath+"/pg_rewind/sslnegotiation",schemaPath:"#/definitions/postgresqlUser/properties/sslnegotiation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data107.gssencmode !== undefined){
if(typeof data107.gssencmode !== "string"){
const err128 = {instancePath:instancePath+"/pg_rewind/gssencmode",schemaPath:"#/definitions/postgresqlUser/properties/gssencmode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data107.channel_binding !== undefined){
if(typeof data107.channel_binding !== "string"){
const err129 = {instancePath:instancePath+"/pg_rewind/channel_binding",schemaPath:"#/definitions/postgresqlUser/properties/channel_binding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/pg_rewind",schemaPath:"#/definitions/postgresqlUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}

const schema124 = {"type":["object","null"],"description":"Tags of this member, visible in the REST API and patronictl list. Besides the predefined ones below, any other key is a custom tag. An empty value (null) counts as none.","properties":{"nofailover":{"type":"boolean","description":"Never let this member become the leader. Do not combine with failover_priority. Default false."},"failover_priority":{"description":"Preference of this member in leader elections among members with the same WAL position: higher wins; 0 or less excludes it (like nofailover). Do not combine with nofailover.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"3.2"},"clonefrom":{"type":"boolean","description":"Prefer this member as the source when other members build a replica with pg_basebackup. Default false."},"noloadbalance":{"type":"boolean","description":"Make GET /replica answer 503 so load balancers leave this member out. Default false."},"replicatefrom":{"type":"string","description":"Name of another member to stream from (cascading replication)."},"nosync":{"type":"boolean","description":"Never choose this member as a synchronous replica. Do not combine with sync_priority. Default false."},"sync_priority":{"description":"Preference of this member when choosing synchronous replicas (synchronous_mode on): higher wins; 0 or less excludes it (like nosync). Do not combine with nosync.","allOf":[{"$ref":"#/definitions/pgInteger"}],"x-patroni-since":"4.1"},"nostream":{"description":"Do not stream WAL with the replication protocol; rely on restore_command and pg_wal polling. Also stops permanent logical slot copying on this member and its cascading replicas. No effect on the primary.","allOf":[{"$ref":"#/definitions/booleanLike"}],"x-patroni-since":"3.3"}},"additionalProperties":{"description":"A custom tag."}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema124.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nofailover !== undefined){
if(typeof data.nofailover !== "boolean"){
const err1 = {instancePath:instancePath+"/nofailover",schemaPath:"#/properties/nofailover/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.failover_priority !== undefined){
let data1 = data.failover_priority;
const _errs7 = errors;
let valid3 = false;
const _errs8 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/failover_priority",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs10 = errors;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/failover_priority",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/failover_priority",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err5 = {instancePath:instancePath+"/failover_priority",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.clonefrom !== undefined){
if(typeof data.clonefrom !== "boolean"){
const err6 = {instancePath:instancePath+"/clonefrom",schemaPath:"#/properties/clonefrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.noloadbalance !== undefined){
if(typeof data.noloadbalance !== "boolean"){
const err7 = {instancePath:instancePath+"/noloadbalance",schemaPath:"#/properties/noloadbalance/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.replicatefrom !== undefined){
if(typeof data.replicatefrom !== "string"){
const err8 = {instancePath:instancePath+"/replicatefrom",schemaPath:"#/properties/replicatefrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nosync !== undefined){
if(typeof data.nosync !== "boolean"){
const err9 = {instancePath:instancePath+"/nosync",schemaPath:"#/properties/nosync/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sync_priority !== undefined){
let data6 = data.sync_priority;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err10 = {instancePath:instancePath+"/sync_priority",schemaPath:"#/definitions/pgInteger/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs26 = errors;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err11 = {instancePath:instancePath+"/sync_priority",schemaPath:"#/definitions/pgInteger/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/sync_priority",schemaPath:"#/definitions/pgInteger/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err13 = {instancePath:instancePath+"/sync_priority",schemaPath:"#/definitions/pgInteger/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.nostream !== undefined){
let data7 = data.nostream;
const _errs31 = errors;
let valid9 = false;
const _errs32 = errors;
if(typeof data7 !== "boolean"){
const err14 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs34 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err15 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data7 === 0) || (data7 === 1))){
const err16 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs36 = errors;
if(typeof data7 === "string"){
if(!pattern22.test(data7)){
const err17 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},message:"must match pattern \""+"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid9 = valid9 || _valid2;
}
}
if(!valid9){
const err19 = {instancePath:instancePath+"/nostream",schemaPath:"#/definitions/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
}
validate65.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://patroni-plan.dev/schema/patroni.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.scope !== undefined){
if(typeof data.scope !== "string"){
const err2 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.thread_pool_size !== undefined){
let data3 = data.thread_pool_size;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs15 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*[+-]?[0-9]+\\s*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err7 = {instancePath:instancePath+"/thread_pool_size",schemaPath:"#/definitions/intOrIntString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.thread_stack_size !== undefined){
let data4 = data.thread_stack_size;
const _errs20 = errors;
let valid6 = false;
const _errs21 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err8 = {instancePath:instancePath+"/thread_stack_size",schemaPath:"#/definitions/byteSize/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs23 = errors;
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err9 = {instancePath:instancePath+"/thread_stack_size",schemaPath:"#/definitions/byteSize/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"},message:"must match pattern \""+"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/thread_stack_size",schemaPath:"#/definitions/byteSize/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/thread_stack_size",schemaPath:"#/definitions/byteSize/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.log !== undefined){
if(!(validate11(data.log, {instancePath:instancePath+"/log",parentData:data,parentDataProperty:"log",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.restapi !== undefined){
if(!(validate13(data.restapi, {instancePath:instancePath+"/restapi",parentData:data,parentDataProperty:"restapi",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.ctl !== undefined){
if(!(validate15(data.ctl, {instancePath:instancePath+"/ctl",parentData:data,parentDataProperty:"ctl",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.bootstrap !== undefined){
if(!(validate17(data.bootstrap, {instancePath:instancePath+"/bootstrap",parentData:data,parentDataProperty:"bootstrap",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.citus !== undefined){
let data9 = data.citus;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!((key1 === "group") || (key1 === "database"))){
const err12 = {instancePath:instancePath+"/citus",schemaPath:"#/definitions/citus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.group !== undefined){
let data10 = data9.group;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err13 = {instancePath:instancePath+"/citus/group",schemaPath:"#/definitions/citus/properties/group/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err14 = {instancePath:instancePath+"/citus/group",schemaPath:"#/definitions/citus/properties/group/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data9.database !== undefined){
if(typeof data9.database !== "string"){
const err15 = {instancePath:instancePath+"/citus/database",schemaPath:"#/definitions/citus/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/citus",schemaPath:"#/definitions/citus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.consul !== undefined){
if(!(validate46(data.consul, {instancePath:instancePath+"/consul",parentData:data,parentDataProperty:"consul",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.etcd !== undefined){
if(!(validate48(data.etcd, {instancePath:instancePath+"/etcd",parentData:data,parentDataProperty:"etcd",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.etcd3 !== undefined){
if(!(validate48(data.etcd3, {instancePath:instancePath+"/etcd3",parentData:data,parentDataProperty:"etcd3",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.zookeeper !== undefined){
if(!(validate51(data.zookeeper, {instancePath:instancePath+"/zookeeper",parentData:data,parentDataProperty:"zookeeper",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.exhibitor !== undefined){
if(!(validate52(data.exhibitor, {instancePath:instancePath+"/exhibitor",parentData:data,parentDataProperty:"exhibitor",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.kubernetes !== undefined){
let data17 = data.kubernetes;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key2 in data17){
if(!(func2.call(schema104.properties, key2))){
const err17 = {instancePath:instancePath+"/kubernetes",schemaPath:"#/definitions/kubernetes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data17.bypass_api_service !== undefined){
if(typeof data17.bypass_api_service !== "boolean"){
const err18 = {instancePath:instancePath+"/kubernetes/bypass_api_service",schemaPath:"#/definitions/kubernetes/properties/bypass_api_service/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data17.namespace !== undefined){
if(typeof data17.namespace !== "string"){
const err19 = {instancePath:instancePath+"/kubernetes/namespace",schemaPath:"#/definitions/kubernetes/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data17.labels !== undefined){
let data20 = data17.labels;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key3 in data20){
if(typeof data20[key3] !== "string"){
const err20 = {instancePath:instancePath+"/kubernetes/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/kubernetes/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/kubernetes/labels",schemaPath:"#/definitions/kubernetes/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data17.scope_label !== undefined){
if(typeof data17.scope_label !== "string"){
const err22 = {instancePath:instancePath+"/kubernetes/scope_label",schemaPath:"#/definitions/kubernetes/properties/scope_label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data17.role_label !== undefined){
if(typeof data17.role_label !== "string"){
const err23 = {instancePath:instancePath+"/kubernetes/role_label",schemaPath:"#/definitions/kubernetes/properties/role_label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.leader_label_value !== undefined){
if(typeof data17.leader_label_value !== "string"){
const err24 = {instancePath:instancePath+"/kubernetes/leader_label_value",schemaPath:"#/definitions/kubernetes/properties/leader_label_value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data17.follower_label_value !== undefined){
if(typeof data17.follower_label_value !== "string"){
const err25 = {instancePath:instancePath+"/kubernetes/follower_label_value",schemaPath:"#/definitions/kubernetes/properties/follower_label_value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data17.standby_leader_label_value !== undefined){
if(typeof data17.standby_leader_label_value !== "string"){
const err26 = {instancePath:instancePath+"/kubernetes/standby_leader_label_value",schemaPath:"#/definitions/kubernetes/properties/standby_leader_label_value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data17.tmp_role_label !== undefined){
if(typeof data17.tmp_role_label !== "string"){
const err27 = {instancePath:instancePath+"/kubernetes/tmp_role_label",schemaPath:"#/definitions/kubernetes/properties/tmp_role_label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data17.bootstrap_labels !== undefined){
let data28 = data17.bootstrap_labels;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key4 in data28){
if(typeof data28[key4] !== "string"){
const err28 = {instancePath:instancePath+"/kubernetes/bootstrap_labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/kubernetes/properties/bootstrap_labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/kubernetes/bootstrap_labels",schemaPath:"#/definitions/kubernetes/properties/bootstrap_labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data17.use_endpoints !== undefined){
if(typeof data17.use_endpoints !== "boolean"){
const err30 = {instancePath:instancePath+"/kubernetes/use_endpoints",schemaPath:"#/definitions/kubernetes/properties/use_endpoints/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data17.pod_ip !== undefined){
if(typeof data17.pod_ip !== "string"){
const err31 = {instancePath:instancePath+"/kubernetes/pod_ip",schemaPath:"#/definitions/kubernetes/properties/pod_ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data17.ports !== undefined){
let data32 = data17.ports;
if(Array.isArray(data32)){
const len0 = data32.length;
for(let i0=0; i0<len0; i0++){
let data33 = data32[i0];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.name === undefined){
const err32 = {instancePath:instancePath+"/kubernetes/ports/" + i0,schemaPath:"#/definitions/kubernetes/properties/ports/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data33.port === undefined){
const err33 = {instancePath:instancePath+"/kubernetes/ports/" + i0,schemaPath:"#/definitions/kubernetes/properties/ports/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key5 in data33){
if(!((key5 === "name") || (key5 === "port"))){
const err34 = {instancePath:instancePath+"/kubernetes/ports/" + i0,schemaPath:"#/definitions/kubernetes/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data33.name !== undefined){
if(typeof data33.name !== "string"){
const err35 = {instancePath:instancePath+"/kubernetes/ports/" + i0+"/name",schemaPath:"#/definitions/kubernetes/properties/ports/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data33.port !== undefined){
let data35 = data33.port;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err36 = {instancePath:instancePath+"/kubernetes/ports/" + i0+"/port",schemaPath:"#/definitions/kubernetes/properties/ports/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data35 == "number"){
if(data35 > 65535 || isNaN(data35)){
const err37 = {instancePath:instancePath+"/kubernetes/ports/" + i0+"/port",schemaPath:"#/definitions/kubernetes/properties/ports/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err38 = {instancePath:instancePath+"/kubernetes/ports/" + i0+"/port",schemaPath:"#/definitions/kubernetes/properties/ports/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/kubernetes/ports/" + i0,schemaPath:"#/definitions/kubernetes/properties/ports/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/kubernetes/ports",schemaPath:"#/definitions/kubernetes/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data17.cacert !== undefined){
if(typeof data17.cacert !== "string"){
const err41 = {instancePath:instancePath+"/kubernetes/cacert",schemaPath:"#/definitions/kubernetes/properties/cacert/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data17.context !== undefined){
if(typeof data17.context !== "string"){
const err42 = {instancePath:instancePath+"/kubernetes/context",schemaPath:"#/definitions/kubernetes/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.retriable_http_codes !== undefined){
let data38 = data17.retriable_http_codes;
const _errs101 = errors;
let valid27 = false;
const _errs102 = errors;
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
const err43 = {instancePath:instancePath+"/kubernetes/retriable_http_codes",schemaPath:"#/definitions/kubernetes/properties/retriable_http_codes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid2 = _errs102 === errors;
valid27 = valid27 || _valid2;
if(!valid27){
const _errs104 = errors;
if(Array.isArray(data38)){
const len1 = data38.length;
for(let i1=0; i1<len1; i1++){
let data39 = data38[i1];
if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){
const err44 = {instancePath:instancePath+"/kubernetes/retriable_http_codes/" + i1,schemaPath:"#/definitions/kubernetes/properties/retriable_http_codes/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/kubernetes/retriable_http_codes",schemaPath:"#/definitions/kubernetes/properties/retriable_http_codes/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid2 = _errs104 === errors;
valid27 = valid27 || _valid2;
}
if(!valid27){
const err46 = {instancePath:instancePath+"/kubernetes/retriable_http_codes",schemaPath:"#/definitions/kubernetes/properties/retriable_http_codes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/kubernetes",schemaPath:"#/definitions/kubernetes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.raft !== undefined){
if(!(validate56(data.raft, {instancePath:instancePath+"/raft",parentData:data,parentDataProperty:"raft",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.postgresql !== undefined){
if(!(validate58(data.postgresql, {instancePath:instancePath+"/postgresql",parentData:data,parentDataProperty:"postgresql",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.watchdog !== undefined){
let data42 = data.watchdog;
if((!(data42 && typeof data42 == "object" && !Array.isArray(data42))) && (data42 !== null)){
const err48 = {instancePath:instancePath+"/watchdog",schemaPath:"#/definitions/watchdog/type",keyword:"type",params:{type: schema123.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key6 in data42){
if(!((((key6 === "mode") || (key6 === "device")) || (key6 === "safety_margin")) || (key6 === "driver"))){
const err49 = {instancePath:instancePath+"/watchdog",schemaPath:"#/definitions/watchdog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data42.mode !== undefined){
let data43 = data42.mode;
const _errs118 = errors;
let valid35 = false;
const _errs119 = errors;
if(typeof data43 !== "string"){
const err50 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(((data43 === "off") || (data43 === "automatic")) || (data43 === "required"))){
const err51 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema123.properties.mode.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid3 = _errs119 === errors;
valid35 = valid35 || _valid3;
if(!valid35){
const _errs121 = errors;
if(typeof data43 === "string"){
if(!pattern55.test(data43)){
const err52 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"},message:"must match pattern \""+"^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid3 = _errs121 === errors;
valid35 = valid35 || _valid3;
if(!valid35){
const _errs123 = errors;
if(false !== data43){
const err54 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf/2/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid3 = _errs123 === errors;
valid35 = valid35 || _valid3;
}
}
if(!valid35){
const err55 = {instancePath:instancePath+"/watchdog/mode",schemaPath:"#/definitions/watchdog/properties/mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
if(data42.device !== undefined){
if(typeof data42.device !== "string"){
const err56 = {instancePath:instancePath+"/watchdog/device",schemaPath:"#/definitions/watchdog/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data42.safety_margin !== undefined){
let data45 = data42.safety_margin;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err57 = {instancePath:instancePath+"/watchdog/safety_margin",schemaPath:"#/definitions/watchdog/properties/safety_margin/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 < -1 || isNaN(data45)){
const err58 = {instancePath:instancePath+"/watchdog/safety_margin",schemaPath:"#/definitions/watchdog/properties/safety_margin/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data42.driver !== undefined){
if(typeof data42.driver !== "string"){
const err59 = {instancePath:instancePath+"/watchdog/driver",schemaPath:"#/definitions/watchdog/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
if(data.tags !== undefined){
if(!(validate65(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

