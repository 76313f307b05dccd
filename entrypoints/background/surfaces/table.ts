import type { PublicPath } from 'wxt/browser';
import type { SurfaceId, SurfaceViews } from '../../../utils/surfaces/surface-views';
import { beaconsView } from './beacons-view';
import type { CoachContext } from './coach-context';
import { explainView } from './explain-view';
import { glossaryCss, glossaryEntries, glossaryView } from './glossary-view';
import { guideView, runningGuide } from './guide-view';
import { launcherView } from './launcher-view';
import { panelView } from './panel-view';

/** What a surface's row is given: the tab's context, and the selection for "Explain". */
export type SurfaceInput = CoachContext & { selection?: string };

/**
 * One on-page surface: its script (a folder in entrypoints/, built to /content-scripts/<id>.js),
 * when it loads — with the page (`page`), when the volunteer opens the launcher (`open`), or on a
 * context-menu click (`menu`) — whether it applies, and the view it receives.
 */
export interface SurfaceRow<K extends SurfaceId = SurfaceId> {
  id: K;
  /** Absent: drawn by the always-on detector, which the manifest loads. */
  script?: Extract<PublicPath, `/content-scripts/${string}.js`>;
  trigger: 'page' | 'open' | 'menu';
  applies(input: SurfaceInput): boolean;
  view(input: SurfaceInput): SurfaceViews[K];
  /** A user stylesheet it needs in the page (not an element of ours). */
  css?(input: SurfaceInput): string;
}

const row = <K extends SurfaceId>(spec: SurfaceRow<K>): SurfaceRow<K> => spec;

/** Every surface Déclic draws on pages, one row each. A structure test keeps it in step with entrypoints/. */
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
    applies: (c) => c.show && beaconsView(c).tips.length > 0,
    view: beaconsView,
  }),
  row({
    id: 'guide',
    script: '/content-scripts/guide.js',
    trigger: 'page',
    applies: (c) => c.show && runningGuide(c) !== null,
    view: guideView,
  }),
  row({
    id: 'explain',
    script: '/content-scripts/explain.js',
    trigger: 'menu',
    applies: (c) => c.selection !== undefined,
    view: (c) => explainView(c, c.selection ?? ''),
  }),
] as const satisfies readonly SurfaceRow[];

export const rowOf = (id: SurfaceId): SurfaceRow => surfaceTable.find((entry) => entry.id === id) as SurfaceRow;
