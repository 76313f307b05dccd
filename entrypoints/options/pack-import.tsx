import { type DragEvent, useRef, useState } from 'react';
import { ProblemList } from '../../components/problem-list';
import { type Lang, t } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import type { Policy } from '../../utils/policy/policy-schema';
import { PackPreview } from './pack-preview';
import { usePackImport } from './use-pack-import';

/** Adds a pack from a file (button or drag and drop) or from an https address, after a preview. */
export function PackImport({ lang, installed, policy }: { lang: Lang; installed: InstalledPack[]; policy: Policy }) {
  const [url, setUrl] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const importer = usePackImport(lang, installed, policy);
  const { preview, errors, askAccess, status, busy } = importer;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void importer.readFile(event.dataTransfer.files[0]);
  };
  const install = async (keepUpdated: boolean, mirrors: string) => {
    if (!(await importer.install(keepUpdated, mirrors))) return;
    setUrl('');
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section
      aria-labelledby="add-pack"
      className="drop-zone"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id="add-pack">{t(lang, 'packs.add')}</h2>
      <p className="muted">{t(lang, 'packs.add-intro')}</p>
      <div className="row">
        <input
          ref={fileInput}
          id="pack-file"
          type="file"
          accept=".json,application/json"
          aria-label={t(lang, 'packs.choose-file')}
          // Reached through the button below; kept out of the tab order to avoid a double stop.
          tabIndex={-1}
          className="visually-hidden"
          onChange={(event) => void importer.readFile(event.currentTarget.files?.[0])}
        />
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t(lang, 'packs.choose-file')}
        </button>
        <span className="muted">{t(lang, 'packs.or-drop')}</span>
      </div>
      <form
        className="row url-form"
        onSubmit={(event) => {
          event.preventDefault();
          void importer.readUrl(url);
        }}
      >
        <label htmlFor="pack-url">{t(lang, 'packs.url-label')}</label>
        <input
          id="pack-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? t(lang, 'packs.downloading') : t(lang, 'packs.preview')}
        </button>
      </form>
      {errors.length ? (
        <div role="alert" className="alert">
          <ProblemList title={t(lang, 'packs.refused')} problems={errors} />
          {askAccess ? (
            <p>
              <button type="button" onClick={() => void importer.allowSite(url)}>
                {t(lang, 'packs.allow-site', { site: new URL(askAccess).host })}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {preview ? (
        <PackPreview
          preview={preview}
          lang={lang}
          installed={installed}
          onInstall={(keep, mirrors) => void install(keep, mirrors)}
          onCancel={() => importer.setPreview(null)}
        />
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
