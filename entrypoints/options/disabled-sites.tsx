import { useSettingsEditor } from '../../hooks/use-settings';
import { type Lang, t } from '../../utils/i18n';

/** Sites where the volunteer turned Déclic off from the popup, each one click from coming back. */
export function DisabledSites({ lang }: { lang: Lang }) {
  const [settings, save] = useSettingsEditor();
  return (
    <section aria-labelledby="disabled-sites">
      <h2 id="disabled-sites">{t(lang, 'options.disabled-sites')}</h2>
      {settings.disabledSites.length ? (
        <ul className="plain-list">
          {settings.disabledSites.map((site) => (
            <li key={site} className="row card">
              <span>{site}</span>
              <button
                type="button"
                onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t(lang, 'options.disabled-sites.enable', { site })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(lang, 'options.disabled-sites.none')}</p>
      )}
    </section>
  );
}
