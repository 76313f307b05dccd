import { useEffect, useRef, useState } from 'react';
import { sendMessage } from '../../utils/messaging/protocol';
import { studioDraftItem } from '../../utils/storage/local-items';
import { emptyDraft, type StudioDraft } from '../../utils/studio/draft-model';

/** Long enough not to send a message per key pressed, short enough that closing the page loses nothing. */
const SAVE_AFTER_MS = 300;

/**
 * The studio's draft: read once from storage, kept by the background as the mentor types (a
 * page never writes storage itself). `saved` says when what is on screen is kept.
 */
export function useStudioDraft() {
  const [draft, setDraft] = useState<StudioDraft | null>(null);
  // true: kept; false: being sent; 'refused': the background did not keep it (said on the page).
  const [saved, setSaved] = useState<boolean | 'refused'>(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<StudioDraft | null>(null);

  useEffect(() => {
    void studioDraftItem.getValue().then((stored) => {
      setDraft(stored ?? emptyDraft());
    });
    // Leaving the page with a save still waiting: send it now.
    const flush = () => {
      if (timer.current === undefined || !latest.current) return;
      clearTimeout(timer.current);
      void sendMessage('saveStudioDraft', latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const change = (next: StudioDraft) => {
    setDraft(next);
    setSaved(false);
    latest.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void sendMessage('saveStudioDraft', next).then(
        (kept) => {
          if (latest.current === next) setSaved(kept ? true : 'refused');
        },
        () => setSaved('refused'),
      );
    }, SAVE_AFTER_MS);
  };

  return { draft, saved, change };
}
