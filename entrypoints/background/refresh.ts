import { refreshAllTabs } from './messages/detection';

/**
 * Several writes often come together (a pack saved, then its tip states cleaned): open tabs are
 * refreshed once for all of them, after the current burst of storage events.
 */
let scheduled = false;

export function refreshSoon(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    void refreshAllTabs();
  }, 0);
}
