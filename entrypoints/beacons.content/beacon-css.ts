/** Beacons and their cards, inside the coach's shadow root (the page's styles cannot reach). */
export const BEACON_CSS = `
.beacon { position: fixed; z-index: 2147483646; width: 26px; height: 26px; min-width: 26px; min-height: 26px;
  padding: 0; border-radius: 50%; border: 2px solid #fff; background: #1d4ed8; color: #fff; font: 700 15px/1 system-ui, sans-serif;
  box-shadow: 0 0 0 2px #1d4ed8, 0 2px 6px rgb(0 0 0 / .35); cursor: pointer; }
.beacon:hover { background: #1e3a8a; }
.beacon:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.beacon-card { position: fixed; z-index: 2147483647; width: min(340px, calc(100vw - 16px)); box-sizing: border-box;
  background: #fff; color: #1f2937; border: 2px solid #1d4ed8; border-radius: 10px; padding: 10px 14px;
  box-shadow: 0 6px 20px rgb(0 0 0 / .28); font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.beacon-card h2 { font-size: 17px; margin: 0 0 4px; }
.beacon-card h2:focus { outline: none; }
.beacon-card p { margin: 0 0 6px; }
.beacon-card .link-host { color: #4b5563; }
.beacon-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.beacon-actions button { font: inherit; min-height: 44px; border-radius: 8px; border: 2px solid #1d4ed8; background: #fff;
  color: #1e3a8a; padding: 4px 12px; cursor: pointer; }
.beacon-actions button.primary { background: #1d4ed8; color: #fff; }
.beacon-actions button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;
