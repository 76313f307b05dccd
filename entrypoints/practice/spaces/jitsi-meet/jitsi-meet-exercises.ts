import type { Exercise } from '../../space-api';

export const exercises: Exercise[] = [
  {
    id: 'jitsi-meet-join-ready',
    words: {
      task: 'practice.jitsi-meet.exercise.ready.task',
      done: 'practice.jitsi-meet.exercise.ready.done',
      hint: 'practice.jitsi-meet.exercise.ready.hint',
    },
    // Ready means the others will know who speaks, and hear it: a name, a micro on and tested.
    check: (event) => (event.type === 'joined' ? !!event.name && event.micro && event.micTested : null),
  },
];
