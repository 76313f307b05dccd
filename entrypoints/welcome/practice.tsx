import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { TipCard } from '../../components/tip-card';
import { type Lang, t } from '../../utils/i18n';
import type { Tip } from '../../utils/packs/pack-schema';
import { MailboxDrawing } from './drawings/mailbox-drawing';

/** The example tip, worded in both languages like a pack's tip, for the card the coach uses. */
const practiceTip = (): Tip => ({
  id: 'welcome-practice',
  tool: 'gmail',
  level: 'beginner',
  title: { fr: t('fr', 'welcome.practice.tip-title'), en: t('en', 'welcome.practice.tip-title') },
  body: { fr: t('fr', 'welcome.practice.tip-body'), en: t('en', 'welcome.practice.tip-body') },
});

/**
 * "Try it now": content scripts cannot run on Déclic's own pages, so the practice is drawn here,
 * a pretend mailbox with a real launcher-like button and an example tip that opens, reads and
 * closes like the coach (Escape closes it and the focus goes back to the button).
 */
export function Practice({ lang }: { lang: Lang }) {
  const [shown, setShown] = useState(false);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const id = useId();
  const launcherRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Focus follows the volunteer's own action only, never the first render.
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? titleRef.current : launcherRef.current)?.focus();
  }, [shown, open]);

  const tool = t(lang, 'welcome.practice.tool');
  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
    if (!next) setDone(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    toggle(false);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="practice">
      <h2 id={`${id}-title`}>{t(lang, 'welcome.practice.title')}</h2>
      <p>{t(lang, 'welcome.practice.intro')}</p>
      <button
        type="button"
        className="primary"
        aria-expanded={shown}
        aria-controls={`${id}-area`}
        onClick={() => {
          moveFocus.current = !shown;
          setShown(!shown);
          setOpen(false);
        }}
      >
        {t(lang, 'welcome.practice.start')}
      </button>
      <section
        id={`${id}-area`}
        className="practice-area"
        hidden={!shown}
        aria-label={t(lang, 'welcome.practice.label')}
      >
        <p className="practice-step">{t(lang, 'welcome.practice.step')}</p>
        <div className="practice-frame">
          <MailboxDrawing
            label={t(lang, 'welcome.practice.drawing')}
            newMessage={t(lang, 'welcome.practice.new-message')}
            inbox={t(lang, 'welcome.practice.mailbox')}
          />
          <button
            ref={launcherRef}
            type="button"
            className="practice-launcher"
            aria-label={t(lang, 'coach.launcher', { tool })}
            aria-expanded={open}
            aria-controls={`${id}-panel`}
            onClick={() => toggle(!open)}
          >
            <span className="mark" aria-hidden="true">
              ?
            </span>
            <span aria-hidden="true">{t(lang, 'coach.launcher-short')}</span>
          </button>
        </div>
        <div
          id={`${id}-panel`}
          className="practice-panel"
          role="dialog"
          hidden={!open}
          aria-labelledby={`${id}-panel-title`}
          onKeyDown={onKeyDown}
        >
          <p className="badge">{t(lang, 'welcome.practice.badge')}</p>
          <h3 id={`${id}-panel-title`} ref={titleRef} tabIndex={-1}>
            {t(lang, 'coach.panel.title', { tool })}
          </h3>
          <ul className="plain-list">
            <TipCard tip={practiceTip()} lang={lang} status={undefined} onStatus={() => toggle(false)} />
          </ul>
          <p className="muted">{t(lang, 'welcome.practice.close-hint')}</p>
          <button type="button" onClick={() => toggle(false)}>
            {t(lang, 'coach.close')}
          </button>
        </div>
        <p role="status" className="practice-done">
          {done && !open ? t(lang, 'welcome.practice.done') : ''}
        </p>
      </section>
    </section>
  );
}
