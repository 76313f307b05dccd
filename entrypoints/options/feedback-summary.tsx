import { useState } from 'react';
import { useStorageItem } from '../../hooks/use-storage-item';
import { type Lang, t, tn } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { verdicts } from '../../utils/progress/feedback';
import { feedbackEntries, feedbackFile, feedbackLine } from '../../utils/progress/feedback-report';
import { feedbackItem } from '../../utils/storage/local-items';
import { downloadText } from './download-file';

/**
 * What the volunteer thought of tips and guide steps ("This helped" / "Not clear"), kept on this
 * computer only. They may save it in a small text file to give a mentor; Déclic sends nothing.
 */
export function FeedbackSummary({ packs, lang }: { packs: InstalledPack[] | undefined; lang: Lang }) {
  const [feedback] = useStorageItem(feedbackItem, {});
  const [status, setStatus] = useState('');
  const entries = feedbackEntries(packs ?? [], feedback);

  const save = () => {
    const file = feedbackFile(entries, lang, Date.now());
    downloadText(file.name, file.text);
    setStatus(t(lang, 'feedback.export-done', { file: file.name }));
  };

  return (
    <section className="card" aria-labelledby="feedback-title">
      <h3 id="feedback-title">{t(lang, 'feedback.title')}</h3>
      {entries.length ? (
        <>
          {verdicts.map((verdict) => {
            const mine = entries.filter((entry) => entry.verdict === verdict);
            if (!mine.length) return null;
            const title = verdict === 'helped' ? 'feedback.helped-title' : 'feedback.unclear-title';
            return (
              <div key={verdict} className={`feedback-${verdict}`}>
                <h4>{tn(lang, title, mine.length)}</h4>
                <ul className="plain-list">
                  {mine.map((entry) => (
                    <li key={entry.key}>{feedbackLine(entry, lang)}</li>
                  ))}
                </ul>
              </div>
            );
          })}
          <p className="muted">{t(lang, 'feedback.export-hint')}</p>
          <button type="button" onClick={save}>
            {t(lang, 'feedback.export')}
          </button>
        </>
      ) : (
        <p className="muted">{t(lang, 'feedback.none')}</p>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
