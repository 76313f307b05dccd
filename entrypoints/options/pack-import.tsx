import { type DragEvent, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../../utils/i18n';
import { BUILTIN_IDS } from '../../utils/packs/builtin-packs';
import { safeUrl } from '../../utils/packs/markup';
import { fetchPack } from '../../utils/packs/pack-fetch';
import { MAX_PACK_BYTES, type PackLoadResult, parsePackBytes } from '../../utils/packs/pack-loader';
import type { Pack } from '../../utils/packs/pack-schema';
import { type InstalledPack, savePack } from '../../utils/packs/pack-store';
import { PackDetails } from './pack-details';

interface Preview {
  pack: Pack;
  url?: string;
  etag?: string;
  lastModified?: string;
}

/**
 * Adds a pack from a file (button or drag and drop) or from an https address. Nothing is
 * installed before the user has seen the preview; a refused file changes nothing.
 */
export function PackImport({
  lang,
  installed,
  allowedSources,
}: {
  lang: Lang;
  installed: InstalledPack[];
  /** The association's allowed pack addresses (beginnings of URLs); absent: any https address. */
  allowedSources?: string[];
}) {
  const sourceAllowed = (address: string) => !allowedSources || allowedSources.some((p) => address.startsWith(p));
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [askAccess, setAskAccess] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [url, setUrl] = useState('');
  const [mirrors, setMirrors] = useState('');
  const [keepUpdated, setKeepUpdated] = useState(true);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refuse = (messages: string[]) => {
    setPreview(null);
    setStatus('');
    setErrors(messages);
  };
  const consider = (result: PackLoadResult, from: Omit<Preview, 'pack'> = {}) => {
    if (!result.ok) return refuse(result.errors);
    // Déclic's own packs and the association build's: never replaced by an import.
    if (
      BUILTIN_IDS.includes(result.pack.id) ||
      installed.some((p) => p.source === 'builtin' && p.pack.id === result.pack.id)
    )
      return refuse([t(lang, 'packs.error.builtin-id', { id: result.pack.id })]);
    setErrors([]);
    setStatus('');
    setPreview({ pack: result.pack, ...from });
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) return refuse([t(lang, 'pack.error.too-big', { max: '1 MiB' })]);
    const result = parsePackBytes(new Uint8Array(await file.arrayBuffer()), lang);
    // A pack that says where it is published can be kept up to date from there.
    const updateUrl = result.ok ? result.pack.updateUrl : undefined;
    consider(result, { url: updateUrl && sourceAllowed(updateUrl) ? updateUrl : undefined });
  };

  const readUrl = async () => {
    const safe = safeUrl(url.trim());
    if (!safe?.url.startsWith('https://')) return refuse([t(lang, 'packs.error.url')]);
    if (!sourceAllowed(safe.url)) {
      return refuse([t(lang, 'packs.error.source', { list: allowedSources?.join(', ') ?? '' })]);
    }
    setBusy(true);
    setAskAccess(null);
    const result = await fetchPack(safe.url, { maxBytes: MAX_PACK_BYTES });
    setBusy(false);
    if (result.status === 'ok') {
      consider(parsePackBytes(result.bytes, lang), {
        url: safe.url,
        etag: result.etag,
        lastModified: result.lastModified,
      });
    } else if (result.status === 'error') {
      refuse([t(lang, `packs.update-error.${result.code}`, { detail: result.detail ?? '' })]);
      // The site may refuse cross-site downloads: the browser can let Déclic in for this site only.
      if (result.code === 'offline') setAskAccess(new URL(safe.url).origin);
    }
  };

  const allowSite = async () => {
    if (!askAccess) return;
    const granted = await browser.permissions.request({ origins: [`${askAccess}/*`] }).catch(() => false);
    if (granted) await readUrl();
  };

  const install = async () => {
    if (!preview) return;
    const mirrorList = mirrors
      .split(/\s+/)
      .map((line) => safeUrl(line)?.url)
      .filter((line): line is string => !!line && line.startsWith('https://'));
    const subscription =
      preview.url && keepUpdated
        ? {
            url: preview.url,
            mirrors: mirrorList,
            etag: preview.etag,
            lastModified: preview.lastModified,
            updatedAt: Date.now(),
          }
        : undefined;
    await savePack(preview.pack, subscription ? 'subscription' : 'file', subscription);
    setStatus(t(lang, 'packs.installed', { name: preview.pack.name[lang], version: preview.pack.version }));
    setPreview(null);
    setUrl('');
    if (fileInput.current) fileInput.current.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  };
  const existing = preview && installed.find((p) => p.pack.id === preview.pack.id);

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
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
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
          void readUrl();
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
          <p>
            <strong>{t(lang, 'packs.refused')}</strong>
          </p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          {askAccess ? (
            <p>
              <button type="button" onClick={() => void allowSite()}>
                {t(lang, 'packs.allow-site', { site: new URL(askAccess).host })}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}

      {preview ? (
        <section className="card preview" aria-labelledby="preview-title">
          <h3 id="preview-title">{t(lang, 'packs.preview-title', { name: preview.pack.name[lang] })}</h3>
          <p>{preview.pack.description[lang]}</p>
          <PackDetails pack={preview.pack} lang={lang} />
          {existing ? <p>{t(lang, 'packs.replaces', { version: existing.pack.version })}</p> : null}
          {preview.url ? (
            <>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={keepUpdated}
                  onChange={(e) => setKeepUpdated(e.currentTarget.checked)}
                />
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
            <button type="button" className="primary" onClick={() => void install()}>
              {t(lang, 'packs.install')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t(lang, 'packs.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
