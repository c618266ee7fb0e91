/** Which data centers are new since the last drawing, and which changed status: what the map animates. */
import type { DataCenterStatus } from '../../core';

export interface SiteChanges {
  appeared: number[];
  changed: number[];
}

export function siteChanges(
  before: ReadonlyMap<number, DataCenterStatus> | null,
  now: readonly { id: number; status: DataCenterStatus }[],
): SiteChanges {
  // The first drawing of a game shows what is there; nothing "appears".
  if (!before) return { appeared: [], changed: [] };
  const appeared: number[] = [];
  const changed: number[] = [];
  for (const site of now) {
    const was = before.get(site.id);
    if (was === undefined) appeared.push(site.id);
    else if (was !== site.status) changed.push(site.id);
  }
  return { appeared, changed };
}

export const statusesOf = (sites: readonly { id: number; status: DataCenterStatus }[]) =>
  new Map(sites.map((s) => [s.id, s.status]));
