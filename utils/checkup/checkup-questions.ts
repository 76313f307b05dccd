import data from '../../diagnostics/association.json';
import { type CheckupQuestions, checkupQuestionsSchema } from './questions-schema';

/** The association's check-up questions, checked once (a unit test checks the file too). */
export const checkupQuestions: CheckupQuestions = checkupQuestionsSchema.parse(data);
