import { type Lang, t } from '../../utils/i18n';
import { type BrowserKind, PIN_STEPS } from './browser-words';
import { ToolbarDrawing } from './drawings/toolbar-drawing';
import { ShortcutLine } from './shortcut-line';

/**
 * The toolbar icon: Chrome hides it in the puzzle-piece menu until it is pinned, Firefox in its
 * extensions button; then the keyboard shortcut, which opens the tips without the icon at all.
 */
export function PinIcon({ lang, browserKind }: { lang: Lang; browserKind: BrowserKind }) {
  const { title, steps } = PIN_STEPS[browserKind];
  return (
    <>
      <section className="feature">
        <h2>{t(lang, 'welcome.pin.title')}</h2>
        <p>{t(lang, 'welcome.pin.why')}</p>
        <div className="feature-body">
          <div className="feature-drawings">
            <ToolbarDrawing label={t(lang, 'welcome.pin.drawing')} name={t(lang, 'app.name')} />
          </div>
          <div>
            <h3>{t(lang, title)}</h3>
            <ol className="feature-steps">
              {steps.map((key) => (
                <li key={key}>{t(lang, key)}</li>
              ))}
            </ol>
          </div>
        </div>
      </section>
      <section className="feature">
        <h2>{t(lang, 'welcome.shortcut.title')}</h2>
        <ShortcutLine lang={lang} browserKind={browserKind} />
      </section>
    </>
  );
}
