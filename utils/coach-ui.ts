import type { CoachState, GlossaryEntry } from './messaging';
import type { Store } from './store';

/**
 * The coach's pieces shared between the always-on detector (which draws the launcher) and the
 * panel script (React, loaded on the first click). Kept on the extension's isolated world:
 * the page never sees this object, only the one `declic-coach` element.
 */
export interface CoachUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  launcher: HTMLButtonElement;
  store: Store<CoachState>;
  /** Set by the panel script once loaded. */
  panel?: { toggle(open?: boolean): void };
  /** Set by the glossary script: the words marked on this page, and their cards. */
  glossary?: {
    found(): GlossaryEntry[];
    explain(key: string, at: { x: number; y: number }): void;
  };
  /** The user clicked before the panel script arrived: open it as soon as it does. */
  openWhenLoaded: boolean;
}

const COACH_UI = Symbol.for('declic.coach-ui');
const slot = globalThis as Record<symbol, CoachUi | undefined>;

export const getCoachUi = (): CoachUi | undefined => slot[COACH_UI];
export const setCoachUi = (ui: CoachUi | undefined): void => {
  slot[COACH_UI] = ui;
};

export const PANEL_ID = 'declic-panel';

/** Set by the glossary script in this isolated world, read by the detector: load it once. */
export const GLOSSARY_LOADED = Symbol.for('declic.glossary-loaded');
