/**
 * The order in which Patroni tries the DCS sections of its configuration (patroni/dcs/__init__.py get_dcs; from
 * 3.3 through iter_dcs_classes and patroni/dynamic_loader.py). It walks the modules of the patroni.dcs package as
 * pkgutil lists them, sorted by file name, tries those whose section is present, and connects with the first whose
 * module imports (its Python client is installed); every other DCS section is ignored without a word. The module
 * list is the same seven in 3.0.2, 3.3.11, 4.0.10 and 4.1.4 (checked by importing each release: etcd3 is taken
 * over kubernetes, and raft is passed over when pysyncobj is missing). Evidence: docs/patroni-version-facts.md §22.
 */
import type { ReleaseSpec } from './release-spec.js';

export interface DcsOrderFact {
  since: ReleaseSpec;
  order: readonly string[];
  /** The Python client each module imports: without it Patroni passes over the section. */
  clients: Readonly<Record<string, string>>;
}

export const DCS_ORDER: readonly DcsOrderFact[] = [
  {
    since: '3.0.0',
    order: ['consul', 'etcd', 'etcd3', 'exhibitor', 'kubernetes', 'raft', 'zookeeper'],
    clients: { consul: 'python-consul', etcd: 'python-etcd', etcd3: 'python-etcd', exhibitor: 'kazoo', kubernetes: '', raft: 'pysyncobj', zookeeper: 'kazoo' },
  },
];
