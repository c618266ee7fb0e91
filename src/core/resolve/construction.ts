/**
 * Data centers move through permits, then construction paid in equal instalments, then operation.
 * An instalment the owner cannot pay stalls the site for the quarter: builders stop, nothing is owed.
 */

import { activeCompanies } from '../companies';
import { ceilDiv } from '../intmath';
import { payWhatYouCan } from '../ledger';
import { formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { GameState } from '../state';

export function progressConstruction(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    for (const site of company.dataCenters) {
      const region = state.config.regions.find((r) => r.id === site.regionId);
      const where = `${site.mw} MW in ${region?.name ?? site.regionId}`;
      if (site.status === 'permitting') {
        site.quartersToGo--;
        if (site.quartersToGo <= 0) {
          site.status = 'building';
          site.quartersToGo = ceilDiv(site.mw, region?.buildMwPerQuarter ?? site.mw);
          noteFor(notes, company.id, `Permits granted for ${where}; construction starts next quarter.`);
        }
        continue;
      }
      if (site.status !== 'building') continue;
      const instalment = ceilDiv(site.capexM - site.capexPaidM, Math.max(1, site.quartersToGo));
      const unpaid = payWhatYouCan(state, company.id, 'ext:builders', instalment, 'Data-center construction');
      if (unpaid > 0) {
        // What was paid still counts towards the site, but it advances only on a full instalment.
        site.capexPaidM += instalment - unpaid;
        company.totals.capexM += instalment - unpaid;
        noteFor(
          notes,
          company.id,
          `Construction of ${where} stalled: ${formatMoney(unpaid)} of the instalment could not be paid.`,
        );
        continue;
      }
      site.capexPaidM += instalment;
      company.totals.capexM += instalment;
      site.quartersToGo--;
      if (site.quartersToGo <= 0) {
        site.status = 'operating';
        site.bookValueM = site.capexPaidM;
        site.depreciationQuartersLeft = state.config.market.dataCenterDepreciationQuarters;
        noteFor(notes, company.id, `${where} came online (cost ${formatMoney(site.capexPaidM)}).`);
      }
    }
  }
}
