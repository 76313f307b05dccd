import { useState } from 'react';
import { useStorageItem } from '../../hooks/use-storage-item';
import { type Lang, t, tn } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { areaOf, learnedByTool, type PIX_AREAS } from '../../utils/progress/learned';
import { guideProgressItem, NO_PRACTICE, practiceItem, tipStatesItem } from '../../utils/storage/local-items';
import { toolById } from '../../utils/tools/registry';
import { exercisesLearned } from '../practice/practice-learned';
import { FeedbackSummary } from './feedback-summary';

const LABEL = {
  tip: 'learned.tip',
  guide: 'learned.guide',
  'practice-guide': 'practice.learned.guide',
  exercise: 'practice.learned.exercise',
} as const;

/**
 * "What I have learned": tips marked "Got it", guides finished, and what was practised on the
 * practice spaces, by tool, each with its Pix competence area. Reset asks first, inline (no browser dialog), and keeps hidden tips hidden.
 */
export function LearnedList({ packs, lang }: { packs: InstalledPack[] | undefined; lang: Lang }) {
  const [tips] = useStorageItem(tipStatesItem, {});
  const [guides] = useStorageItem(guideProgressItem, {});
  const [practice] = useStorageItem(practiceItem, NO_PRACTICE);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const groups = learnedByTool(packs ?? [], tips, guides, {
    guides: practice.guides,
    exercises: exercisesLearned(practice),
  });
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  // The same things counted by Pix competence area, for volunteers preparing a Pix certificate.
  const byArea = new Map<(typeof PIX_AREAS)[number], number>();
  for (const item of groups.flatMap((group) => group.items)) {
    const area = areaOf(item.competence) as (typeof PIX_AREAS)[number] | undefined;
    if (area) byArea.set(area, (byArea.get(area) ?? 0) + 1);
  }
  const areas = [...byArea].sort(([a], [b]) => a.localeCompare(b));

  const reset = async () => {
    await sendMessage('resetLearned');
    setConfirming(false);
    setStatus(t(lang, 'learned.reset-done'));
  };

  return (
    <section aria-labelledby="learned-title">
      <h2 id="learned-title">{t(lang, 'learned.title')}</h2>
      {count ? (
        <>
          <p>{tn(lang, 'learned.count', count)}</p>
          {areas.length ? (
            <>
              <h3>{t(lang, 'learned.by-competence')}</h3>
              <ul className="plain-list">
                {areas.map(([area, n]) => (
                  <li key={area}>
                    {t(lang, `learned.area.${area}`)} : {n}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {groups.map((group) => (
            <div key={group.tool} className="card">
              <h3>{toolById(group.tool)?.names[lang] ?? group.tool}</h3>
              <ul className="plain-list">
                {group.items.map((item) => {
                  const area = areaOf(item.competence);
                  return (
                    <li key={item.key}>
                      {t(lang, LABEL[item.kind])} {item.title[lang]}
                      {area ? (
                        <span className="muted">
                          {' '}
                          — {t(lang, `learned.area.${area as (typeof PIX_AREAS)[number]}`)}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {confirming ? (
            <fieldset className="row">
              <legend>{t(lang, 'learned.reset-confirm')}</legend>
              <button type="button" onClick={() => void reset()}>
                {t(lang, 'learned.reset-yes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t(lang, 'learned.reset-no')}
              </button>
            </fieldset>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t(lang, 'learned.reset')}
            </button>
          )}
        </>
      ) : (
        <p className="muted">{t(lang, 'learned.none')}</p>
      )}
      <FeedbackSummary packs={packs} lang={lang} />
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
