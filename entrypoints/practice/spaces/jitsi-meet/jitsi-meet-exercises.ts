import type { Exercise } from '../../space-api';

/** This space's exercises (written with the space). */
export const exercises: Exercise[] = [];
