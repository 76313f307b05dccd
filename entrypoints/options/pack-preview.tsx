import { useState } from 'react';
import { type Lang, t } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { otherLanguage } from '../../utils/packs/pack-languages';
import { PackContents } from './pack-contents';
import { PackDetails } from './pack-details';
import type { Preview } from './use-pack-import';

interface Props {
  preview: Preview;
  lang: Lang;
  installed: InstalledPack[];
  onInstall(keepUpdated: boolean, mirrors: string): void;
  onCancel(): void;
}

/** What a pack holds, before anything is installed; from an address, it can be kept up to date. */
export function PackPreview({ preview, lang, installed, onInstall, onCancel }: Props) {
  const [keepUpdated, setKeepUpdated] = useState(true);
  const [mirrors, setMirrors] = useState('');
  const existing = installed.find((p) => p.pack.id === preview.pack.id);
  return (
    <section className="card preview" aria-labelledby="preview-title">
      <h3 id="preview-title">{t(lang, 'packs.preview-title', { name: preview.pack.name[lang] })}</h3>
      <p lang={otherLanguage(preview.pack.description, lang)}>{preview.pack.description[lang]}</p>
      <PackDetails pack={preview.pack} lang={lang} />
      <PackContents pack={preview.pack} lang={lang} />
      {existing ? <p>{t(lang, 'packs.replaces', { version: existing.pack.version })}</p> : null}
      {preview.url ? (
        <>
          <label className="choice">
            <input type="checkbox" checked={keepUpdated} onChange={(e) => setKeepUpdated(e.currentTarget.checked)} />
            {t(lang, 'packs.keep-updated')}
          </label>
          {keepUpdated ? (
            <details>
              <summary>{t(lang, 'packs.mirrors')}</summary>
              <label htmlFor="pack-mirrors">{t(lang, 'packs.mirrors-label')}</label>
              <textarea
                id="pack-mirrors"
                rows={2}
                value={mirrors}
                onChange={(e) => setMirrors(e.currentTarget.value)}
              />
            </details>
          ) : null}
        </>
      ) : null}
      <div className="row">
        <button type="button" className="primary" onClick={() => onInstall(keepUpdated, mirrors)}>
          {t(lang, 'packs.install')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'packs.cancel')}
        </button>
      </div>
    </section>
  );
}
