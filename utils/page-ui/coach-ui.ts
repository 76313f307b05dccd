import type { AnchorRoot } from '../anchors/locate';
import type { GlossaryEntry } from '../surfaces/surface-views';
import type { Rect } from './free-space';
import type { DeclicHost } from './host';

/**
 * The coach's pieces shared by the surfaces of one page: the launcher (drawn by the detector),
 * the panel (React, loaded on the first click), the glossary and the guide. Kept in the
 * extension's isolated world: the page never sees this object, only the `declic-coach` element.
 */
export interface CoachUi extends DeclicHost {
  launcher: HTMLButtonElement;
  /** Set by the panel script once loaded; `place` puts the open panel in free space (null when closed). */
  panel?: { toggle(open?: boolean): void; announce(text: string): void; focus(): void; place(): Rect | null };
  /** Set by the guide script while a step is shown. */
  guide?: { focus(): void };
  /** Where a guide's steps are looked for: the whole page, or a practice page's imitation only. */
  anchorRoot?: AnchorRoot;
  /** The side the coach keeps to (the volunteer's choice for this tool, else the page's start side). */
  side: 'left' | 'right';
  /** The volunteer chose that side ("Move to the other side"): the panel keeps to it unless the work is there. */
  chosen?: boolean;
  /** Places the launcher and the open panel again, soon (the page changed) or now (the panel opened). */
  layout(now?: boolean): void;
  /** Puts the coach back if the page removed or claimed its element (see detector.content/keep-coach.ts). */
  keep?: { check(): void };
  /** Where the keyboard shortcut came from: the shortcut or Escape goes back there. */
  returnTo?: HTMLElement;
  /** Set by the glossary script: the words marked on this page, and their cards. */
  glossary?: {
    found(): GlossaryEntry[];
    explain(key: string, at: { x: number; y: number }): void;
  };
  /** The volunteer clicked before the panel script arrived: open it as soon as it does. */
  openWhenLoaded: boolean;
}

const COACH_UI = Symbol.for('declic.coach-ui');
const slot = globalThis as Record<symbol, CoachUi | undefined>;

export const getCoachUi = (): CoachUi | undefined => slot[COACH_UI];
export const setCoachUi = (ui: CoachUi | undefined): void => {
  slot[COACH_UI] = ui;
};

export const PANEL_ID = 'declic-panel';
