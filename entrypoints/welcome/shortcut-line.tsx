import { Fragment, useEffect, useState } from 'react';
import { type Lang, t } from '../../utils/i18n';
import { type BrowserKind, readCoachShortcut, SHORTCUT_HELP } from './browser-words';

const KEYS_SLOT = '\u0000';

/** "Alt+Shift+D" as three keyboard keys; a Mac's "⇧⌘D" stays one. */
const Keys = ({ shortcut }: { shortcut: string }) => (
  <>
    {shortcut.split('+').map((key, index) => (
      <Fragment key={`${index}-${key}`}>
        {index ? '+' : null}
        <kbd>{key}</kbd>
      </Fragment>
    ))}
  </>
);

/** The coach's keyboard shortcut if one is set, else where to choose one, in this browser's words. */
export function ShortcutLine({ lang, browserKind }: { lang: Lang; browserKind: BrowserKind }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const read = () => void readCoachShortcut().then((keys) => alive && setShortcut(keys));
    read();
    // Back from the browser's shortcuts page, the volunteer sees the keys just chosen.
    window.addEventListener('focus', read);
    return () => {
      alive = false;
      window.removeEventListener('focus', read);
    };
  }, []);

  if (shortcut === null) return <p className="shortcut-line" />;
  if (!shortcut) return <p className="shortcut-line">{t(lang, SHORTCUT_HELP[browserKind])}</p>;
  const [before, after] = t(lang, 'welcome.shortcut.set', { keys: KEYS_SLOT }).split(KEYS_SLOT);
  return (
    <p className="shortcut-line">
      {before}
      <Keys shortcut={shortcut} />
      {after}
    </p>
  );
}
