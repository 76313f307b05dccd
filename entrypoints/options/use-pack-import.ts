import { useState } from 'react';
import { browser } from 'wxt/browser';
import { type Lang, t, translate } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { safeUrl } from '../../utils/packs/markup';
import { fetchPack } from '../../utils/packs/pack-fetch';
import { asWritten } from '../../utils/packs/pack-languages';
import { MAX_PACK_BYTES, type PackLoadResult, parsePackBytes } from '../../utils/packs/pack-loader';
import { installRefusal, sourceAllowed } from '../../utils/packs/pack-rules';
import type { Pack } from '../../utils/packs/pack-schema';
import type { Policy } from '../../utils/policy/policy-schema';

export interface Preview {
  pack: Pack;
  url?: string;
  etag?: string;
  lastModified?: string;
}

/**
 * Reading a pack for its preview, from a file or an https address: nothing is installed before
 * the volunteer has seen it, and a refused file changes nothing. The pack rules are asked here to
 * say "no" early; the background asks them again when installing.
 */
export function usePackImport(lang: Lang, installed: InstalledPack[], policy: Policy) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [askAccess, setAskAccess] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const refuse = (messages: string[]) => {
    setPreview(null);
    setStatus('');
    setErrors(messages);
  };
  const consider = (result: PackLoadResult, from: Omit<Preview, 'pack'> = {}) => {
    if (!result.ok) return refuse(result.errors);
    const refusal = installRefusal(result.pack.id, {}, policy, installed);
    if (refusal) return refuse([translate(lang, refusal.key, 'vars' in refusal ? refusal.vars : {})]);
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
    consider(result, { url: updateUrl && sourceAllowed(updateUrl, policy) ? updateUrl : undefined });
  };

  const readUrl = async (address: string) => {
    const safe = safeUrl(address.trim());
    if (!safe?.url.startsWith('https://')) return refuse([t(lang, 'packs.error.url')]);
    if (!sourceAllowed(safe.url, policy)) {
      return refuse([t(lang, 'packs.error.source', { list: policy.allowedPackSources?.join(', ') ?? '' })]);
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

  const allowSite = async (address: string) => {
    if (!askAccess) return;
    const granted = await browser.permissions.request({ origins: [`${askAccess}/*`] }).catch(() => false);
    if (granted) await readUrl(address);
  };

  const install = async (keepUpdated: boolean, mirrors: string) => {
    if (!preview) return false;
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
    const result = await sendMessage('installPack', { pack: asWritten(preview.pack), subscription });
    if (!result.ok) {
      refuse(result.errors);
      return false;
    }
    setStatus(t(lang, 'packs.installed', { name: preview.pack.name[lang], version: preview.pack.version }));
    setPreview(null);
    return true;
  };

  return { preview, setPreview, errors, askAccess, status, busy, readFile, readUrl, allowSite, install };
}
