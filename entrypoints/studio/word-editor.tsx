import { t, tn } from '../../utils/i18n';
import { fieldId } from '../../utils/studio/draft-errors';
import type { WordDraft } from '../../utils/studio/draft-model';
import { limits } from '../../utils/studio/studio-limits';
import { toolChoices } from './studio-choices';
import { useStudioForm } from './studio-form';
import { LocalizedField } from './text-field';

interface Props {
  word: WordDraft;
  index: number;
  onChange(word: WordDraft): void;
  onRemove(): void;
}

/** One word of the glossary: the word, its other spellings, what it means, and where. */
export function WordEditor({ word, index, onChange, onRemove }: Props) {
  const { lang } = useStudioForm();
  const base = fieldId('word', word.key);
  const toggleTool = (tool: string, on: boolean) =>
    onChange({ ...word, tools: on ? [...word.tools, tool] : word.tools.filter((id) => id !== tool) });
  return (
    <fieldset className="studio-item">
      <legend>{t(lang, 'studio.word-n', { n: index + 1 })}</legend>
      <LocalizedField
        base={fieldId(base, 'term')}
        label={t(lang, 'studio.word')}
        value={word.term}
        max={limits.term}
        onChange={(term) => onChange({ ...word, term })}
      />
      <LocalizedField
        base={fieldId(base, 'variants')}
        label={t(lang, 'studio.variants')}
        hint={t(lang, 'studio.variants-hint')}
        value={word.variants}
        onChange={(variants) => onChange({ ...word, variants })}
      />
      <LocalizedField
        base={fieldId(base, 'definition')}
        label={t(lang, 'studio.definition')}
        value={word.definition}
        max={limits.definition}
        multiline
        markup
        onChange={(definition) => onChange({ ...word, definition })}
      />
      <LocalizedField
        base={fieldId(base, 'example')}
        label={t(lang, 'studio.example')}
        value={word.example}
        max={limits.example}
        onChange={(example) => onChange({ ...word, example })}
      />
      <details className="word-tools">
        <summary>{tn(lang, 'studio.word-tools', word.tools.length)}</summary>
        <fieldset>
          <legend>{t(lang, 'studio.word-tools-legend')}</legend>
          {toolChoices(lang).map((tool) => (
            <label key={tool.value} className="choice">
              <input
                type="checkbox"
                checked={word.tools.includes(tool.value)}
                onChange={(event) => toggleTool(tool.value, event.currentTarget.checked)}
              />
              {tool.label}
            </label>
          ))}
        </fieldset>
      </details>
      <button type="button" className="danger" onClick={onRemove}>
        {t(lang, 'studio.remove-word', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
