import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { TipCard } from '../../components/tip-card';
import { useLang } from '../../components/use-lang';
import { useStorageItem } from '../../components/use-storage-item';
import type { CoachState } from '../../utils/messaging';
import { setTipStatus, tipStatesItem } from '../../utils/storage-items';
import type { Store } from '../../utils/store';
import { toolById } from '../../utils/tools/registry';

interface Props {
  store: Store<CoachState>;
  onOpenSettings(): void;
}

/** The launcher at the page edge and the tips panel it opens. Never modal, never in the way. */
export function CoachApp({ store, onOpenSettings }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { lang, tr } = useLang();
  const [states] = useStorageItem(tipStatesItem, {});
  const [open, setOpen] = useState(false);
  const [announce, setAnnounce] = useState('');
  const panelId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const tool = state.toolId ? toolById(state.toolId) : undefined;

  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open]);

  if (!tool) return null;
  const toolName = tool.names[lang];
  const visible = state.tips.filter((entry) => states[entry.key] !== 'hidden');
  const hiddenCount = state.tips.length - visible.length;
  const fresh = visible.filter((entry) => states[entry.key] !== 'got-it');
  const known = visible.filter((entry) => states[entry.key] === 'got-it');

  const close = () => {
    setOpen(false);
    launcherRef.current?.focus();
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
    for (const entry of state.tips) if (states[entry.key] === 'hidden') void setTipStatus(entry.key, null);
    setAnnounce(tr('coach.announce.back'));
  };

  return (
    <div className="declic" lang={lang}>
      <button
        ref={launcherRef}
        type="button"
        className="launcher"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={tr('coach.launcher', { tool: toolName })}
        title={tr('coach.launcher', { tool: toolName })}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true" className="launcher-mark">
          ?
        </span>
        <span className="launcher-text" aria-hidden="true">
          {tr('coach.launcher-short')}
        </span>
      </button>
      {open ? (
        <section
          id={panelId}
          className="panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby={`${panelId}-title`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <header className="panel-header">
            <h2 id={`${panelId}-title`} ref={titleRef} tabIndex={-1}>
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
            <p className="empty">{tr('coach.panel.all-done')}</p>
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
      ) : null}
    </div>
  );
}
