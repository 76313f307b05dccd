import { t } from '../../utils/i18n';
import type { StudioDraft } from '../../utils/studio/draft-model';
import { useStudioForm } from './studio-form';

/**
 * How the exported file reaches the volunteers: an e-mail with the steps to install it (the mentor
 * attaches the file: a mailto link cannot), and how to put it online so that it keeps itself up to
 * date. The labels quoted are the settings page's own.
 */
export function StudioShare({ draft }: { draft: StudioDraft }) {
  const { lang } = useStudioForm();
  const name = draft.name[lang] || draft.name.fr || draft.name.en || t(lang, 'studio.share.unnamed');
  const file = draft.id ? `${draft.id}.json` : t(lang, 'studio.share.the-file');
  // The settings page's own labels, so the steps say exactly what the volunteer will see.
  const label = (key: Parameters<typeof t>[1]) => t(lang, key).split(' (')[0] ?? '';
  const steps = {
    name,
    file,
    settings: label('options.title'),
    add: label('packs.add'),
    choose: label('packs.choose-file'),
    install: label('packs.install'),
  };
  const mail = `mailto:?subject=${encodeURIComponent(t(lang, 'studio.share.subject', { name }))}&body=${encodeURIComponent(
    t(lang, 'studio.share.body', steps),
  )}`;
  return (
    <section aria-labelledby="studio-share">
      <h2 id="studio-share">{t(lang, 'studio.share')}</h2>
      <p>
        <a className="button-link" href={mail}>
          {t(lang, 'studio.share.mail')}
        </a>
      </p>
      <p className="muted">{t(lang, 'studio.share.mail-hint', { file })}</p>
      <details>
        <summary>{t(lang, 'studio.share.online')}</summary>
        <p>{t(lang, 'studio.share.online-intro')}</p>
        <ul>
          <li>{t(lang, 'studio.share.nextcloud')}</li>
          <li>{t(lang, 'studio.share.forge')}</li>
          <li>{t(lang, 'studio.share.web')}</li>
        </ul>
        <p>
          {t(lang, 'studio.share.online-then', {
            address: label('packs.url-label'),
            keep: label('packs.keep-updated'),
          })}
        </p>
      </details>
    </section>
  );
}
