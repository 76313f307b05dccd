import { useEffect, useState } from 'react';
import { MarkupText } from '../../components/markup-text';
import { useLang } from '../../hooks/use-lang';
import { sendMessage, type BlockedTips as Tips } from '../../utils/messaging/protocol';

/**
 * A page that keeps removing Déclic's button (see detector.content/keep-coach.ts) does not keep
 * the volunteer from the tips: the popup says so plainly and shows them here.
 */
export function BlockedTips({ tabId }: { tabId: number }) {
  const { tr } = useLang();
  const [tips, setTips] = useState<Tips | null>(null);
  useEffect(() => {
    void sendMessage('blockedTips', { tabId })
      .then(setTips)
      .catch(() => undefined);
  }, [tabId]);
  return (
    <section className="blocked" aria-labelledby="blocked-title">
      <h2 id="blocked-title">{tr('popup.blocked.title')}</h2>
      <p>{tr('popup.blocked.text')}</p>
      {tips?.tips.length ? (
        <ul className="blocked-tips">
          {tips.tips.map((tip) => (
            <li key={tip.id}>
              <h3>{tip.title[tips.lang]}</h3>
              <MarkupText source={tip.body[tips.lang]} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
