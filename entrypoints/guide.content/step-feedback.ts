import { nextVerdict, verdicts } from '../../utils/progress/feedback';
import type { Verdict } from '../../utils/storage/local-items';

interface Words {
  group: string;
  helped: string;
  unclear: string;
}

/**
 * "This helped" / "Not clear" under a guide's step, in plain DOM like the rest of the callout:
 * two toggle buttons, one choice, changeable, pressed again to take it back. `send` tells the
 * background; the buttons change at once (the callout is not drawn again for the same step).
 */
export function stepFeedback(words: Words, verdict: Verdict | undefined, send: (v: Verdict | null) => void) {
  let current = verdict;
  const group = document.createElement('fieldset');
  group.className = 'feedback';
  const legend = document.createElement('legend');
  legend.className = 'visually-hidden';
  legend.textContent = words.group;
  group.append(legend);
  const buttons = verdicts.map((choice) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', () => {
      const next = nextVerdict(current, choice);
      current = next ?? undefined;
      draw();
      send(next);
    });
    group.append(button);
    return { choice, button };
  });
  const draw = () => {
    for (const { choice, button } of buttons) {
      const pressed = current === choice;
      button.setAttribute('aria-pressed', String(pressed));
      const tick = document.createElement('span');
      tick.setAttribute('aria-hidden', 'true');
      tick.textContent = '✓ ';
      button.replaceChildren(...(pressed ? [tick] : []), words[choice]);
    }
  };
  draw();
  return group;
}
