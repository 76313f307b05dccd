import { type Lang, t, translate } from '../../utils/i18n';
import { levels } from '../../utils/settings/settings-fields';
import { competenceIds, competenceKey } from '../../utils/studio/competences';
import { LICENCES } from '../../utils/studio/draft-model';
import { toolById, tools } from '../../utils/tools/registry';
import type { ContextId } from '../../utils/tools/tool-schema';
import { useStudioForm } from './studio-form';

interface Choice {
  value: string;
  label: string;
}

/** A labelled choice list, with its mistake read with it, as TextField does. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange(value: string): void;
}) {
  const { errorOf } = useStudioForm();
  const error = errorOf(props.id);
  return (
    <div className="studio-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${props.id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Déclic's tools by their plain names, in the alphabetical order of the page's language. */
export const toolChoices = (lang: Lang): Choice[] =>
  tools
    .map((tool) => ({ value: tool.id, label: tool.names[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

export const toolChoicesOrNone = (lang: Lang): Choice[] => [
  { value: '', label: t(lang, 'studio.choose-tool') },
  ...toolChoices(lang),
];

/** The moments the chosen tool recognises, and "anywhere in the tool". */
export const momentChoices = (lang: Lang, toolId: string): Choice[] => [
  { value: '', label: t(lang, 'studio.moment.any') },
  ...(toolById(toolId)?.contexts ?? []).map((context) => ({
    value: context.id,
    label: t(lang, `glossary-browser.context.${context.id as ContextId}`),
  })),
];

export const levelChoices = (lang: Lang): Choice[] =>
  levels.map((level) => ({ value: level, label: t(lang, `studio.level.${level}`) }));

export const competenceChoices = (lang: Lang): Choice[] => [
  { value: '', label: t(lang, 'studio.no-competence') },
  ...competenceIds.map((id) => ({ value: id, label: `${id} ${translate(lang, competenceKey(id))}` })),
];

/** The usual licences by their plain names; a pack opened with another keeps its own. */
export const licenceChoices = (lang: Lang, current: string): Choice[] => [
  ...LICENCES.map((licence) => ({ value: licence, label: t(lang, `studio.licence.${licence}`) })),
  ...((LICENCES as readonly string[]).includes(current)
    ? []
    : [{ value: current, label: t(lang, 'studio.licence-other', { licence: current }) }]),
];
