/**
 * How to reach a member's REST API, as patronictl does it (PatroniRequest, 3.0–4.1): each of
 * certfile, keyfile, keyfile_password and the credentials from `ctl`, else from `restapi`; the
 * CA from ctl.cacert, else restapi.cafile; ctl.insecure skips verification. Flags win over
 * the configuration.
 */
import { readSmallFile } from '../load/read-bounded.js';
import { UsageError } from '../diagnostic.js';
import { dictGet, strValue } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';
import type { RestOptions } from '../net/patroni-rest.js';

export interface RestFlags {
  cacert?: string;
  cert?: string;
  key?: string;
  insecure?: boolean;
  restUser?: string;
  /** A file holding the REST API password: a password on the command line would show in `ps`. */
  restPasswordFile?: string;
  timeout?: string;
}

/** ctl's value, else restapi's: patronictl's _get_cfg_value. */
function ctlOrRestapi(root: PyDict | undefined, ...path: string[]): PyValue | undefined {
  const from = (section: string): PyValue | undefined => path.reduce<PyValue | undefined>((v, k) => dictGet(v, k), dictGet(root, section));
  const ctl = from('ctl');
  return ctl !== undefined && pyTruthy(ctl) ? ctl : from('restapi');
}

export function restOptions(root: PyDict | undefined, flags: RestFlags): RestOptions {
  const out: RestOptions = {};
  const cacert = flags.cacert ?? (strValue(dictGet(dictGet(root, 'ctl'), 'cacert')) || strValue(dictGet(dictGet(root, 'restapi'), 'cafile')));
  const certfile = flags.cert ?? strValue(ctlOrRestapi(root, 'certfile'));
  const keyfile = flags.key ?? strValue(ctlOrRestapi(root, 'keyfile'));
  const keyPassword = strValue(ctlOrRestapi(root, 'keyfile_password'));
  if (cacert) out.cacert = cacert;
  if (certfile) out.certfile = certfile;
  if (keyfile) out.keyfile = keyfile;
  if (keyPassword) out.keyPassword = keyPassword;
  const insecure = flags.insecure ?? pyTruthy(dictGet(dictGet(root, 'ctl'), 'insecure') ?? { kind: 'bool', value: false });
  if (insecure) out.insecure = true;
  const username = flags.restUser ?? strValue(ctlOrRestapi(root, 'authentication', 'username'));
  const password = flags.restPasswordFile !== undefined ? readPasswordFile(flags.restPasswordFile) : flags.restUser !== undefined ? undefined : strValue(ctlOrRestapi(root, 'authentication', 'password'));
  if (username !== undefined) out.username = username;
  if (password !== undefined) out.password = password;
  if (flags.timeout !== undefined) {
    const seconds = Number(flags.timeout);
    if (!(seconds > 0 && seconds <= 300)) throw new UsageError(`--timeout must be a number of seconds between 0 and 300, not '${flags.timeout}'`);
    out.timeoutMs = seconds * 1000;
  }
  return out;
}

/** Bounded, and only a regular file: a FIFO or a device must not hang or flood the run. */
function readPasswordFile(file: string): string {
  const text = readSmallFile(file, 64 * 1024);
  if (text === undefined) throw new UsageError(`${file}: cannot read the REST API password file (not a readable regular file of at most 64 KiB)`);
  return text.replace(/\r?\n$/, '');
}
