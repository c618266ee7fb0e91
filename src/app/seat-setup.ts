/**
 * The seat-setup form's model: for each company of a level, a person (with a name), a bot (with a
 * personality) or nobody. Everything typed here is untrusted; `checkSetup` says what is wrong beside
 * the field it concerns, and only a clean setup reaches `newGame`.
 */
import { BOT_PERSONALITIES, type BotPersonality, type Level, type Seat } from '../core';

export type SeatKind = 'human' | 'bot' | 'empty';

export interface SeatChoice {
  companyId: string;
  companyName: string;
  humanAllowed: boolean;
  kind: SeatKind;
  name: string; // as typed
  personality: BotPersonality;
}

export interface SetupDraft {
  levelId: string;
  seats: SeatChoice[];
  seed: string; // as typed
}

export const MAX_NAME_LENGTH = 40;
export const MAX_SEED = 0xffffffff;

/** A seed that differs from game to game without a clock in the rules: the app draws it, the rules keep it. */
export function freshSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 1_000_000) + 1;
}

/** Sensible defaults, so "Play" is one click: you play the first company a person may play; bots take the rest, up to the level's seat limit. */
export function defaultDraft(levelId: string, level: Level, seed: number): SetupDraft {
  const personalities = BOT_PERSONALITIES;
  let humanGiven = false;
  let filled = 0;
  const seats = level.companies.map((company, i): SeatChoice => {
    const human = !humanGiven && company.humanAllowed;
    if (human) humanGiven = true;
    const seated = filled < level.seats.max;
    if (seated) filled += 1;
    return {
      companyId: company.id,
      companyName: company.name,
      humanAllowed: company.humanAllowed,
      kind: !seated ? 'empty' : human ? 'human' : 'bot',
      name: human ? 'You' : `Player ${i + 1}`,
      personality: personalities[i % personalities.length] ?? 'builder',
    };
  });
  return { levelId, seats, seed: String(seed) };
}

export type SetupProblems = Record<string, string>; // field key -> sentence

export type CheckedSetup = { ok: true; seats: Seat[]; seed: number } | { ok: false; problems: SetupProblems };

export const seatField = (i: number, part: 'kind' | 'name') => `seat-${i}-${part}`;

export function checkSetup(draft: SetupDraft, level: Level): CheckedSetup {
  const problems: SetupProblems = {};
  const seats: Seat[] = [];
  const names = new Set<string>();
  draft.seats.forEach((choice, i) => {
    if (choice.kind === 'empty') return;
    if (choice.kind === 'human') {
      if (!choice.humanAllowed) {
        problems[seatField(i, 'kind')] = `${choice.companyName} is played by the computer in this level.`;
        return;
      }
      const name = choice.name.trim();
      if (name.length === 0) problems[seatField(i, 'name')] = 'Type a name for this player.';
      else if (name.length > MAX_NAME_LENGTH)
        problems[seatField(i, 'name')] =
          `A name is at most ${MAX_NAME_LENGTH} characters (this one has ${name.length}).`;
      else if (/[\p{Cc}]/u.test(name))
        problems[seatField(i, 'name')] = 'A name cannot contain control characters.';
      else if (names.has(name.toLowerCase()))
        problems[seatField(i, 'name')] = 'Two players have this name: give each a different one.';
      names.add(name.toLowerCase());
      seats.push({ companyId: choice.companyId, controller: { kind: 'human', name } });
    } else {
      seats.push({
        companyId: choice.companyId,
        controller: { kind: 'bot', personality: choice.personality },
      });
    }
  });
  const count = seats.length;
  if (count < level.seats.min || count > level.seats.max) {
    problems.seats =
      level.seats.min === level.seats.max
        ? `This level needs exactly ${level.seats.min} seated ${level.seats.min === 1 ? 'company' : 'companies'}; ${count} ${count === 1 ? 'is' : 'are'} seated.`
        : `This level needs ${level.seats.min} to ${level.seats.max} seated companies; ${count} ${count === 1 ? 'is' : 'are'} seated.`;
  }
  if (!draft.seats.some((s) => s.kind === 'human') && !problems.seats)
    problems.seats = 'Seat at least one person: a game of bots alone is for `npm run sim`.';
  const seedText = draft.seed.trim();
  let seed = 0;
  if (!/^\d{1,10}$/.test(seedText)) problems.seed = 'The seed is a whole number from 0 to 4294967295.';
  else {
    seed = Number(seedText);
    if (seed > MAX_SEED) problems.seed = 'The seed is a whole number from 0 to 4294967295.';
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, seats, seed };
}
