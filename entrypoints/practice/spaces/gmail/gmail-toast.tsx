import type { Lang } from '../../../../utils/i18n';
import { t } from '../../../../utils/i18n';

export type Toast = { kind: 'sent'; id: string } | { kind: 'reported' } | { kind: 'removed' };

/** Gmail's black note at the bottom left (« Message envoyé »), read out by a live region. */
export function GmailToast({ lang, toast, onView }: { lang: Lang; toast: Toast | null; onView(id: string): void }) {
  return (
    <div className="gm-toast-zone" role="status">
      {toast && toast.kind !== 'removed' && (
        <div className="gm-toast">
          <span>
            {t(lang, toast.kind === 'sent' ? 'practice.gmail.ui.sent-toast' : 'practice.gmail.ui.reported-toast')}
          </span>
          {toast.kind === 'sent' && (
            <button type="button" className="gm-toast-button" onClick={() => onView(toast.id)}>
              {t(lang, 'practice.gmail.ui.view-message')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
