/** Building a data center: claims grid power now, pays in instalments during construction. */
import { ceilDiv } from '../intmath';
import { ownRecord } from '../own';
import { quote } from '../quote';
import { formatCount, formatMoney } from '../report';
import { fail } from '../result';
import type { DataCenter, RegionState } from '../state';
import { quarterLabel } from '../time';
import { done, type EditHandler } from './handler';

export const buildDataCenter: EditHandler<'datacenter/build'> = (edit, action, company) => {
  const state = edit.state;
  const region = state.config.regions.find((r) => r.id === action.regionId);
  const regionState = ownRecord(state.regions, action.regionId);
  if (!region || !regionState)
    return fail(
      'datacenter/unknownRegion',
      `There is no region called ${quote(action.regionId)} in this level.`,
    );
  const freeMw = regionState.powerMw - regionState.claimedMw;
  if (action.mw > freeMw)
    return fail(
      'datacenter/noPower',
      `${region.name}'s grid has ${formatCount(Math.max(0, freeMw))} MW left to connect; ${formatCount(action.mw)} MW were asked for.`,
    );

  const capexM = action.mw * region.costPerMwM;
  const buildQuarters = ceilDiv(action.mw, region.buildMwPerQuarter);
  const onlineQuarter = state.quarter + region.permitQuarters + buildQuarters - 1;
  edit.own<RegionState>('regions', region.id).claimedMw += action.mw;
  const id = state.nextId++;
  edit.own<DataCenter[]>('companies', company.id, 'dataCenters').push({
    id,
    regionId: region.id,
    mw: action.mw,
    status: region.permitQuarters > 0 ? 'permitting' : 'building',
    quartersToGo: region.permitQuarters > 0 ? region.permitQuarters : buildQuarters,
    capexM,
    capexPaidM: 0,
    bookValueM: 0,
    depreciationQuartersLeft: 0,
    startedQuarter: state.quarter,
  });
  return done(
    `Data center #${id}: ${formatCount(action.mw)} MW in ${region.name} costs ${formatMoney(capexM)} over ${buildQuarters} quarter(s) of construction after ${region.permitQuarters} quarter(s) of permits, and comes online at the end of ${quarterLabel(state.config, onlineQuarter)}.`,
    'Chips are bought separately; order them for this site now so they arrive when it opens.',
  );
};
