import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { HelpLinks } from '../../components/help-links';
import { type MessageKey, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { type CoachUi, PANEL_ID } from '../../utils/page-ui/coach-ui';
import type { TipStatus } from '../../utils/storage/local-items';
import type { Store } from '../../utils/store';
import { toolById } from '../../utils/tools/registry';
import { AskForHelp } from './ask-for-help';
import { GuideList } from './guide-list';
import { TipSections } from './tip-sections';
import type { PanelView } from './view';
import { WordsOnThisPage } from './words-on-page';

interface Props {
  ui: CoachUi;
  store: Store<PanelView | null>;
  initiallyOpen: boolean;
}

const quiet = () => undefined;

/** The tips panel the launcher opens. Never modal, never in the way, closes with Escape. */
export function CoachPanel({ ui, store, initiallyOpen }: Props) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const [open, setOpen] = useState(initiallyOpen);
  const [announce, setAnnounce] = useState('');
  // A choice shows at once; the background's next view confirms it.
  const [pending, setPending] = useState<Record<string, TipStatus | null>>({});
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => setPending({}), [view]);

  useEffect(() => {
    ui.panel = { toggle: (next) => setOpen((current) => next ?? !current), announce: setAnnounce };
    // Clicked while this script was on its way (it loads when the launcher is pointed at).
    if (ui.openWhenLoaded) setOpen(true);
    ui.openWhenLoaded = false;
    return () => {
      ui.panel = undefined;
    };
  }, [ui]);
  useEffect(() => {
    ui.launcher.setAttribute('aria-expanded', String(open && !!view));
    if (open) titleRef.current?.focus();
  }, [open, ui, view]);

  const tool = view ? toolById(view.toolId) : undefined;
  if (!view || !tool || !open) return null;
  const { lang } = view;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const tips = view.tips.map((entry) =>
    entry.key in pending ? { ...entry, status: pending[entry.key] ?? undefined } : entry,
  );
  const hiddenCount = tips.filter((entry) => entry.status === 'hidden').length;

  const close = () => {
    setOpen(false);
    ui.launcher.focus();
  };
  const mark = (key: string, status: TipStatus | null) => {
    setPending((current) => ({ ...current, [key]: status }));
    void sendMessage('setTipStatus', { key, status }).catch(quiet);
    // The tip's buttons disappear with it: keep the keyboard user inside the panel.
    titleRef.current?.focus();
    const said =
      status === 'got-it'
        ? 'coach.announce.got-it'
        : status === 'hidden'
          ? 'coach.announce.hidden'
          : 'coach.announce.back';
    setAnnounce(tr(said));
  };
  const showHidden = () => {
    setPending(Object.fromEntries(tips.filter((e) => e.status === 'hidden').map((e) => [e.key, null])));
    void sendMessage('showHiddenTips').catch(quiet);
    setAnnounce(tr('coach.announce.back'));
  };

  return (
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
          {tr('coach.panel.title', { tool: tool.names[lang] })}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={tr('coach.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <TipSections tips={tips} lang={lang} onStatus={mark} />
      <GuideList
        guides={view.guides}
        lang={lang}
        onStart={(key, step) => {
          void sendMessage('startGuide', { key, step }).catch(quiet);
          setOpen(false);
        }}
      />
      <WordsOnThisPage ui={ui} lang={lang} />
      {view.learnMore.length ? (
        <details className="learn-more">
          <summary>{tr('coach.panel.learn-more', { tool: tool.names[lang] })}</summary>
          <HelpLinks links={view.learnMore} lang={lang} />
        </details>
      ) : null}
      <footer className="panel-footer">
        <AskForHelp help={view.help} lang={lang} tool={tool.names[lang]} />
        {hiddenCount ? (
          <button type="button" className="link-button" onClick={showHidden}>
            {tr('coach.panel.show-hidden', { count: hiddenCount })}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => void sendMessage('openOptions').catch(quiet)}>
          {tr('coach.panel.settings')}
        </button>
      </footer>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}
