/**
 * Several DCS sections (etcd3 and kubernetes, consul and etcd ...): Patroni connects to one, the first in its
 * own order (src/facts/patroni-dcs-order.ts), and ignores the others silently, so a section the author meant to
 * use may never be read. A zookeeper section holding exhibitor counts as exhibitor (Patroni moves it there).
 */
import { DCS_ORDER } from '../facts/patroni-dcs-order.js';
import { formatVersion } from '../facts/patroni-versions.js';
import { releasedBy } from '../facts/release-spec.js';
import { dictEntry, dictHas } from '../py/dict.js';
import { at } from './common.js';
import type { Rule } from './rule.js';

export const dcsSections: Rule = {
  id: 'dcs-sections',
  severity: 'warning',
  description: 'several DCS sections: Patroni connects to the first in its own order and ignores the others',
  check(ctx) {
    const fact = [...DCS_ORDER].reverse().find((f) => releasedBy(f.since, ctx.patroni)) ?? DCS_ORDER[0]!;
    const exhibitorInZookeeper = dictHas(dictEntry(ctx.root, 'zookeeper')?.value, 'exhibitor');
    const present = fact.order.filter((name) => (name === 'zookeeper' ? !exhibitorInZookeeper && dictHas(ctx.root, name) : name === 'exhibitor' ? exhibitorInZookeeper || dictHas(ctx.root, name) : dictHas(ctx.root, name)));
    if (present.length < 2) return [];
    const [used, ...ignored] = present as [string, ...string[]];
    const client = fact.clients[used];
    const entry = dictEntry(ctx.root, ignored[0] === 'exhibitor' && exhibitorInZookeeper ? 'zookeeper' : ignored[0]!);
    const names = ignored.join(' and ');
    return [
      {
        message:
          `Patroni ${formatVersion(ctx.patroni)} connects to one DCS only: it uses the ${used} section and silently ignores ${names} (the first section present in the order ${fact.order.join(', ')} wins` +
          `${client ? `; only if ${client}, the client ${used} needs, is not installed does it take the next` : ''}); remove the section${ignored.length > 1 ? 's' : ''} you do not use`,
        ...at(entry?.key),
      },
    ];
  },
};
