/**
 * Turns untrusted JSON into a Level, or into the full list of what is wrong with it — every problem at
 * once, each with its path, so a teacher editing a level fixes them in one pass. Loads nothing on error.
 */
import * as v from 'valibot';
import { termParties } from '../deals/terms';
import { clip, quote } from '../quote';
import { type Level, LevelSchema } from './schema';
import { teachingProblems } from './teaching-check';

export interface LevelProblem {
  /** Where the problem is, e.g. `companies[2].cashM`; empty for the level as a whole. */
  readonly path: string;
  readonly message: string;
}

export type LevelParseResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

export interface ParseLevelOptions {
  /** The id the level must have, e.g. its file name without `.json` (the caller reads files; core does not). */
  readonly expectedId?: string;
}

export function parseLevel(input: unknown, options: ParseLevelOptions = {}): LevelParseResult {
  // A list or a bare value would otherwise be reported as every field missing.
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: 'A level must be a JSON object.' }] };
  const parsed = v.safeParse(LevelSchema, input, { abortEarly: false });
  if (!parsed.success) {
    const problems = parsed.issues.map(toProblem);
    // A wrong id is worth saying even when other fields are broken too.
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !problems.some((p) => p.path === 'id'))
      problems.push(...idProblems(id, options.expectedId));
    return { ok: false, problems };
  }
  const { $schema: _editorOnly, ...level } = parsed.output;
  const problems = [
    ...idProblems(level.id, options.expectedId),
    ...crossReferenceProblems(level),
    ...teachingProblems(level),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, level };
}

function idProblems(id: string, expectedId: string | undefined): LevelProblem[] {
  if (expectedId === undefined || id === expectedId) return [];
  return [
    {
      path: 'id',
      message: `must match the file name: the file is ${quote(`${expectedId}.json`)} but the id is ${quote(id)}`,
    },
  ];
}

/** `companies[2].cashM: must be a whole number ≥ 0` — the form shown to teachers and in the CLI. */
export function describeProblem(problem: LevelProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function toProblem(issue: v.BaseIssue<unknown>): LevelProblem {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${clip(String(key))}` : clip(String(key));
  }
  return { path, message: plainMessage(issue, path) };
}

/** valibot's own words for an object's keys ("Invalid key: Expected …") are not for teachers: say it plainly. */
function plainMessage(issue: v.BaseIssue<unknown>, path: string): string {
  if (issue.kind !== 'schema' || issue.type !== 'strict_object') return issue.message;
  if (issue.expected === 'never') return 'is not a field this level format knows';
  if (path === '') return 'A level must be a JSON object.';
  return issue.received === 'undefined' ? 'is missing' : 'must be an object';
}

function crossReferenceProblems(level: Level): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const chipIds = uniqueIds(level.chips, 'chips', add);
  const regionIds = uniqueIds(level.regions, 'regions', add);
  const companyIds = uniqueIds(level.companies, 'companies', add);
  uniqueIds(level.objectives, 'objectives', add);
  // The two references every part of a level makes: to one of its companies, and to one of its quarters.
  const needCompany = (path: string, id: string) => {
    if (!companyIds.has(id)) add(path, `names ${quote(id)}, which is not a company of this level`);
  };
  const needQuarter = (path: string, quarter: number) => {
    if (quarter > level.quarters) add(path, `must be within the level's ${level.quarters} quarters`);
  };

  if (level.seats.min > level.seats.max) add('seats.min', `must not exceed seats.max (${level.seats.max})`);
  if (level.seats.max > level.companies.length)
    add('seats.max', `must not exceed the number of companies (${level.companies.length})`);
  if (!level.companies.some((company) => company.humanAllowed))
    add('companies', 'at least one company must allow a human player (humanAllowed: true)');
  if (level.market.spot.minPricePerCu >= level.market.spot.maxPricePerCu)
    add('market.spot.minPricePerCu', 'must be below market.spot.maxPricePerCu');

  level.chips.forEach((chip, i) => {
    if (chip.inHouse) needCompany(`chips[${i}].inHouse.companyId`, chip.inHouse.companyId);
  });

  const claimedMw = new Map<string, number>();
  level.companies.forEach((company, i) => {
    const total = company.capTable.reduce((sum, entry) => sum + entry.bp, 0);
    if (total !== 10000)
      add(`companies[${i}].capTable`, `must add up to 10000 bp (100%), but adds up to ${total}`);
    const holders = new Set<string>();
    company.capTable.forEach((entry, j) => {
      if (holders.has(entry.holder))
        add(`companies[${i}].capTable[${j}].holder`, `lists ${quote(entry.holder)} twice`);
      holders.add(entry.holder);
      if (entry.holder === company.id)
        add(`companies[${i}].capTable[${j}].holder`, 'a company cannot hold its own shares');
    });
    if (company.role === 'cloud' && !company.baseBusiness)
      add(`companies[${i}].baseBusiness`, 'is required for a cloud giant (its existing cloud business)');
    company.dataCenters.forEach((dc, j) => {
      const at = `companies[${i}].dataCenters[${j}]`;
      if (!regionIds.has(dc.regionId))
        add(`${at}.regionId`, `names ${quote(dc.regionId)}, which is not a region of this level`);
      claimedMw.set(dc.regionId, (claimedMw.get(dc.regionId) ?? 0) + dc.mw);
      dc.chips.forEach((batch, k) => {
        if (!chipIds.has(batch.chipId))
          add(`${at}.chips[${k}].chipId`, `names ${quote(batch.chipId)}, which is not a chip of this level`);
      });
    });
  });
  level.regions.forEach((region, i) => {
    const claimed = claimedMw.get(region.id) ?? 0;
    if (claimed > region.powerMw)
      add(
        `regions[${i}].powerMw`,
        `is ${region.powerMw} MW but the starting data centers there draw ${claimed} MW`,
      );
  });
  level.objectives.forEach((objective, i) => {
    if (objective.byQuarter !== undefined) needQuarter(`objectives[${i}].byQuarter`, objective.byQuarter);
    if (objective.role && !level.companies.some((c) => c.role === objective.role))
      add(`objectives[${i}].role`, `no company of this level has the role ${quote(objective.role)}`);
    // Only a cloud can sell compute (the deal rules refuse any other provider), and winning nothing is free.
    if (objective.kind === 'commitmentsWonAtLeast' && objective.role !== 'cloud')
      add(`objectives[${i}].role`, 'must be "cloud": only clouds sell compute commitments');
    if (objective.kind === 'commitmentsWonAtLeast' && objective.amount < 1)
      add(
        `objectives[${i}].amount`,
        'must be at least $1M: an objective of winning nothing is met by doing nothing',
      );
    // Every company earns some AI revenue from the start (a lab all of its revenue): a bar of nothing is free.
    if (objective.kind === 'aiRevenueRunRateAtLeast' && objective.amount < 1)
      add(
        `objectives[${i}].amount`,
        'must be at least $1M: an objective of no AI revenue is met by doing nothing',
      );
    if (objective.orExistingBusinessMultipleBp !== undefined) {
      if (objective.kind !== 'aiRevenueRunRateAtLeast')
        add(
          `objectives[${i}].orExistingBusinessMultipleBp`,
          'may only be given for an aiRevenueRunRateAtLeast objective',
        );
      else if (objective.role !== 'cloud')
        add(
          `objectives[${i}].role`,
          'must be "cloud": only a cloud has an existing business to measure against',
        );
      // A fraction of the existing business can be met at the start: every cloud begins with some AI revenue.
      if (objective.orExistingBusinessMultipleBp < 10000)
        add(
          `objectives[${i}].orExistingBusinessMultipleBp`,
          'must be at least 10,000 bp (an AI business as big as the existing one)',
        );
    }
  });
  const partnerIds = uniqueIds(level.partners, 'partners', add);
  level.partners.forEach((partner, i) => {
    if (companyIds.has(partner.id))
      add(`partners[${i}].id`, `${quote(partner.id)} is already the id of a company`);
    partner.chips.forEach((chipId, j) => {
      if (!chipIds.has(chipId))
        add(`partners[${i}].chips[${j}]`, `names ${quote(chipId)}, which is not a chip of this level`);
    });
    if (partner.fleet) {
      const at = `partners[${i}].fleet`;
      if (partner.kind !== 'cloud')
        add(at, 'may only be given for a cloud partner: only a cloud sells compute');
      if (!chipIds.has(partner.fleet.chipId))
        add(`${at}.chipId`, `names ${quote(partner.fleet.chipId)}, which is not a chip of this level`);
      if (!regionIds.has(partner.fleet.regionId))
        add(`${at}.regionId`, `names ${quote(partner.fleet.regionId)}, which is not a region of this level`);
    }
    const staged = partner.stagedInvestment;
    if (staged) {
      const at = `partners[${i}].stagedInvestment`;
      needCompany(`${at}.investee`, staged.investee);
      needQuarter(`${at}.fromQuarter`, staged.fromQuarter);
      if (staged.firstM > staged.totalM) add(`${at}.firstM`, 'must not be more than totalM');
      if (partner.kind !== 'chipmaker' || partner.chips.length === 0)
        add(at, 'needs a chipmaker that sells chips: the investment returns as chip orders');
    }
    const warrant = partner.warrant;
    if (warrant) {
      const at = `partners[${i}].warrant`;
      needCompany(`${at}.holder`, warrant.holder);
      needQuarter(`${at}.fromQuarter`, warrant.fromQuarter);
      if (!partner.chips.includes(warrant.offer.chipId))
        add(`${at}.offer.chipId`, `names ${quote(warrant.offer.chipId)}, which this partner does not sell`);
      if (warrant.strikeCents >= warrant.sharePriceCents)
        add(`${at}.strikeCents`, 'must be below the share price, or the warrant is worth nothing');
    }
  });
  uniqueIds(level.sourceDeals ?? [], 'sourceDeals', add);
  (level.sourceDeals ?? []).forEach((deal, i) => {
    const at = `sourceDeals[${i}]`;
    for (const side of ['from', 'to'] as const) needCompany(`${at}.${side}`, deal[side]);
    if (deal.from === deal.to) add(`${at}.to`, 'must be another company than "from"');
    // `window` is the level format's name for the quarters it may be offered in, as for event cards.
    const { window: span } = deal;
    const spanPath = `${at}.window`;
    if (span.from > span.to) add(`${spanPath}.from`, 'must not be after its "to"');
    needQuarter(`${spanPath}.to`, span.to);
    deal.terms.forEach((term, j) => {
      if (termParties(term).some((party) => party !== deal.from && party !== deal.to))
        add(`${at}.terms[${j}]`, "may only name the deal's two companies");
    });
  });
  uniqueIds(level.events, 'events', add);
  level.events.forEach((card, i) => {
    const at = `events[${i}]`;
    // `window` is the level format's name for the quarters a card may fire in (not the browser's window).
    const { window: span } = card;
    const spanPath = `${at}.window`;
    if (span.from > span.to) add(`${spanPath}.from`, 'must not be after its "to"');
    needQuarter(`${spanPath}.to`, span.to);
    const effectLists: [string, typeof card.effects][] = [[`${at}.effects`, card.effects]];
    for (const [j, option] of (card.choice?.options ?? []).entries())
      effectLists.push([`${at}.choice.options[${j}].effects`, option.effects]);
    for (const [path, effects] of effectLists) {
      effects.forEach((effect, k) => {
        if ('regionId' in effect && !regionIds.has(effect.regionId))
          add(
            `${path}[${k}].regionId`,
            `names ${quote(effect.regionId)}, which is not a region of this level`,
          );
        if (effect.kind === 'dealOffer' && !partnerIds.has(effect.partnerId))
          add(
            `${path}[${k}].partnerId`,
            `names ${quote(effect.partnerId)}, which is not a partner of this level`,
          );
        if (effect.kind === 'dealOffer' && card.target === 'market')
          add(
            `${path}[${k}]`,
            'a deal offer needs a company to receive it: the event cannot target the whole market',
          );
      });
    }
    if (card.choice && card.target === 'market')
      add(`${at}.choice`, 'a choice needs a company to answer it: the event cannot target the whole market');
  });
  const thresholds = level.regulation.thresholds;
  if (
    !(
      thresholds.inquiry <= thresholds.dealReview &&
      thresholds.dealReview <= thresholds.fine &&
      thresholds.fine <= thresholds.divestiture
    )
  )
    add('regulation.thresholds', 'must rise in order: inquiry ≤ dealReview ≤ fine ≤ divestiture');
  return problems;
}

function uniqueIds(
  items: readonly { id: string }[],
  listPath: string,
  add: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add(`${listPath}[${i}].id`, `${quote(item.id)} is used twice`);
    seen.add(item.id);
  });
  return seen;
}
