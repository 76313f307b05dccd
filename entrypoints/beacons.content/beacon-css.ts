/** Beacons, inside the coach's shadow root (the page's styles cannot reach); their cards are page cards. */
export const BEACON_CSS = `
.beacon { position: fixed; z-index: 2147483646; width: 26px; height: 26px; min-width: 26px; min-height: 26px;
  padding: 0; border-radius: 50%; border: 2px solid #fff; background: #1d4ed8; color: #fff; font: 700 15px/1 system-ui, sans-serif;
  box-shadow: 0 0 0 2px #1d4ed8, 0 2px 6px rgb(0 0 0 / .35); cursor: pointer; }
.beacon:hover { background: #1e3a8a; }
.beacon:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;
