import { type Lang, t } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import type { Policy } from '../../utils/policy/policy-schema';
import { PackItem } from './pack-item';

/** The installed tip packs: on/off, order, export, update, remove. */
export function PackList({ packs, lang, policy }: { packs: InstalledPack[] | undefined; lang: Lang; policy: Policy }) {
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
            first={index === 0}
            last={index === packs.length - 1}
            policy={policy}
          />
        ))}
      </ol>
      {/* A mentor makes packs here too (the studio opens in this tab), unless the association allows
          no packs but its own. */}
      {policy.allowUserPacks === false ? null : (
        <p className="row">
          <a className="button-link" href="/studio.html">
            {t(lang, 'studio.title')}
          </a>
          <span className="muted">{t(lang, 'studio.link-hint')}</span>
        </p>
      )}
    </section>
  );
}
