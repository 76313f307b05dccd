import data from '../../diagnostics/volunteer.json';
import { diagnosticSchema, type Question } from './diagnostic-schema';

/** The volunteer's diagnostic, checked once when the page loads it (a unit test checks it too). */
export const volunteerQuestions: readonly Question[] = diagnosticSchema.parse(data).questions;
