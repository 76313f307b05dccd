import { exercisesOf } from './exercises';

/** Every exercise's id: the background keeps progress only for these. */
export const exerciseIds: string[] = Object.values(exercisesOf).flatMap((list) => list.map((exercise) => exercise.id));
