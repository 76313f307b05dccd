import { FILES_HEAD, fileRow, INBOX_HEAD, inboxRow, rows, sentence } from './pages';

/**
 * Pages shaped like a real inbox or file list: the HTML arrives nearly empty, the rows come in
 * batches after load (as an app fetches them), then small live updates every second (a few rows'
 * text changes, a new row on top). The page keeps its own clock in `window.__live`.
 */
export const LIVE = {
  rows: 3000,
  batches: 10,
  batchGapMs: 150,
  updateEveryMs: 1000,
  changedPerUpdate: 4,
};

interface LiveShape {
  row: (i: number) => string;
  /** The cell whose text the live updates change. */
  textCell: string;
  title: (count: number) => string;
}

// Kept as a string: the runner's TypeScript tooling must not rewrite code that runs in the page.
function liveScript(shape: LiveShape): string {
  const all = rows(LIVE.rows + 40, shape.row);
  const data = {
    rows: all.slice(0, LIVE.rows),
    extra: all.slice(LIVE.rows),
    alt: Array.from({ length: 24 }, (_, i) => sentence(i * 13 + 5)),
    title: [shape.title(0).split('(0)')[0], shape.title(0).split('(0)')[1]],
  };
  return `<script>
const D = ${JSON.stringify(data)};
const L = ${JSON.stringify(LIVE)};
const live = (window.__live = { batches: 0, updates: 0, batchesDoneAt: null });
addEventListener('load', () => {
  const body = document.getElementById('rows');
  const per = L.rows / L.batches;
  const update = () => {
    live.updates++;
    const t = live.updates;
    const list = body.rows;
    for (let k = 0; k < L.changedPerUpdate; k++) {
      const cell = list[(t * 37 + k * 211) % list.length].querySelector(${JSON.stringify(shape.textCell)});
      const text = D.alt[(t + k) % D.alt.length];
      // Half as a framework re-render does (new text node), half as an in-place text edit.
      if (k % 2 || !cell.firstChild) cell.textContent = text;
      else cell.firstChild.data = text;
    }
    body.insertAdjacentHTML('afterbegin', D.extra[t % D.extra.length]);
    document.title = D.title[0] + '(' + list.length + ')' + D.title[1];
  };
  const batch = () => {
    body.insertAdjacentHTML('beforeend', D.rows.slice(live.batches * per, (live.batches + 1) * per).join(''));
    live.batches++;
    document.title = D.title[0] + '(' + body.rows.length + ')' + D.title[1];
    if (live.batches < L.batches) setTimeout(batch, L.batchGapMs);
    else {
      live.batchesDoneAt = performance.now();
      setInterval(update, L.updateEveryMs);
    }
  };
  setTimeout(batch, L.batchGapMs);
});
</script>`;
}

const inboxTitle = (n: number) => `Boîte de réception (${n}) - asso@gmail.com - Gmail`;

export function liveInbox(): string {
  const shape: LiveShape = { row: inboxRow, textCell: '.y2', title: inboxTitle };
  return `${INBOX_HEAD(inboxTitle(0))}<div role="main"><table><tbody id="rows"></tbody></table></div>${liveScript(shape)}</body></html>`;
}

const filesTitle = (n: number) => `Fichiers (${n}) - Asso Bench`;

export function liveFileList(): string {
  const shape: LiveShape = { row: fileRow, textCell: '.files-list__row-desc', title: filesTitle };
  return `${FILES_HEAD(filesTitle(0))}<main id="content" class="app-files"><table><tbody id="rows"></tbody></table></main>${liveScript(shape)}</body></html>`;
}
