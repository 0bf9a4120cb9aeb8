/**
 * The execution plan: the contract other programs read. Its types are generated from
 * schema/plan.schema.json (npm run gen), so the schema is the one description of the format.
 */
export type {
  BootstrapBranch,
  CloneSource,
  FirstStart,
  Plan,
  PlanNode,
  RejoinBranch,
  RejoinCase,
  ReplicaBranch,
  ReplicaMethodPlan,
  ServerParameters,
  SkippedMethod,
  Step,
} from '../generated/plan-types.js';

export const PLAN_FORMAT_VERSION = 1;

/** Run-time values a plan cannot know, written into strings as `${name}`; described in the plan schema too. */
export const PLACEHOLDERS = {
  pwfile: 'path of the temporary file (tempfile.mkstemp) holding the superuser password while initdb runs',
  home: 'home directory of the user Patroni runs as (the default pgpass file is ${home}/pgpass)',
  cwd: "Patroni's working directory, against which it resolves a relative postgresql.pgpass or data_dir",
  clone_host: 'host of the member the replica is cloned from, as published in the DCS',
  clone_port: 'port of that member',
  clone_dbname: "database name in that member's connection URL",
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
