/**
 * Seat specs for the simulator: `frontier=builder,nimbus=dealmaker`, `random`, `balanced`, `any`. Each
 * named company gets the given player; every other company of the level (up to its seat limit) gets
 * `others` (default `random`, or `others=none` to leave it out). Players are the three personalities,
 * `random` (a personality drawn from the game's seed), `balanced` (the personalities dealt out in equal
 * numbers over those seats, in an order drawn from the seed), the baselines `idle` and `random-legal`,
 * and `any` (one of all five, drawn from the seed).
 */
import { CONTROLLER_NAMES, type ControllerName, rngFromSeed } from '../bots';
import { BOT_PERSONALITIES, type Level, type Seat } from '../core';
import { quote } from '../core/quote';

export const SEAT_CHOICES = [...CONTROLLER_NAMES, 'random', 'balanced', 'any'] as const;
export type SeatChoice = (typeof SEAT_CHOICES)[number];

export interface SeatPlan {
  seats: { companyId: string; choice: SeatChoice }[];
}

export type SeatPlanResult = { ok: true; plan: SeatPlan } | { ok: false; message: string };

const isChoice = (value: string): value is SeatChoice => (SEAT_CHOICES as readonly string[]).includes(value);

export function parseSeatSpec(spec: string, level: Level): SeatPlanResult {
  const fail = (message: string): SeatPlanResult => ({ ok: false, message: `--seats: ${message}` });
  const choices = `use ${SEAT_CHOICES.slice(0, -1).join(', ')} or ${SEAT_CHOICES.at(-1)}`;
  const named = new Map<string, SeatChoice>();
  let others: SeatChoice | 'none' = 'random';
  const text = spec.trim();
  if (text === '') return fail(`the spec is empty; ${choices}, or company=player pairs.`);
  if (isChoice(text)) others = text;
  else {
    for (const part of text.split(',')) {
      const [rawKey, rawValue, extra] = part.split('=').map((s) => s.trim());
      if (!rawKey || rawValue === undefined || extra !== undefined)
        return fail(
          `${quote(part)} is not company=player (e.g. ${level.companies[0]?.id ?? 'frontier'}=builder).`,
        );
      if (rawKey === 'others') {
        if (rawValue !== 'none' && !isChoice(rawValue))
          return fail(`${quote(rawValue)} is not a player; ${choices}, or none.`);
        others = rawValue;
        continue;
      }
      const company = level.companies.find((c) => c.id === rawKey);
      if (!company)
        return fail(
          `${quote(rawKey)} is not a company of level ${level.id} (its companies: ${level.companies.map((c) => c.id).join(', ')}).`,
        );
      if (!isChoice(rawValue)) return fail(`${quote(rawValue)} is not a player; ${choices}.`);
      if (named.has(rawKey)) return fail(`${quote(rawKey)} is given twice.`);
      named.set(rawKey, rawValue);
    }
  }
  const seats: SeatPlan['seats'] = [];
  for (const company of level.companies) {
    const choice = named.get(company.id) ?? (others === 'none' ? null : others);
    if (!choice) continue;
    if (seats.length >= level.seats.max) {
      if (named.has(company.id))
        return fail(
          `level ${level.id} has at most ${level.seats.max} seats; name fewer companies or add others=none.`,
        );
      continue;
    }
    seats.push({ companyId: company.id, choice });
  }
  if (seats.length < level.seats.min)
    return fail(
      `level ${level.id} needs at least ${level.seats.min} seats; ${seats.length} would be played.`,
    );
  return { ok: true, plan: { seats } };
}

export interface ResolvedSeats {
  seats: Seat[];
  controllers: Record<string, ControllerName>;
}

/** The players of one game: `random` and `any` are drawn from the game's seed, so the same seed seats the same players. */
export function resolveSeats(plan: SeatPlan, seed: number): ResolvedSeats {
  const rng = rngFromSeed((seed ^ 0x5eed5eed) >>> 0);
  // Balanced seats: each personality as often as the others (one more for some when they do not divide),
  // shuffled with the seed.
  const balancedSeats = plan.seats.filter((s) => s.choice === 'balanced').length;
  const offset = rng.int(0, BOT_PERSONALITIES.length - 1);
  const deck = Array.from(
    { length: balancedSeats },
    (_, i) => BOT_PERSONALITIES[(i + offset) % BOT_PERSONALITIES.length] ?? 'builder',
  );
  for (let i = deck.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [deck[i], deck[j]] = [deck[j] ?? 'builder', deck[i] ?? 'builder'];
  }
  const seats: Seat[] = [];
  const controllers: Record<string, ControllerName> = {};
  for (const { companyId, choice } of plan.seats) {
    const name: ControllerName =
      choice === 'random'
        ? (rng.pick(BOT_PERSONALITIES) ?? 'builder')
        : choice === 'any'
          ? (rng.pick(CONTROLLER_NAMES) ?? 'builder')
          : choice === 'balanced'
            ? (deck.shift() ?? 'builder')
            : choice;
    controllers[companyId] = name;
    const personality = (BOT_PERSONALITIES as readonly string[]).includes(name);
    seats.push({
      companyId,
      // Baselines are not personalities the game knows: the save records them as named human seats.
      controller: personality
        ? { kind: 'bot', personality: name as (typeof BOT_PERSONALITIES)[number] }
        : { kind: 'human', name },
    });
  }
  return { seats, controllers };
}
