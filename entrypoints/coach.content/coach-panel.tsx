import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { HelpLinks } from '../../components/help-links';
import { TipCard } from '../../components/tip-card';
import { useStorageItem } from '../../components/use-storage-item';
import { type CoachUi, PANEL_ID } from '../../utils/coach-ui';
import { type MessageKey, t } from '../../utils/i18n';
import type { CoachGuide } from '../../utils/messaging';
import { guideProgressItem, setGuideProgress, setTipStatus, tipStatesItem } from '../../utils/storage-items';
import { toolById } from '../../utils/tools/registry';
import { GuideCallout } from './guide-callout';

interface Props {
  ui: CoachUi;
  initiallyOpen: boolean;
  onOpenSettings(): void;
}

/** The tips panel the launcher opens. Never modal, never in the way, closes with Escape. */
export function CoachPanel({ ui, initiallyOpen, onOpenSettings }: Props) {
  const state = useSyncExternalStore(ui.store.subscribe, ui.store.get);
  const lang = state.lang;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const [states] = useStorageItem(tipStatesItem, {});
  const [progress] = useStorageItem(guideProgressItem, {});
  const [running, setRunning] = useState<{ key: string; step: number } | null>(null);
  const [open, setOpen] = useState(initiallyOpen);
  const [announce, setAnnounce] = useState('');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const tool = state.toolId ? toolById(state.toolId) : undefined;

  useEffect(() => {
    ui.panel = { toggle: (next) => setOpen((current) => next ?? !current) };
    return () => {
      ui.panel = undefined;
    };
  }, [ui]);
  useEffect(() => {
    ui.launcher.setAttribute('aria-expanded', String(open));
    if (open) titleRef.current?.focus();
  }, [open, ui]);

  if (!tool || !state.show) return null;
  const toolName = tool.names[lang];
  // The guide stops cleanly when the user leaves its tool (a single-page app moved on).
  const active = running && state.guides.find((entry) => entry.key === running.key);
  const callout = active ? (
    <GuideCallout
      entry={active}
      lang={lang}
      step={running.step}
      onStep={(step) => setRunning({ key: active.key, step })}
      onEnd={(finished) => {
        setRunning(null);
        if (finished) {
          void setGuideProgress(active.key, { step: active.guide.steps.length - 1, done: true, at: Date.now() });
          setAnnounce(tr('guide.announce.learned', { title: active.guide.title[lang] }));
        }
        setOpen(true);
      }}
    />
  ) : null;
  if (!open) return callout;
  const visible = state.tips.filter((entry) => states[entry.key]?.status !== 'hidden');
  const hiddenCount = state.tips.length - visible.length;
  const fresh = visible.filter((entry) => states[entry.key]?.status !== 'got-it');
  const known = visible.filter((entry) => states[entry.key]?.status === 'got-it');

  const close = () => {
    setOpen(false);
    ui.launcher.focus();
  };
  const mark = (key: string, status: 'got-it' | 'hidden' | null) => {
    void setTipStatus(key, status);
    // The tip's buttons disappear with it: keep the keyboard user inside the panel.
    titleRef.current?.focus();
    setAnnounce(
      tr(
        status === 'got-it'
          ? 'coach.announce.got-it'
          : status === 'hidden'
            ? 'coach.announce.hidden'
            : 'coach.announce.back',
      ),
    );
  };
  const showHidden = () => {
    for (const entry of state.tips) if (states[entry.key]?.status === 'hidden') void setTipStatus(entry.key, null);
    setAnnounce(tr('coach.announce.back'));
  };

  return (
    <>
      {callout}
      <section
        id={PANEL_ID}
        className="declic panel"
        lang={lang}
        role="dialog"
        aria-modal="false"
        aria-labelledby={`${PANEL_ID}-title`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <header className="panel-header">
          <h2 id={`${PANEL_ID}-title`} ref={titleRef} tabIndex={-1}>
            {tr('coach.panel.title', { tool: toolName })}
          </h2>
          <button type="button" className="close" onClick={close} aria-label={tr('coach.close')}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {fresh.length ? (
          <ul className="tips">
            {fresh.map((entry) => (
              <TipCard
                key={entry.key}
                tip={entry.tip}
                lang={lang}
                status={undefined}
                onStatus={(s) => mark(entry.key, s)}
              />
            ))}
          </ul>
        ) : (
          <p className="empty">{tr(state.tips.length ? 'coach.panel.all-done' : 'coach.panel.no-tips')}</p>
        )}
        {known.length ? (
          <details className="known">
            <summary>{tr('coach.panel.known', { count: known.length })}</summary>
            <ul className="tips">
              {known.map((entry) => (
                <TipCard
                  key={entry.key}
                  tip={entry.tip}
                  lang={lang}
                  status="got-it"
                  onStatus={(s) => mark(entry.key, s)}
                />
              ))}
            </ul>
          </details>
        ) : null}
        <GuideList
          guides={state.guides}
          progress={progress}
          tr={tr}
          lang={lang}
          onStart={(entry, step) => {
            setRunning({ key: entry.key, step });
            setOpen(false);
          }}
        />
        <WordsOnThisPage ui={ui} tr={tr} />
        {state.learnMore.length ? (
          <details className="learn-more">
            <summary>{tr('coach.panel.learn-more', { tool: toolName })}</summary>
            <HelpLinks links={state.learnMore} lang={lang} />
          </details>
        ) : null}
        <footer className="panel-footer">
          {hiddenCount ? (
            <button type="button" className="link-button" onClick={showHidden}>
              {tr('coach.panel.show-hidden', { count: hiddenCount })}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={onOpenSettings}>
            {tr('coach.panel.settings')}
          </button>
        </footer>
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
      </section>
    </>
  );
}

/** The tool's guides: start, resume where the user stopped, or do again once learned. */
function GuideList({
  guides,
  progress,
  tr,
  lang,
  onStart,
}: {
  guides: CoachGuide[];
  progress: Record<string, { step: number; done: boolean }>;
  tr: (key: MessageKey, vars?: Record<string, string | number>) => string;
  lang: 'fr' | 'en';
  onStart(entry: CoachGuide, step: number): void;
}) {
  if (!guides.length) return null;
  return (
    <section className="guides" aria-labelledby="declic-guides-title">
      <h3 id="declic-guides-title">{tr('coach.panel.guides')}</h3>
      <ul className="guide-list">
        {guides.map((entry) => {
          const at = progress[entry.key];
          const total = entry.guide.steps.length;
          const resume = at && !at.done && at.step > 0 && at.step < total;
          return (
            <li key={entry.key} className="guide-item">
              <span className="guide-name">
                {entry.guide.title[lang]}{' '}
                <span className="muted">{at?.done ? tr('guide.learned') : tr('guide.steps', { count: total })}</span>
              </span>
              <button
                type="button"
                aria-label={tr(resume ? 'guide.resume-named' : 'guide.start-named', {
                  title: entry.guide.title[lang],
                  n: (at?.step ?? 0) + 1,
                })}
                onClick={() => onStart(entry, resume ? at.step : 0)}
              >
                {resume ? tr('guide.resume', { n: at.step + 1 }) : tr(at?.done ? 'guide.again' : 'guide.start')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The glossary for keyboard and screen-reader users: every marked word, each opening its card. */
function WordsOnThisPage({ ui, tr }: { ui: CoachUi; tr: (key: MessageKey) => string }) {
  const [words, setWords] = useState(() => ui.glossary?.found() ?? []);
  if (!ui.glossary) return null;
  return (
    <details className="words" onToggle={() => setWords(ui.glossary?.found() ?? [])}>
      <summary>{tr('coach.panel.words')}</summary>
      {words.length ? (
        <ul className="word-list">
          {words.map((entry) => (
            <li key={entry.key}>
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  const box = event.currentTarget.getBoundingClientRect();
                  ui.glossary?.explain(entry.key, { x: Math.max(8, box.left - 330), y: box.top });
                }}
              >
                {entry.term}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr('coach.panel.words-none')}</p>
      )}
    </details>
  );
}
