import type { PublicPath } from 'wxt/browser';
import { beaconsView } from '../../beacons.content/view';
import { launcherView } from '../../detector.content/view';
import { explainView } from '../../explain.content/view';
import { glossaryCss, glossaryEntries, glossaryView } from '../../glossary.content/view';
import { guideView, runningGuide } from '../../guide.content/view';
import { panelView } from '../../panel.content/view';
import { pickerApplies, pickerView } from '../../picker.content/view';
import type { CoachContext } from './coach-context';

/** What a surface's row is given: the tab's context, and the selection for "Explain". */
export type SurfaceInput = CoachContext & { selection?: string };

/**
 * One on-page surface: its script (a folder in entrypoints/, built to /content-scripts/<id>.js),
 * when it loads — with the page (`page`), when the volunteer opens the launcher (`open`), or on a
 * context-menu click (`menu`) — whether it applies, and the view it receives.
 */
export interface SurfaceRow<K extends string = string, V = unknown> {
  id: K;
  /** Absent: drawn by the always-on detector, which the manifest loads. */
  script?: Extract<PublicPath, `/content-scripts/${string}.js`>;
  trigger: 'page' | 'open' | 'menu';
  applies(input: SurfaceInput): boolean;
  view(input: SurfaceInput): V;
  /** A user stylesheet it needs in the page (not an element of ours). */
  css?(input: SurfaceInput): string;
}

const row = <const K extends string, V>(spec: SurfaceRow<K, V>): SurfaceRow<K, V> => spec;

/**
 * Every surface Déclic draws on pages, one row each; a surface is its folder in entrypoints/ (the
 * script, and view.ts: its view and how it is built) plus this row. A structure test keeps them in step.
 */
export const surfaceTable = [
  row({ id: 'launcher', trigger: 'page', applies: (c) => c.show, view: launcherView }),
  row({ id: 'panel', script: '/content-scripts/panel.js', trigger: 'open', applies: (c) => c.show, view: panelView }),
  row({
    id: 'glossary',
    script: '/content-scripts/glossary.js',
    trigger: 'page',
    applies: (c) => c.show && c.settings.glossary && glossaryEntries(c).length > 0,
    view: glossaryView,
    css: glossaryCss,
  }),
  row({
    id: 'beacons',
    script: '/content-scripts/beacons.js',
    trigger: 'page',
    // During a guide its ring is the one thing pointing at the page: a beacon on the step's own
    // button would take the volunteer's click. They come back when the guide ends.
    applies: (c) => c.show && runningGuide(c) === null && !c.pointing && beaconsView(c).tips.length > 0,
    view: beaconsView,
  }),
  row({
    id: 'guide',
    script: '/content-scripts/guide.js',
    trigger: 'page',
    applies: (c) => c.show && runningGuide(c) !== null,
    view: guideView,
  }),
  // The studio pointing at this page (a mentor's choice of place, or a guide being recorded).
  row({
    id: 'picker',
    script: '/content-scripts/picker.js',
    trigger: 'page',
    applies: pickerApplies,
    view: pickerView,
  }),
  row({
    id: 'explain',
    script: '/content-scripts/explain.js',
    trigger: 'menu',
    applies: (c) => c.selection !== undefined,
    view: (c) => explainView(c, c.selection ?? ''),
  }),
] as const satisfies readonly SurfaceRow[];

/** The ids of the surfaces, from their rows. */
export type SurfaceId = (typeof surfaceTable)[number]['id'];
export const surfaceIds: SurfaceId[] = surfaceTable.map((entry) => entry.id);
export const rowOf = (id: SurfaceId): SurfaceRow => surfaceTable.find((entry) => entry.id === id) as SurfaceRow;
