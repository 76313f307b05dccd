import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/studio/draft-errors';
import { emptyStep, type GuideDraft } from '../../utils/studio/draft-model';
import { limits } from '../../utils/studio/studio-limits';
import { AnchorField } from './anchor-field';
import { RecordButton } from './record-button';
import { SelectField, toolChoicesOrNone } from './studio-choices';
import { moveAt, removeAt, replaceAt, useStudioForm } from './studio-form';
import { LocalizedField } from './text-field';
import { withAnchor } from './tip-editor';

interface Props {
  guide: GuideDraft;
  index: number;
  onChange(guide: GuideDraft): void;
  onRemove(): void;
}

/** One guide: its title, its tool, and its steps in order (added, removed, moved one place at a time). */
export function GuideEditor({ guide, index, onChange, onRemove }: Props) {
  const { lang, errorOf } = useStudioForm();
  const base = fieldId('guide', guide.key);
  const addId = fieldId(base, 'add-step');
  const stepsError = errorOf(addId);
  const setSteps = (steps: GuideDraft['steps']) => onChange({ ...guide, steps });
  // After a move, the focus follows the step's button, so a keyboard user can move it again.
  const move = (stepIndex: number, delta: -1 | 1, key: string) => {
    setSteps(moveAt(guide.steps, stepIndex, delta));
    requestAnimationFrame(() => {
      const same = document.getElementById(fieldId(base, 'step', key, delta < 0 ? 'up' : 'down'));
      const other = document.getElementById(fieldId(base, 'step', key, delta < 0 ? 'down' : 'up'));
      ((same as HTMLButtonElement | null)?.disabled ? other : same)?.focus();
    });
  };
  const last = guide.steps.length - 1;
  return (
    <fieldset className="studio-item">
      <legend>{t(lang, 'studio.guide-n', { n: index + 1 })}</legend>
      <LocalizedField
        base={fieldId(base, 'title')}
        label={t(lang, 'studio.guide-title')}
        value={guide.title}
        max={limits.guideTitle}
        onChange={(title) => onChange({ ...guide, title })}
      />
      <SelectField
        id={fieldId(base, 'tool')}
        label={t(lang, 'studio.tool')}
        value={guide.tool}
        choices={toolChoicesOrNone(lang)}
        onChange={(tool) => onChange({ ...guide, tool })}
      />
      <RecordButton guide={guide} n={index + 1} />
      <ol className="studio-steps">
        {guide.steps.map((step, stepIndex) => {
          const n = stepIndex + 1;
          return (
            <li key={step.key}>
              <fieldset>
                <legend>{t(lang, 'studio.step-n', { n })}</legend>
                <LocalizedField
                  base={fieldId(base, 'step', step.key)}
                  label={t(lang, 'studio.step-text', { n })}
                  value={step.text}
                  max={limits.stepText}
                  multiline
                  onChange={(text) => setSteps(replaceAt(guide.steps, stepIndex, { ...step, text }))}
                />
                <AnchorField
                  anchor={step.anchor}
                  target={{ kind: 'step', guideKey: guide.key, stepKey: step.key }}
                  toolId={guide.tool}
                  what={t(lang, 'studio.step-n', { n })}
                  step
                  onChange={(anchor) => setSteps(replaceAt(guide.steps, stepIndex, withAnchor(step, anchor)))}
                />
                <div className="row">
                  <button
                    type="button"
                    id={fieldId(base, 'step', step.key, 'up')}
                    disabled={stepIndex === 0}
                    onClick={() => move(stepIndex, -1, step.key)}
                  >
                    {t(lang, 'studio.step-up', { n })}
                  </button>
                  <button
                    type="button"
                    id={fieldId(base, 'step', step.key, 'down')}
                    disabled={stepIndex === last}
                    onClick={() => move(stepIndex, 1, step.key)}
                  >
                    {t(lang, 'studio.step-down', { n })}
                  </button>
                  <button type="button" className="danger" onClick={() => setSteps(removeAt(guide.steps, stepIndex))}>
                    {t(lang, 'studio.step-remove', { n })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={addId}
        disabled={guide.steps.length >= limits.maxSteps}
        aria-describedby={stepsError ? `${addId}-error` : undefined}
        onClick={() => setSteps([...guide.steps, emptyStep()])}
      >
        {t(lang, 'studio.step-add')}
      </button>
      {stepsError ? (
        <p id={`${addId}-error`} className="field-error">
          {stepsError}
        </p>
      ) : null}
      <button type="button" className="danger" onClick={onRemove}>
        {t(lang, 'studio.remove-guide', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
