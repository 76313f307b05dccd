import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { RcVacation, type Vacation } from './rc-vacation';

type Section = 'preferences' | 'folders' | 'identities' | 'responses' | 'filters' | 'vacation';
const SECTIONS: Section[] = ['preferences', 'folders', 'identities', 'responses', 'filters', 'vacation'];

/** « Paramètres »: the sections list (#settings-menu, with the plugin's « Avis d’absence ») and the chosen one. */
export function RcSettings({ lang, onSaveVacation }: { lang: Lang; onSaveVacation(vacation: Vacation): void }) {
  const [section, setSection] = useState<Section | null>(null);
  return (
    <>
      <nav id="layout-sidebar" className="rc-sidebar" aria-labelledby="rc-settings-title">
        <div className="header">
          <h2 id="rc-settings-title" className="header-title">
            {t(lang, 'practice.roundcube.ui.settings')}
          </h2>
        </div>
        <ul id="settings-menu" className="listing iconized settings-default-icon">
          {SECTIONS.map((name) => (
            <li key={name} className={name === section ? `listitem ${name} selected` : `listitem ${name}`}>
              <a
                href={`#${name}`}
                aria-current={name === section ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setSection(name);
                }}
              >
                {t(lang, `practice.roundcube.ui.${name}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div id="layout-content" className="rc-content">
        {section === 'vacation' ? (
          <RcVacation lang={lang} onSave={onSaveVacation} />
        ) : (
          <p className="rc-empty">
            {section
              ? t(lang, `practice.roundcube.ui.${section}` as MessageKey)
              : t(lang, 'practice.roundcube.ui.settings-hint')}
          </p>
        )}
      </div>
    </>
  );
}
