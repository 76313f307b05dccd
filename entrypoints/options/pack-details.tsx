import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t, tn } from '../../utils/i18n';
import type { Pack } from '../../utils/packs/pack-schema';
import { summarisePack } from '../../utils/packs/pack-summary';
import { packLanguageNote } from './pack-language';

/** The facts about a pack, shown in the preview and in the installed list. */
export function PackDetails({ pack, lang }: { pack: Pack; lang: Lang }) {
  const summary = summarisePack(pack, lang);
  return (
    <dl className="pack-details">
      <dt>{t(lang, 'packs.author')}</dt>
      <dd>
        {pack.author.name} · {t(lang, 'packs.licence')} {pack.licence}
      </dd>
      <dt>{t(lang, 'packs.version')}</dt>
      <dd>
        {pack.version} · {t(lang, 'packs.updated', { date: dateInWords(lang, pack.updated) })}
      </dd>
      <dt>{t(lang, 'packs.contents')}</dt>
      <dd>
        {t(lang, 'packs.counts', {
          tips: tn(lang, 'packs.count.tips', summary.tips),
          terms: tn(lang, 'packs.count.terms', summary.terms),
          guides: tn(lang, 'packs.count.guides', summary.guides),
        })}
      </dd>
      <dt>{t(lang, 'packs.language')}</dt>
      <dd className="pack-language">{packLanguageNote(pack, lang)}</dd>
      <dt>{t(lang, 'packs.tools')}</dt>
      <dd>{summary.tools.join(', ') || '–'}</dd>
      <dt>{t(lang, 'packs.link-hosts')}</dt>
      <dd>{summary.linkHosts.join(', ') || t(lang, 'packs.no-links')}</dd>
    </dl>
  );
}
