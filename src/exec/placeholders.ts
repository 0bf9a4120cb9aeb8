/**
 * Fills a plan's run-time placeholders (`${pwfile}`, `${home}`, `${cwd}`, `${clone_host}` ...) and,
 * inside the pgpass file only, its `${secret:<key>}` references. A value is escaped as the
 * place it lands in requires, exactly as Patroni escapes the real value there: inside a
 * libpq connection string (`host=`, `port=`, `dbname=`, `passfile=`), in a pgpass line
 * (`:` and `\`), or quoted in recovery.conf.
 */
import { basename } from 'node:path';
import type { Plan, Step } from '../plan/plan-types.js';
import { SECRET_REF } from './secrets.js';

export interface CloneValues {
  host: string;
  port: string;
  dbname: string;
}

export interface ResolverInput {
  plan: Plan;
  home: string;
  /** The temporary password file; created on first use, so a dry run never creates it. */
  pwfile: () => string;
  clone?: CloneValues;
  secrets: Map<string, string>;
}

export type FileKind = 'pgpass' | 'recovery_conf' | 'plain';

const PLACEHOLDER = /\$\{([a-z_]+)\}/g;
/** A placeholder right after one of these keywords is a value inside a libpq connection string. */
const DSN_VALUE = /(?:^|[\s='])(?:host|hostaddr|port|dbname|passfile)=$/;

/** As Patroni's format_dsn escapes a value. */
export const escapeDsn = (v: string): string => v.replace(/(['\\ ])/g, '\\$1');
/** As Patroni's pgpass lines escape a field; an empty field matches anything. */
export const escapePgpass = (v: string): string => (v || '*').replace(/([:\\])/g, '\\$1');
/** As a quoted value in recovery.conf is written. */
export const escapeConfQuoted = (v: string): string => v.replace(/(['\\])/g, '$1$1');

export class Resolver {
  constructor(private readonly input: ResolverInput) {}

  /** The placeholders this plan uses (and so the only `${name}` texts that are replaced). */
  private known(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.input.plan.placeholders, name);
  }

  private value(name: string): string {
    const clone = this.input.clone;
    switch (name) {
      case 'pwfile':
        return this.input.pwfile();
      case 'home':
        return this.input.home;
      case 'cwd':
        // exec stands where Patroni would: relative pgpass and data_dir paths resolve against its own directory.
        return process.cwd();
      case 'clone_host':
      case 'clone_port':
      case 'clone_dbname':
        if (!clone) throw new Error(`\${${name}} has no value: --clone-from is needed`);
        return clone[name.slice('clone_'.length) as keyof CloneValues];
      default:
        throw new Error(`unknown placeholder \${${name}}`);
    }
  }

  /** An argv entry, env value, path or parameter. */
  text(s: string): string {
    return s.replace(PLACEHOLDER, (whole, name: string, at: number) => {
      if (!this.known(name)) return whole;
      const v = this.value(name);
      return DSN_VALUE.test(s.slice(0, at)) ? escapeDsn(v) : v;
    });
  }

  path(step: Step): string {
    return this.text(step.path!);
  }

  fileKind(step: Step): FileKind {
    const path = this.path(step);
    if (path === this.text(this.input.plan.node.pgpass)) return 'pgpass';
    return basename(path) === 'recovery.conf' ? 'recovery_conf' : 'plain';
  }

  /** What a write_file step writes: its content with placeholders and secrets filled, or the bare secret. */
  content(step: Step): string {
    if (step.content === undefined) return step.secret ? this.secret(step.secret) : '';
    const kind = this.fileKind(step);
    const withSecrets = step.content.replace(SECRET_REF, (whole, key: string) => {
      if (key !== step.secret || kind !== 'pgpass') return whole;
      return `\u0000${key}\u0000`;
    });
    const filled = withSecrets.replace(PLACEHOLDER, (whole, name: string, at: number) => {
      if (!this.known(name)) return whole;
      const v = this.value(name);
      if (kind === 'pgpass') return escapePgpass(v);
      const dsn = DSN_VALUE.test(withSecrets.slice(0, at)) ? escapeDsn(v) : v;
      return kind === 'recovery_conf' ? escapeConfQuoted(dsn) : dsn;
    });
    // Secrets go in last, so a secret that looks like a placeholder stays as it is.
    return filled.replace(/\u0000([^\u0000]+)\u0000/g, (_, key: string) => escapePgpass(this.secret(key)));
  }

  private secret(key: string): string {
    const v = this.input.secrets.get(key);
    if (v === undefined) throw new Error(`the secret ${key} was not read`);
    return v;
  }
}

/** Why a step's placeholders cannot be filled safely, checked before anything runs. */
export function placeholderProblems(step: Step, resolver: Resolver): string[] {
  const problems: string[] = [];
  const outside = [...(step.argv ?? []), ...Object.values(step.env ?? {}), ...Object.values(step.parameters ?? {}), step.path ?? ''];
  if (outside.some((s) => /\$\{secret:/.test(s))) problems.push(`step ${step.id} has a secret outside a file's content`);
  const refs = [...(step.content ?? '').matchAll(SECRET_REF)].map((m) => m[1]!);
  if (refs.some((k) => k !== step.secret)) problems.push(`step ${step.id} refers to a secret it does not declare in 'secret'`);
  if (refs.length && step.action === 'write_file' && resolver.fileKind(step) !== 'pgpass') {
    problems.push(`step ${step.id} puts a secret into ${step.path}, which is not the pgpass file: exec knows how to escape a secret only there`);
  }
  return problems;
}
