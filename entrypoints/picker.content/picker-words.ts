import { describeWith, type Say } from '../../utils/studio/locator-words';
import type { MadeAnchor } from '../../utils/studio/make-anchor';
import type { PickerView } from './view';

/** The studio's words as the picker uses them: placeholders filled, plurals by the language's rule. */
export function wordsOf(view: PickerView) {
  const say: Say = (key, vars) =>
    (view.words[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
  const rules = new Intl.PluralRules(view.lang);
  const sayCount = (key: string, count: number) => {
    const form = `${key}.${rules.select(count)}`;
    return say(form in view.words ? form : `${key}.other`, { count });
  };
  /** One line per locator tried: what it looks for, how many it finds, kept or not. */
  const tried = (made: MadeAnchor) =>
    made.tried.map(({ locator, kept, count }) => {
      const found = sayCount('picker.found', count);
      return `${describeWith(locator, view.lang, say)} — ${found}, ${say(kept ? 'picker.kept' : 'picker.not-kept')}`;
    });
  /** What the hovered element would be found by: the first kept locator, else why not. */
  const summary = (made: MadeAnchor) => {
    const first = made.tried.find((t) => t.kept);
    return first
      ? `${describeWith(first.locator, view.lang, say)} — ${sayCount('picker.found', first.count)}`
      : say('picker.none');
  };
  return { say, sayCount, tried, summary };
}

export type PickerWords = ReturnType<typeof wordsOf>;
