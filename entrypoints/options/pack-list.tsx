import { type Lang, t } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/builtin-packs';

/** The installed tip packs, with what a mentor needs to know about each. */
export function PackList({ packs, lang }: { packs: InstalledPack[] | undefined; lang: Lang }) {
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">{t(lang, 'options.packs')}</h2>
      {packs && !packs.length ? <p>{t(lang, 'options.packs.none')}</p> : null}
      <ul className="plain-list" aria-busy={packs === undefined}>
        {packs?.map(({ pack, source }) => (
          <li key={pack.id} className="card" data-pack-id={pack.id}>
            <h3 className="row">
              {pack.name[lang]}
              {source === 'builtin' ? <span className="badge">{t(lang, 'options.packs.builtin')}</span> : null}
            </h3>
            <p>{pack.description[lang]}</p>
            <p className="muted">
              {t(lang, 'options.packs.version', { version: pack.version })} ·{' '}
              {t(lang, 'options.packs.by', { author: pack.author.name, licence: pack.licence })} ·{' '}
              {t(lang, 'options.packs.counts', { tips: pack.tips.length })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
