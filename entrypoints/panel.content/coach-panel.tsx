import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ExplainWords } from '../../components/explained-words';
import { HelpLinks } from '../../components/help-links';
import { type MessageKey, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { type CoachUi, PANEL_ID } from '../../utils/page-ui/coach-ui';
import { placePanel } from '../../utils/page-ui/place-panel';
import { showOnTop } from '../../utils/page-ui/top-layer';
import type { TipStatus } from '../../utils/storage/local-items';
import type { Store } from '../../utils/store';
import { toolById } from '../../utils/tools/registry';
import { AskForHelp } from './ask-for-help';
import { PanelFooter } from './panel-footer';
import { PanelHeader } from './panel-header';
import { PanelHome } from './panel-home';
import { SearchResults } from './panel-search';
import type { PanelView } from './view';
import { WordsOnThisPage } from './words-on-page';

interface Props {
  ui: CoachUi;
  store: Store<PanelView | null>;
  initiallyOpen: boolean;
}

const quiet = () => undefined;

/**
 * The tips panel the launcher opens. Never modal and never over the work: in the top layer,
 * placed beside what the volunteer is doing (see detector.content/coach-layout.ts); Escape closes it.
 */
export function CoachPanel({ ui, store, initiallyOpen }: Props) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const [open, setOpen] = useState(initiallyOpen);
  const [announce, setAnnounce] = useState('');
  const [query, setQuery] = useState('');
  // A choice shows at once; the background's next view confirms it.
  const [pending, setPending] = useState<Record<string, TipStatus | null>>({});
  const boxRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => setPending({}), [view]);

  // A layout effect, before the one below: the panel can place itself from its first paint.
  useLayoutEffect(() => {
    ui.panel = {
      toggle: (next) => setOpen((current) => next ?? !current),
      announce: setAnnounce,
      focus: () => titleRef.current?.focus(),
      place: () => (boxRef.current ? placePanel(ui.host, boxRef.current, ui.side, ui.chosen).rect : null),
    };
    // Clicked while this script was on its way (it loads when the launcher is pointed at).
    if (ui.openWhenLoaded) setOpen(true);
    ui.openWhenLoaded = false;
    return () => {
      ui.panel = undefined;
    };
  }, [ui]);
  const shown = open && !!view;
  const wasShown = useRef(false);
  // Before paint: the panel is never seen where it would cover the work.
  useLayoutEffect(() => {
    ui.launcher.setAttribute('aria-expanded', String(shown));
    if (shown && boxRef.current) showOnTop(boxRef.current);
    // Loaded closed (the launcher pointed at): nothing moves under the volunteer's pointer.
    if (shown || wasShown.current) ui.layout(true);
    wasShown.current = shown;
    if (shown) titleRef.current?.focus();
  }, [shown, ui]);

  const tool = view ? toolById(view.toolId) : undefined;
  if (!view || !tool || !open) return null;
  const { lang } = view;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const tips = view.tips.map((entry) =>
    entry.key in pending ? { ...entry, status: pending[entry.key] ?? undefined } : entry,
  );

  const close = () => {
    setOpen(false);
    const back = ui.returnTo;
    ui.returnTo = undefined;
    (back?.isConnected ? back : ui.launcher).focus();
  };
  const mark = (key: string, status: TipStatus | null) => {
    setPending((current) => ({ ...current, [key]: status }));
    void sendMessage('setTipStatus', { key, status }).catch(quiet);
    // The tip's buttons disappear with it: keep the keyboard user inside the panel.
    titleRef.current?.focus();
    const said = status === 'got-it' ? 'got-it' : status === 'hidden' ? 'hidden' : 'back';
    setAnnounce(tr(`coach.announce.${said}`));
  };
  const hidden = tips.filter((entry) => entry.status === 'hidden');
  const showHidden = () => {
    setPending(Object.fromEntries(hidden.map((entry) => [entry.key, null])));
    void sendMessage('showHiddenTips').catch(quiet);
    setAnnounce(tr('coach.announce.back'));
  };
  const startGuide = (key: string, step: number) => {
    void sendMessage('startGuide', { key, step }).catch(quiet);
    setOpen(false);
  };

  return (
    <section
      id={PANEL_ID}
      ref={boxRef}
      className="declic panel"
      lang={lang}
      dir="ltr"
      popover="manual"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${PANEL_ID}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <PanelHeader ui={ui} lang={lang} title={tr('coach.panel.title', { tool: tool.names[lang] })} titleRef={titleRef}>
        <button type="button" className="close" onClick={close} aria-label={tr('coach.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </PanelHeader>
      <div className="search">
        <label htmlFor="declic-search">{tr('coach.search.label')}</label>
        <input id="declic-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ExplainWords words={view.words}>
        {query.trim() ? (
          <SearchResults view={{ ...view, tips }} query={query} onStatus={mark} onStart={startGuide} />
        ) : (
          <PanelHome tips={tips} guides={view.guides} lang={lang} onStatus={mark} onStart={startGuide} />
        )}
      </ExplainWords>
      <WordsOnThisPage ui={ui} lang={lang} />
      {view.learnMore.length ? (
        <details className="learn-more">
          <summary>{tr('coach.panel.learn-more', { tool: tool.names[lang] })}</summary>
          <HelpLinks links={view.learnMore} lang={lang} />
        </details>
      ) : null}
      <PanelFooter lang={lang} shortcut={view.shortcut} hidden={hidden.length} onShowHidden={showHidden}>
        <AskForHelp help={view.help} lang={lang} tool={tool.names[lang]} />
      </PanelFooter>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}
