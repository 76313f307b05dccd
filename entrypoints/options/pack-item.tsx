import { useState } from 'react';
import { Switch } from '../../components/switch';
import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { otherLanguage } from '../../utils/packs/pack-languages';
import { fromAssociation, mayRemove } from '../../utils/packs/pack-rules';
import type { Policy } from '../../utils/policy/policy-schema';
import { exportPack } from './export-pack';
import { PackContents } from './pack-contents';
import { PackDetails } from './pack-details';

// A subscription placed by a policy has never been fetched yet (0): no day to say.
const day = (at: number | undefined, lang: Lang) => (at ? dateInWords(lang, at) : '–');

interface ItemProps {
  entry: InstalledPack;
  lang: Lang;
  first: boolean;
  last: boolean;
  policy: Policy;
}

/** One installed pack: on/off, order, export, update, remove (as the pack rules allow). */
export function PackItem({ entry, lang, first, last, policy }: ItemProps) {
  const { pack, source, enabled, subscription } = entry;
  const [confirming, setConfirming] = useState(false);
  const [checking, setChecking] = useState(false);
  const name = pack.name[lang];
  const checkNow = async () => {
    setChecking(true);
    await sendMessage('checkPackNow', { id: pack.id }).catch(() => undefined);
    setChecking(false);
  };

  return (
    <li className="card" data-pack-id={pack.id}>
      <h3 className="row">
        <span lang={otherLanguage(pack.name, lang)}>{name}</span>
        <span className="badge">
          {fromAssociation(entry) ? t(lang, 'packs.managed') : t(lang, `packs.source.${source}`)}
        </span>
        {!enabled ? <span className="badge">{t(lang, 'packs.off')}</span> : null}
      </h3>
      <p lang={otherLanguage(pack.description, lang)}>{pack.description[lang]}</p>
      <PackDetails pack={pack} lang={lang} />
      <PackContents pack={pack} lang={lang} printable />
      {subscription ? (
        <div className="subscription">
          <p>
            {t(lang, 'packs.subscribed-from', { host: new URL(subscription.url).host })}{' '}
            {t(lang, 'packs.last-updated', { date: day(subscription.updatedAt, lang) })}
          </p>
          {subscription.error ? (
            <p className="warning">
              {t(lang, 'packs.last-check-failed', { date: day(subscription.error.at, lang) })}{' '}
              {t(lang, `packs.update-error.${subscription.error.code}`, { detail: subscription.error.detail ?? '' })}{' '}
              {t(lang, 'packs.still-works')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="row">
        <Switch
          label={t(lang, 'packs.enabled', { name })}
          checked={enabled}
          onChange={(enabled) => void sendMessage('setPackEnabled', { id: pack.id, enabled })}
        />
      </div>
      <div className="row">
        <button type="button" disabled={first} onClick={() => void sendMessage('movePack', { id: pack.id, delta: -1 })}>
          {t(lang, 'packs.move-up')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" disabled={last} onClick={() => void sendMessage('movePack', { id: pack.id, delta: 1 })}>
          {t(lang, 'packs.move-down')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" onClick={() => exportPack(pack)}>
          {t(lang, 'packs.export', { name })}
        </button>
        {subscription ? (
          <button type="button" disabled={checking} onClick={() => void checkNow()}>
            {checking ? t(lang, 'packs.checking') : t(lang, 'packs.check-now')}
          </button>
        ) : null}
        {mayRemove(entry, policy) && !confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t(lang, 'packs.remove', { name })}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <fieldset className="row confirm">
          <legend>{t(lang, 'packs.remove-confirm', { name })}</legend>
          <button type="button" className="primary" onClick={() => void sendMessage('removePack', { id: pack.id })}>
            {t(lang, 'packs.remove-yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t(lang, 'packs.remove-no')}
          </button>
        </fieldset>
      ) : null}
    </li>
  );
}
