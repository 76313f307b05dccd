import { ChoiceGroup } from '../../components/choice-group';
import { t } from '../../utils/i18n';
import { type StudioDraft, studioLanguages } from '../../utils/studio/draft-model';
import { limits } from '../../utils/studio/studio-limits';
import { licenceChoices, SelectField } from './studio-choices';
import { useStudioForm } from './studio-form';
import { LocalizedField, TextField } from './text-field';

/** The pack itself: what volunteers see before they install it. */
export function PackSection({ draft, onChange }: { draft: StudioDraft; onChange(draft: StudioDraft): void }) {
  const { lang } = useStudioForm();
  return (
    <section aria-labelledby="studio-pack">
      <h2 id="studio-pack">{t(lang, 'studio.pack')}</h2>
      <ChoiceGroup
        legend={t(lang, 'studio.languages')}
        name="studio-languages"
        choices={studioLanguages}
        value={draft.languages}
        labelOf={(choice) => t(lang, `studio.languages.${choice}`)}
        onChange={(languages) => onChange({ ...draft, languages })}
      />
      <p className="muted">{t(lang, 'studio.languages-fill')}</p>
      <LocalizedField
        base="pack-name"
        label={t(lang, 'studio.pack-name')}
        value={draft.name}
        max={limits.packName}
        onChange={(name) => onChange({ ...draft, name })}
      />
      <LocalizedField
        base="pack-description"
        label={t(lang, 'studio.pack-description')}
        value={draft.description}
        max={limits.packDescription}
        multiline
        onChange={(description) => onChange({ ...draft, description })}
      />
      <fieldset>
        <legend>{t(lang, 'studio.author')}</legend>
        <TextField
          id="pack-author"
          label={t(lang, 'studio.author-name')}
          value={draft.author.name}
          max={limits.authorName}
          onChange={(name) => onChange({ ...draft, author: { ...draft.author, name } })}
        />
        <TextField
          id="pack-author-url"
          label={t(lang, 'studio.author-url')}
          hint={t(lang, 'studio.optional-link')}
          type="url"
          value={draft.author.url}
          onChange={(url) => onChange({ ...draft, author: { ...draft.author, url } })}
        />
      </fieldset>
      <SelectField
        id="pack-licence"
        label={t(lang, 'studio.licence')}
        value={draft.licence}
        choices={licenceChoices(lang, draft.licence)}
        onChange={(licence) => onChange({ ...draft, licence })}
      />
      <p className="muted">{t(lang, 'studio.licence-hint')}</p>
    </section>
  );
}
