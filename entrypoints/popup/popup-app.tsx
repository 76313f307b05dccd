import { useEffect, useState } from 'react';
import { type Browser, browser } from 'wxt/browser';
import { Switch } from '../../components/switch';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings, useSettingsEditor } from '../../hooks/use-settings';
import { useStorageItem } from '../../hooks/use-storage-item';
import { injectDetector } from '../../utils/coach/detector-injection';
import { siteOf } from '../../utils/coach/site-of';
import { sendMessage } from '../../utils/messaging/protocol';
import { tabChecksItem, tabStatesItem } from '../../utils/storage/session-items';
import { toolById } from '../../utils/tools/registry';
import { BlockedTips } from './blocked-tips';
import { SiteAccess } from './site-access';
import { targetTab } from './target-tab';

/** The toolbar popup: what Déclic sees on this tab, and the switch for this site. */
export function PopupApp() {
  const { lang, tr } = useLang();
  const [settings, save, loaded] = useSettingsEditor();
  const { policy } = useSettings();
  const [states, statesLoaded] = useStorageItem(tabStatesItem, {});
  const [tab, setTab] = useState<Browser.tabs.Tab | null | undefined>(undefined);
  useDocumentLang(lang, tr('popup.title'));

  useEffect(() => {
    void targetTab().then(setTab);
  }, []);

  if (tab === undefined || !statesLoaded) {
    return (
      <main className="popup" aria-busy="true">
        <p>{tr('popup.loading')}</p>
      </main>
    );
  }

  const state = tab?.id === undefined ? undefined : states[tab.id];
  const tabSite = tab?.url ? siteOf(tab.url) : null;
  // A state left from a previous page of this tab on another site does not count.
  const current = state && (!tab?.url || tabSite === state.site) ? state : undefined;
  const tool = current ? toolById(current.toolId) : undefined;
  const site = current?.site ?? tabSite;
  const siteOn = site ? !settings.disabledSites.includes(site) : true;

  const toggleSite = (on: boolean) => {
    if (!site) return;
    const others = settings.disabledSites.filter((s) => s !== site);
    void save({ disabledSites: on ? others : [...others, site] });
  };

  return (
    <main className="popup" lang={lang} aria-busy={!loaded}>
      <h1>{tr('popup.title')}</h1>
      {tool && current ? (
        <section aria-live="polite">
          <p>{tr('popup.detected')}</p>
          <p className="tool-name">{tool.names[lang]}</p>
          {current.contextId ? <p>{tr(`popup.context.${current.contextId}`)}</p> : null}
          {!settings.coachEnabled ? <p>{tr('popup.coach-off')}</p> : null}
          <Switch label={tr('popup.site-switch')} checked={siteOn} onChange={toggleSite} />
          {!siteOn ? <p>{tr('popup.site-off')}</p> : null}
          {tool.selfHosted && site ? <SiteAccess site={site} lang={lang} /> : null}
          {current.blocked && tab?.id !== undefined ? <BlockedTips tabId={tab.id} /> : null}
        </section>
      ) : (
        <NothingRecognised tab={tab} />
      )}
      {policy.sharedComputer ? <NextVolunteer /> : null}
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {tr('popup.settings')}
        </button>
        {/* Where the association allows no packs but its own, making one is no use here. */}
        {policy.allowUserPacks === false ? null : (
          <button type="button" onClick={() => void openStudio()}>
            {tr('studio.title')}
          </button>
        )}
      </p>
    </main>
  );
}

/** The mentor studio opens in a tab of its own: the popup closes as soon as it loses focus. */
const openStudio = () =>
  browser.tabs.create({ url: browser.runtime.getURL('/studio.html') }).then(() => window.close());

/** Shared computers: one click forgets the last volunteer's progress; the admin's setup stays. */
function NextVolunteer() {
  const { tr } = useLang();
  const [done, setDone] = useState(false);
  return (
    <section className="next-volunteer">
      <p className="muted">{tr('popup.next-volunteer-hint')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void sendMessage('resetPersonal').then(() => setDone(true))}
      >
        {tr('popup.next-volunteer')}
      </button>
      <p role="status">{done ? tr('popup.next-volunteer-done') : ''}</p>
    </section>
  );
}

function NothingRecognised({ tab }: { tab: Browser.tabs.Tab | null }) {
  const { tr } = useLang();
  const [checks] = useStorageItem(tabChecksItem, {});
  const [asked, setAsked] = useState<{ at: number; failed: boolean } | null>(null);
  const canCheck = tab?.id !== undefined && (!tab.url || siteOf(tab.url) !== null);
  const lookedAt = tab?.id === undefined ? undefined : checks[tab.id]?.at;
  // Done when Déclic's report for this page arrives (a tool found replaces this section).
  const checking = !!asked && !asked.failed && !(lookedAt && lookedAt >= asked.at);
  const check = async () => {
    if (tab?.id === undefined) return;
    const at = Date.now();
    setAsked({ at, failed: false });
    // activeTab lets Déclic look at this one page after the volunteer's click, no prompt.
    if (!(await injectDetector(tab.id))) setAsked({ at, failed: true });
  };
  return (
    <section aria-live="polite">
      <p>{tr('popup.none')}</p>
      {canCheck ? (
        <>
          <p className="muted">{tr('popup.none-hint')}</p>
          <button type="button" onClick={() => void check()} disabled={checking}>
            {checking ? tr('popup.checking') : tr('popup.check')}
          </button>
          {asked?.failed ? <p role="alert">{tr('popup.check-failed')}</p> : null}
          {asked && !asked.failed && !checking ? <p>{tr('popup.checked-none')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
