import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/studio/draft-errors';
import type { LinkDraft, TipDraft } from '../../utils/studio/draft-model';
import { limits } from '../../utils/studio/studio-limits';
import type { ContextId } from '../../utils/tools/tool-schema';
import { AnchorField } from './anchor-field';
import { competenceChoices, levelChoices, momentChoices, SelectField, toolChoicesOrNone } from './studio-choices';
import { useStudioForm } from './studio-form';
import { LocalizedField, TextField } from './text-field';

interface Props {
  tip: TipDraft;
  index: number;
  onChange(tip: TipDraft): void;
  onRemove(): void;
}

const noLink: LinkDraft = { url: '', label: { fr: '', en: '' } };

/** One tip: where it shows (tool, moment, level), what it says, and where to learn more. */
export function TipEditor({ tip, index, onChange, onRemove }: Props) {
  const { lang } = useStudioForm();
  const base = fieldId('tip', tip.key);
  const [link = noLink, ...otherLinks] = tip.links;
  const setLink = (next: LinkDraft) => onChange({ ...tip, links: [next, ...otherLinks] });
  // The form edits one moment; a pack written by hand may name more, which stay until the mentor picks another.
  const [moment = '', ...otherMoments] = tip.contexts;
  return (
    <fieldset className="studio-item">
      <legend>{t(lang, 'studio.tip-n', { n: index + 1 })}</legend>
      <SelectField
        id={fieldId(base, 'tool')}
        label={t(lang, 'studio.tool')}
        value={tip.tool}
        choices={toolChoicesOrNone(lang)}
        // Another tool has other moments: the one chosen may not exist there.
        onChange={(tool) => onChange({ ...tip, tool, contexts: [] })}
      />
      <SelectField
        id={fieldId(base, 'moment')}
        label={t(lang, 'studio.moment')}
        value={moment}
        choices={momentChoices(lang, tip.tool)}
        onChange={(value) =>
          onChange({ ...tip, contexts: value ? [value as ContextId, ...otherMoments.filter((c) => c !== value)] : [] })
        }
      />
      <SelectField
        id={fieldId(base, 'level')}
        label={t(lang, 'studio.level')}
        value={tip.level}
        choices={levelChoices(lang)}
        onChange={(level) => onChange({ ...tip, level: level as TipDraft['level'] })}
      />
      <LocalizedField
        base={fieldId(base, 'title')}
        label={t(lang, 'studio.tip-title')}
        value={tip.title}
        max={limits.tipTitle}
        onChange={(title) => onChange({ ...tip, title })}
      />
      <LocalizedField
        base={fieldId(base, 'body')}
        label={t(lang, 'studio.tip-body')}
        value={tip.body}
        max={limits.tipBody}
        multiline
        markup
        onChange={(body) => onChange({ ...tip, body })}
      />
      <AnchorField
        anchor={tip.anchor}
        target={{ kind: 'tip', key: tip.key }}
        toolId={tip.tool}
        what={t(lang, 'studio.tip-n', { n: index + 1 })}
        onChange={(anchor) => onChange(withAnchor(tip, anchor))}
      />
      <fieldset>
        <legend>{t(lang, 'studio.help-link')}</legend>
        <TextField
          id={fieldId(base, 'link', 'url')}
          label={t(lang, 'studio.help-link-url')}
          hint={t(lang, 'studio.optional-link')}
          type="url"
          value={link.url}
          onChange={(url) => setLink({ ...link, url })}
        />
        <LocalizedField
          base={fieldId(base, 'link', 'label')}
          label={t(lang, 'studio.help-link-label')}
          value={link.label}
          max={limits.linkLabel}
          onChange={(label) => setLink({ ...link, label })}
        />
      </fieldset>
      <SelectField
        id={fieldId(base, 'competence')}
        label={t(lang, 'studio.competence')}
        value={tip.competence}
        choices={competenceChoices(lang)}
        onChange={(competence) => onChange({ ...tip, competence })}
      />
      <button type="button" className="danger" onClick={onRemove}>
        {t(lang, 'studio.remove-tip', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

/** An item with its anchor set, or without one (the key left out, as in a pack). */
export function withAnchor<T extends { anchor?: unknown }>(item: T, anchor: T['anchor'] | undefined): T {
  const { anchor: _old, ...rest } = item;
  return (anchor ? { ...rest, anchor } : rest) as T;
}
