/**
 * Set by the coach in the extension's isolated world (never visible to the page), so the
 * detector can tell the background whether the coach is already loaded in this document.
 */
export const COACH_LOADED = Symbol.for('declic.coach-loaded');
