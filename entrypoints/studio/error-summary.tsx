import { forwardRef } from 'react';
import { ProblemList } from '../../components/problem-list';
import { t, tn } from '../../utils/i18n';
import type { StudioError } from '../../utils/studio/draft-errors';
import { useStudioForm } from './studio-form';

/**
 * Every mistake at once, each a link to its field; a live region, so a screen reader hears
 * how many are left as the mentor fixes them. `refused` holds the loader's own words, if it
 * still refuses a draft the studio's rules let through.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: StudioError[]; refused: string[] }>(
  function ErrorSummary({ errors, refused }, ref) {
    const { lang } = useStudioForm();
    const focusField = (field: string) => document.getElementById(field)?.focus();
    return (
      <div ref={ref} tabIndex={-1} aria-live="polite" className={errors.length || refused.length ? 'alert' : undefined}>
        {errors.length ? (
          <>
            <p>
              <strong>{tn(lang, 'studio.errors', errors.length)}</strong>
            </p>
            <ul>
              {errors.map((error) => (
                <li key={`${error.field} ${error.message}`}>
                  <a
                    href={`#${error.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(error.field);
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {refused.length ? <ProblemList title={t(lang, 'studio.refused')} problems={refused} /> : null}
      </div>
    );
  },
);
