import { useState } from 'react';
import { t, tn } from '../../utils/i18n';
import type { Anchor } from '../../utils/packs/pack-schema';
import { describeLocator } from '../../utils/studio/describe-anchor';
import type { PointTarget } from '../../utils/studio/pointing';
import { useStudioForm } from './studio-form';
import { placeButtonId, usePointingContext } from './use-pointing';

interface Props {
  anchor: Anchor | undefined;
  target: PointTarget;
  toolId: string;
  /** Which item, for the buttons' names (« Astuce 2 », « Étape 3 »). */
  what: string;
  step?: boolean;
  onChange(anchor: Anchor | undefined): void;
}

/**
 * Where a tip or a step points, in words (« Déclic montrera le bouton « Nouveau message » »),
 * with « Montrer l’endroit » to choose it on the tool's page and « Retirer l’endroit ».
 */
export function AnchorField({ anchor, target, toolId, what, step, onChange }: Props) {
  const { lang } = useStudioForm();
  const pointing = usePointingContext();
  const [first, ...others] = anchor ?? [];
  const [problem, setProblem] = useState('');
  const id = placeButtonId(target);
  return (
    <div className="studio-field studio-place">
      <p className="studio-place-label">{t(lang, 'studio.place')}</p>
      <p>
        {first
          ? `${t(lang, 'studio.place.is', { what: describeLocator(first, lang) })}${
              others.length ? ` ${tn(lang, 'studio.place.more', others.length)}` : ''
            }`
          : t(lang, step ? 'studio.place.step-none' : 'studio.place.none')}
      </p>
      <div className="row">
        <button
          type="button"
          id={id}
          aria-label={t(lang, 'studio.place.point-for', { what })}
          aria-describedby={problem ? `${id}-problem` : undefined}
          disabled={!pointing}
          onClick={() => void pointing?.point('point', target, toolId).then(setProblem)}
        >
          {t(lang, 'studio.place.point')}
        </button>
        {anchor ? (
          <button
            type="button"
            aria-label={t(lang, 'studio.place.remove-for', { what })}
            onClick={() => onChange(undefined)}
          >
            {t(lang, 'studio.place.remove')}
          </button>
        ) : null}
      </div>
      <PointProblem id={id} problem={problem} />
    </div>
  );
}

/** Why pointing could not start (no page of the tool open), said under the button that asked. */
export function PointProblem({ id, problem }: { id: string; problem: string }) {
  return problem ? (
    <p id={`${id}-problem`} className="field-error" role="alert">
      {problem}
    </p>
  ) : null;
}
