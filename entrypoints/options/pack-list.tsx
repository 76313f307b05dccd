import { useState } from 'react';
import { Switch } from '../../components/switch';
import { type Lang, t } from '../../utils/i18n';
import { BUILTIN_IDS } from '../../utils/packs/builtin-packs';
import {
  applySubscriptionCheck,
  type InstalledPack,
  movePack,
  removePack,
  setPackEnabled,
  storedPacksItem,
} from '../../utils/packs/pack-store';
import { checkSubscription } from '../../utils/packs/subscription-update';
import { PackDetails } from './pack-details';

const day = (at: number | undefined, lang: Lang) =>
  at ? new Date(at).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }) : '–';

/** Downloads a pack as a file: exactly what Déclic keeps (the validated data), nothing more. */
function exportPack(pack: InstalledPack['pack']) {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${pack.id}-${pack.version}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The installed tip packs: on/off, order, export, update, remove. */
export function PackList({
  packs,
  lang,
  userMayRemove = true,
}: {
  packs: InstalledPack[] | undefined;
  lang: Lang;
  /** False when the association's policy chose the packs (allowUserPacks: false). */
  userMayRemove?: boolean;
}) {
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">{t(lang, 'options.packs')}</h2>
      {packs && !packs.length ? <p>{t(lang, 'options.packs.none')}</p> : null}
      <ol className="plain-list" aria-busy={packs === undefined}>
        {packs?.map((entry, index) => (
          <PackItem
            key={entry.pack.id}
            entry={entry}
            lang={lang}
            all={packs}
            first={index === 0}
            last={index === packs.length - 1}
            userMayRemove={userMayRemove}
          />
        ))}
      </ol>
    </section>
  );
}

interface ItemProps {
  entry: InstalledPack;
  lang: Lang;
  all: InstalledPack[];
  first: boolean;
  last: boolean;
  userMayRemove: boolean;
}

function PackItem({ entry, lang, all, first, last, userMayRemove }: ItemProps) {
  const { pack, source, enabled, subscription, managed } = entry;
  const [confirming, setConfirming] = useState(false);
  const [checking, setChecking] = useState(false);
  const name = pack.name[lang];
  const checkNow = async () => {
    setChecking(true);
    const stored = (await storedPacksItem.getValue()).find((p) => p.pack.id === pack.id);
    if (stored) await applySubscriptionCheck(await checkSubscription(stored, lang));
    setChecking(false);
  };

  return (
    <li className="card" data-pack-id={pack.id}>
      <h3 className="row">
        {name}
        <span className="badge">
          {/* A built-in pack that is not Déclic's own comes from the association's build. */}
          {managed || (source === 'builtin' && !BUILTIN_IDS.includes(pack.id))
            ? t(lang, 'packs.managed')
            : t(lang, `packs.source.${source}`)}
        </span>
        {!enabled ? <span className="badge">{t(lang, 'packs.off')}</span> : null}
      </h3>
      <p>{pack.description[lang]}</p>
      <PackDetails pack={pack} lang={lang} />
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
          onChange={(next) => void setPackEnabled(pack.id, source, next)}
        />
      </div>
      <div className="row">
        <button type="button" disabled={first} onClick={() => void movePack(all, pack.id, -1)}>
          {t(lang, 'packs.move-up')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" disabled={last} onClick={() => void movePack(all, pack.id, 1)}>
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
        {source !== 'builtin' && !managed && userMayRemove && !confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t(lang, 'packs.remove', { name })}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <fieldset className="row confirm">
          <legend>{t(lang, 'packs.remove-confirm', { name })}</legend>
          <button type="button" className="primary" onClick={() => void removePack(pack.id)}>
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
