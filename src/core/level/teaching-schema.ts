/**
 * What a level carries for the classroom and for honesty about its numbers: a lesson plan for a
 * 45-minute class, the source of each figure taken from the article or the reference facts, the
 * step-by-step prompts of a tutorial, and how players are ranked, in words.
 * The sums and references these fields make are checked in `parse.ts`.
 */
import * as v from 'valibot';
import { ACTION_TYPES } from '../vocabulary';
import { identifier, text, wholeBetween } from './fields';

/** A class period: the run sheet's steps must add up to exactly this. */
export const LESSON_MINUTES = 45;

const textList = (what: string, min: number, max: number) =>
  v.pipe(
    v.array(text(what), `must be a list of ${what}s`),
    v.minLength(min, `must list ${min} to ${max} ${what}s`),
    v.maxLength(max, `must list ${min} to ${max} ${what}s`),
  );

export const RunSheetStepSchema = v.strictObject({
  minutes: wholeBetween(1, LESSON_MINUTES),
  activity: text('what the class does in this step'),
});

export const LessonPlanSchema = v.strictObject({
  learningObjectives: textList('learning objective', 2, 6),
  discussionQuestions: textList('discussion question', 3, 5),
  runSheet: v.pipe(
    v.array(RunSheetStepSchema, 'must be a list of timed steps'),
    v.minLength(1, 'must list at least one step'),
  ),
});

export const SOURCE_ORIGINS = ['article', 'facts', 'extrapolation'] as const;

/**
 * Where a figure of the level comes from. `figure` is the path of the field it sets
 * (`companies[0].cashM`) and `value` must equal what the level holds there, so a source cannot
 * silently drift from the number it justifies.
 */
export const SourceSchema = v.strictObject({
  figure: v.pipe(
    v.string('must be text (the path of the field it sets, e.g. companies[0].cashM)'),
    v.regex(
      /^[A-Za-z][A-Za-z0-9]*(\[\d+\])*(\.[A-Za-z][A-Za-z0-9]*(\[\d+\])*)*$/,
      'must be the path of a field of the level, e.g. companies[0].cashM',
    ),
  ),
  value: v.union(
    [v.number('must be a number'), v.string('must be text'), v.boolean('must be true or false')],
    'must be the number, text or true/false the level holds at that path',
  ),
  quote: text('the sentence from the article or the reference row it comes from'),
  origin: v.picklist(SOURCE_ORIGINS, `must be one of: ${SOURCE_ORIGINS.join(', ')}`),
  note: v.optional(text('how the quoted figure became the level’s number')),
});

export const TutorialStepSchema = v.strictObject({
  id: identifier,
  text: text('the prompt the player reads'),
  waitFor: v.optional(v.picklist(ACTION_TYPES, `must be one of: ${ACTION_TYPES.join(', ')}`)),
});

export const TeachingFields = {
  lessonPlan: v.pipe(
    LessonPlanSchema,
    v.description(
      'For the teacher: 2–6 learning objectives, 3–5 discussion questions, and a run sheet of 45 minutes.',
    ),
  ),
  sources: v.pipe(
    v.array(SourceSchema, 'must be a list of sources'),
    v.minLength(1, 'must list at least one source'),
    v.description(
      'Where the figures come from: the field each sets (e.g. companies[0].cashM), its value, the quoted sentence, and whether it is from the article, the reference facts, or an extrapolation.',
    ),
  ),
  tutorial: v.optional(
    v.pipe(
      v.array(TutorialStepSchema, 'must be a list of tutorial steps'),
      v.minLength(1, 'must list at least one step'),
      v.description(
        'Step-by-step prompts the game shows; a step with waitFor waits until the player makes that action.',
      ),
    ),
  ),
  ranking: v.pipe(
    text('how players are ranked, in words'),
    v.description('How players are ranked at the end, in words the players read.'),
  ),
  rankingMetric: v.optional(
    v.pipe(
      v.picklist(['valuation', 'valuationGrowth'], 'must be "valuation" or "valuationGrowth"'),
      v.description(
        'Between companies that met as many objectives: the higher final valuation ("valuation", the default) or the larger multiple of its starting valuation ("valuationGrowth", fair when companies start at very different sizes).',
      ),
    ),
  ),
};

export type LessonPlan = v.InferOutput<typeof LessonPlanSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type TutorialStep = v.InferOutput<typeof TutorialStepSchema>;
