import { describe, expect, it } from 'vitest';
import { bestSpot, coverage, launcherSpots, overlap, panelSpots } from '../../../utils/page-ui/free-space';

const view = { width: 1366, height: 820 };
// Gmail's compose window, docked bottom right, and its icon column on the right edge.
const compose = { left: 810, top: 320, width: 540, height: 500 };

describe('free space', () => {
  it('measures what two boxes share, and nothing when they only touch', () => {
    expect(overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toBe(25);
    expect(overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 })).toBe(0);
    expect(coverage({ left: 0, top: 0, width: 10, height: 10 }, [])).toBe(0);
  });

  it('puts the panel on the other side of a compose window docked on the right', () => {
    const spot = bestSpot(panelSpots(view, 'right'), [compose]);
    expect(spot.edge).toBe('left');
    expect(overlap(spot, compose)).toBe(0);
  });

  it("keeps the volunteer's side when it is free", () => {
    expect(bestSpot(panelSpots(view, 'right'), []).edge).toBe('right');
    expect(bestSpot(panelSpots(view, 'left'), []).edge).toBe('left');
  });

  it('uses a narrower or shorter panel when only a strip is free beside a centred dialog', () => {
    const share = { left: 420, top: 120, width: 512, height: 420 };
    const spot = bestSpot(panelSpots({ width: 1280, height: 720 }, 'right'), [share]);
    expect(overlap(spot, share)).toBe(0);
    expect(spot.width).toBeLessThanOrEqual(380);
  });

  it('covers as little as it can when no spot is free, and asks the page only about spots that can win', () => {
    const everything = { left: 0, top: 0, width: 683, height: 410 };
    let asked = 0;
    const spot = bestSpot(panelSpots({ width: 683, height: 410 }, 'right'), [everything], () => {
      asked++;
      return 0;
    });
    expect(spot.width * spot.height).toBeLessThan(683 * 410 * 0.4);
    expect(asked).toBeLessThan(panelSpots({ width: 683, height: 410 }, 'right').length);
  });

  it('moves the launcher off a control the page says is under it', () => {
    const spots = launcherSpots(view, { width: 120, height: 44 }, 'right');
    const first = spots[0];
    const spot = bestSpot(spots, [], (s) => (s === first ? 50_000 : 0));
    expect(spot).not.toBe(first);
    expect(spot.edge).toBe('right');
    expect(spot.left).toBe(view.width - 120);
  });

  it('keeps every launcher spot inside the window, even a very short one', () => {
    for (const spot of launcherSpots({ width: 683, height: 200 }, { width: 120, height: 44 }, 'left')) {
      expect(spot.top).toBeGreaterThanOrEqual(0);
      expect(spot.top + spot.height).toBeLessThanOrEqual(200);
    }
  });
});
