/** Certificates that share one key container: one key backs all of them (a renewed CA's generations). */

import type { RepairTarget } from './repairTargetOf';

export interface ContainerGroup<T extends { target: RepairTarget }> {
  container: string;
  provider: string;
  entries: T[];
}

/** Groups entries by key container (and provider), in first-seen order. */
export function groupByContainer<T extends { target: RepairTarget }>(entries: readonly T[]): ContainerGroup<T>[] {
  const groups = new Map<string, ContainerGroup<T>>();
  for (const entry of entries) {
    const key = `${entry.target.provider}\u0000${entry.target.container}`;
    let group = groups.get(key);
    if (!group) {
      group = { container: entry.target.container, provider: entry.target.provider, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}
