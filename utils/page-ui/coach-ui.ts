import type { GlossaryEntry } from '../surfaces/surface-views';
import type { DeclicHost } from './host';

/**
 * The coach's pieces shared by the surfaces of one page: the launcher (drawn by the detector),
 * the panel (React, loaded on the first click), the glossary and the guide. Kept in the
 * extension's isolated world: the page never sees this object, only the `declic-coach` element.
 */
export interface CoachUi extends DeclicHost {
  launcher: HTMLButtonElement;
  /** Set by the panel script once loaded. */
  panel?: { toggle(open?: boolean): void; announce(text: string): void };
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
