import { useEffect, useState } from 'react';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { nextVerdict, verdictLabel, verdicts } from '../../utils/progress/feedback';
import type { Verdict } from '../../utils/storage/local-items';

interface Props {
  /** The tip's key (`packId/tipId`). */
  itemKey: string;
  verdict: Verdict | undefined;
  lang: Lang;
}

const quiet = () => undefined;

/**
 * "This helped" / "Not clear" under a tip: two toggle buttons, one choice, changeable, pressed
 * again to take it back. The choice shows at once; the background's next view confirms it.
 */
export function FeedbackButtons({ itemKey, verdict, lang }: Props) {
  const [current, setCurrent] = useState(verdict);
  useEffect(() => setCurrent(verdict), [verdict]);
  const press = (pressed: Verdict) => {
    const next = nextVerdict(current, pressed);
    setCurrent(next ?? undefined);
    void sendMessage('giveFeedback', { key: itemKey, verdict: next }).catch(quiet);
  };
  return (
    <fieldset className="feedback">
      <legend className="visually-hidden">{t(lang, 'feedback.group')}</legend>
      {verdicts.map((choice) => (
        <button key={choice} type="button" aria-pressed={current === choice} onClick={() => press(choice)}>
          {current === choice ? <span aria-hidden="true">✓ </span> : null}
          {t(lang, verdictLabel[choice])}
        </button>
      ))}
    </fieldset>
  );
}
