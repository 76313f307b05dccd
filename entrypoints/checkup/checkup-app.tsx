import { useEffect, useRef, useState } from 'react';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { useStorageItem } from '../../hooks/use-storage-item';
import { associationConfig } from '../../utils/association/association-config';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { sendMessage } from '../../utils/messaging/protocol';
import { checkupsItem } from '../../utils/storage/local-items';
import { CheckupHome } from './checkup-home';
import { CheckupQuestionsForm } from './checkup-questions';
import { CheckupReportView } from './checkup-report';
import { useGuides } from './use-guides';
import './checkup.css';

type View = { name: 'home' } | { name: 'questions' } | { name: 'report'; startedAt: number };

/**
 * « Diagnostic numérique de l’association »: the board answers questions about its digital
 * practices, then reads (and prints) a report. Everything stays on this computer: the
 * background keeps the check-ups, a file carries them to the référent if the board wishes.
 */
export function CheckupApp() {
  const { lang, tr } = useLang();
  const { loaded } = useSettings();
  const [checkups, checkupsLoaded] = useStorageItem(checkupsItem, []);
  const guides = useGuides(lang);
  const [view, setView] = useState<View>({ name: 'home' });
  // The check-up being answered, kept here as typed: each change sends the whole of it.
  const [draft, setDraft] = useState<Checkup | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentLang(lang, tr('checkup.title'));

  // A new view starts at its title: the keyboard and screen readers start there too (not on arrival).
  const arrived = useRef(false);
  useEffect(() => {
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [view]);

  const unfinished = checkups.find((checkup) => checkup.finishedAt === undefined);
  const save = (next: Checkup) => {
    setDraft(next);
    void sendMessage('saveCheckups', { checkups: [next], from: 'page' })
      .then((changed) => setSaved(changed >= 0))
      .catch(() => setSaved(false));
  };
  const start = async () => {
    const name = (await associationConfig())?.name;
    save({ startedAt: Date.now(), answers: {}, ...(name ? { association: name } : {}) });
    setView({ name: 'questions' });
  };
  const resume = (checkup: Checkup) => {
    setDraft(checkup);
    setView({ name: 'questions' });
  };
  const finish = (checkup: Checkup) => {
    save({ ...checkup, finishedAt: Date.now() });
    setView({ name: 'report', startedAt: checkup.startedAt });
  };

  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {tr('checkup.title')}
    </h1>
  );
  const busy = !loaded || !checkupsLoaded || guides === undefined;
  let body: React.ReactNode;
  if (view.name === 'questions' && draft) {
    body = (
      <CheckupQuestionsForm
        lang={lang}
        checkup={draft}
        saved={saved}
        onChange={save}
        onFinish={finish}
        onLater={() => setView({ name: 'home' })}
      />
    );
  } else if (view.name === 'report') {
    const finished = checkups.filter((checkup) => checkup.finishedAt !== undefined);
    const index = finished.findIndex((checkup) => checkup.startedAt === view.startedAt);
    // Just after « Voir le rapport » the stored list may not have the finished check-up yet.
    const shown = finished[index] ?? (draft?.startedAt === view.startedAt ? draft : undefined);
    const earlier = index >= 0 ? finished[index + 1] : finished[0];
    body = shown ? (
      <CheckupReportView
        lang={lang}
        checkup={shown}
        earlier={earlier?.startedAt === shown.startedAt ? undefined : earlier}
        guides={guides ?? new Map()}
        onBack={() => setView({ name: 'home' })}
      />
    ) : null;
  } else {
    body = (
      <CheckupHome
        lang={lang}
        checkups={checkups}
        unfinished={unfinished}
        onStart={() => void start()}
        onResume={resume}
        onReport={(startedAt) => setView({ name: 'report', startedAt })}
      />
    );
  }
  return (
    <main lang={lang} aria-busy={busy} className={`checkup checkup-${view.name}`}>
      {title}
      {body}
    </main>
  );
}
