/**
 * Straight-line depreciation: each chip batch and each operating data center loses an equal share of its
 * remaining book value per quarter (rounded down; the last quarter takes what is left). No cash moves —
 * it is what the spending costs in earnings, spread over the asset's life.
 */

import { activeCompanies } from '../companies';
import type { GameState } from '../state';

export function depreciate(state: GameState): Record<string, number> {
  const byCompany: Record<string, number> = {};
  for (const company of activeCompanies(state)) {
    let total = 0;
    const assets = [
      ...company.chipBatches,
      ...company.dataCenters.filter((site) => site.status === 'operating'),
    ];
    for (const asset of assets) {
      if (asset.depreciationQuartersLeft <= 0 || asset.bookValueM <= 0) continue;
      const amount =
        asset.depreciationQuartersLeft === 1
          ? asset.bookValueM
          : Math.floor(asset.bookValueM / asset.depreciationQuartersLeft);
      asset.bookValueM -= amount;
      asset.depreciationQuartersLeft--;
      total += amount;
    }
    byCompany[company.id] = total;
  }
  return byCompany;
}
