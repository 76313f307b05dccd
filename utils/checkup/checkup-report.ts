import type { AnswerId, CheckupQuestion, CheckupQuestions } from './questions-schema';

/**
 * What a check-up says, worked out from the answers alone (no page, no storage): the strengths
 * (« oui »), the risks in order (the question's weight × the answer's risk, the heaviest first),
 * and what changed since an earlier check-up.
 */
export type Answers = Readonly<Record<string, AnswerId>>;

export interface Risk {
  question: CheckupQuestion;
  answer: AnswerId;
  score: number;
}

export interface CheckupReport {
  strengths: CheckupQuestion[];
  risks: Risk[];
  /** Questions left without an answer: the report says so rather than guess. */
  unanswered: CheckupQuestion[];
}

export type RiskLevel = 'high' | 'medium' | 'low';

export function checkupReport(data: CheckupQuestions, answers: Answers): CheckupReport {
  const strengths: CheckupQuestion[] = [];
  const risks: Risk[] = [];
  const unanswered: CheckupQuestion[] = [];
  for (const question of data.questions) {
    const answer = answers[question.id];
    if (!answer) unanswered.push(question);
    else if (data.answers[answer] === 0) strengths.push(question);
    else risks.push({ question, answer, score: question.weight * data.answers[answer] });
  }
  // Stable sort: equal risks keep the order of the questions.
  risks.sort((a, b) => b.score - a.score || b.question.weight - a.question.weight);
  return { strengths, risks, unanswered };
}

/** Out of 9 at most (weight 3 × « non » 3): 6 and over is high, 3 and over medium. */
export const riskLevel = (score: number): RiskLevel => (score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low');

export type Change = 'better' | 'worse' | 'same' | 'new';

export interface QuestionChange {
  question: CheckupQuestion;
  change: Change;
  before?: AnswerId;
  after: AnswerId;
}

/**
 * Per question answered in the later check-up: better, worse or the same as in the earlier one
 * (by the risk its answer carries), or new when the earlier one did not answer it.
 */
export function compareCheckups(data: CheckupQuestions, earlier: Answers, later: Answers): QuestionChange[] {
  return data.questions.flatMap((question): QuestionChange[] => {
    const after = later[question.id];
    if (!after) return [];
    const before = earlier[question.id];
    if (!before) return [{ question, change: 'new', after }];
    const delta = data.answers[after] - data.answers[before];
    const change: Change = delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
    return [{ question, change, before, after }];
  });
}
