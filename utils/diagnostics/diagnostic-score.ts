import type { Level } from '../packs/pack-schema';
import { areaOf, PIX_AREAS } from '../progress/learned';
import type { Area, DiagnosticResult, Question, Standing } from './diagnostic-schema';

/** The answer chosen for each question, by id; a question left unanswered counts as « Je ne sais pas ». */
export type Answers = Readonly<Record<string, string>>;

/**
 * An area is « à l’aise » from three quarters of its points: with two questions, one best answer
 * and one "I did it with help" is enough; two halfway answers are not.
 */
export const AT_EASE_SHARE = 0.75;

/**
 * The intermediate level from four areas at ease out of five: its tips assume the basics
 * everywhere, so a volunteer still discovering two areas would meet too much at once.
 */
export const INTERMEDIATE_MIN_AREAS = 4;

const pointsOf = (question: Question, answers: Answers): number =>
  question.answers.find((answer) => answer.id === answers[question.id])?.points ?? 0;
const bestOf = (question: Question): number => Math.max(...question.answers.map((answer) => answer.points));

/** Each area's standing in words, the weakest first, and the level to propose. Pure: no numbers leave it. */
export function scoreDiagnostic(questions: readonly Question[], answers: Answers): DiagnosticResult {
  const shares = PIX_AREAS.flatMap((area) => {
    const asked = questions.filter((question) => areaOf(question.competence) === area);
    if (!asked.length) return [];
    const got = asked.reduce((sum, question) => sum + pointsOf(question, answers), 0);
    const best = asked.reduce((sum, question) => sum + bestOf(question), 0);
    return [{ area, share: got / best }];
  });
  const standing = (share: number): Standing => (share >= AT_EASE_SHARE ? 'at-ease' : 'to-discover');
  const areas: Partial<Record<Area, Standing>> = Object.fromEntries(
    shares.map(({ area, share }) => [area, standing(share)]),
  );
  // Sorting is stable: areas as weak as each other keep the frame's order (1 before 2).
  const weakest = [...shares].sort((a, b) => a.share - b.share).map(({ area }) => area);
  const atEase = shares.filter(({ share }) => standing(share) === 'at-ease').length;
  const level: Level = atEase >= INTERMEDIATE_MIN_AREAS ? 'intermediate' : 'beginner';
  return { areas, weakest, level };
}
