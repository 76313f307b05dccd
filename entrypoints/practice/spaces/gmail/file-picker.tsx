import { useEffect, useId, useRef, useState } from 'react';
import { type Lang, localeOf, t } from '../../../../utils/i18n';
import { SAMPLE_FILES } from './sample-files';

interface Props {
  lang: Lang;
  /** Class prefix of the space that opens it (gm, rc): each space styles its own. */
  prefix: string;
  onOpen(name: string): void;
  onCancel(): void;
}

/**
 * Stands for the computer's « Ouvrir » window: a real <input type=file> would reach the
 * volunteer's own files, and nothing here may. Not modal: the guide's panel stays usable.
 */
export function FilePicker({ lang, prefix, onOpen, onCancel }: Props) {
  const [chosen, setChosen] = useState('');
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const size = (kb: number) => t(lang, 'practice.gmail.picker.size', { size: kb.toLocaleString(localeOf(lang)) });
  return (
    <div
      className={`${prefix}-picker`}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 id={titleId} className={`${prefix}-picker-title`}>
        {t(lang, 'practice.gmail.picker.title')}
      </h2>
      <p className={`${prefix}-picker-note`}>{t(lang, 'practice.gmail.picker.note')}</p>
      <fieldset className={`${prefix}-picker-files`}>
        <legend>{t(lang, 'practice.gmail.picker.files')}</legend>
        {SAMPLE_FILES.map((file, index) => {
          const name = t(lang, file.key);
          return (
            <label key={file.key} className={`${prefix}-picker-file`} onDoubleClick={() => onOpen(name)}>
              <input
                ref={index === 0 ? first : undefined}
                type="radio"
                name={`${prefix}-picker-file`}
                checked={chosen === name}
                onChange={() => setChosen(name)}
              />
              <span>{name}</span>
              <span className={`${prefix}-picker-size`}>{size(file.kilobytes)}</span>
            </label>
          );
        })}
      </fieldset>
      <div className={`${prefix}-picker-buttons`}>
        <button type="button" className={`${prefix}-picker-open`} disabled={!chosen} onClick={() => onOpen(chosen)}>
          {t(lang, 'practice.gmail.picker.open')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'practice.gmail.picker.cancel')}
        </button>
      </div>
    </div>
  );
}
