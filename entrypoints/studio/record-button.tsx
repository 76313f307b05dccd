import { useState } from 'react';
import { t } from '../../utils/i18n';
import type { GuideDraft } from '../../utils/studio/draft-model';
import { PointProblem } from './anchor-field';
import { useStudioForm } from './studio-form';
import { placeButtonId, usePointingContext } from './use-pointing';

/** « Enregistrer les étapes sur la page »: each click in the tool's tab becomes this guide's next step. */
export function RecordButton({ guide, n }: { guide: GuideDraft; n: number }) {
  const { lang } = useStudioForm();
  const pointing = usePointingContext();
  const [problem, setProblem] = useState('');
  const target = { kind: 'guide' as const, guideKey: guide.key };
  const id = placeButtonId(target);
  return (
    <div className="studio-field">
      <p className="muted" id={`${id}-hint`}>
        {t(lang, 'studio.record-hint')}
      </p>
      <button
        type="button"
        id={id}
        aria-label={t(lang, 'studio.record-for', { n })}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        disabled={!pointing}
        onClick={() => void pointing?.point('record', target, guide.tool).then(setProblem)}
      >
        {t(lang, 'studio.record')}
      </button>
      <PointProblem id={id} problem={problem} />
    </div>
  );
}
