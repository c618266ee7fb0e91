/**
 * The cap table: holder -> basis points, always summing to exactly 10,000. Issuing new shares dilutes
 * every holder pro rata (rounded down); the new holder gets everything the others gave up, rounding
 * remainder included, on top of whatever it already held (diluted like the rest).
 */
import { mulDivFloor } from '../intmath';
import { ownRecord } from '../own';

export function issueShares(capTable: Record<string, number>, newHolder: string, newBp: number): void {
  let kept = 0;
  for (const holder of Object.keys(capTable)) {
    const diluted = mulDivFloor(capTable[holder] ?? 0, 10000 - newBp, 10000);
    capTable[holder] = diluted;
    kept += diluted;
  }
  capTable[newHolder] = (ownRecord(capTable, newHolder) ?? 0) + 10000 - kept;
  for (const holder of Object.keys(capTable)) if (capTable[holder] === 0) delete capTable[holder];
}

/** Stake (bp) that `amountM` buys at a pre-money valuation, rounded down. */
export const stakeForInvestment = (amountM: number, preMoneyM: number): number =>
  mulDivFloor(amountM, 10000, preMoneyM + amountM);
