import { snapshotOf } from '../../../utils/tools/page-snapshot';
import type { ToolExample } from '../../../utils/tools/tool-schema';

/** Builds a page snapshot from a tool's example: its URL, title and HTML snippet. */
export function pageFromExample(example: ToolExample) {
  const doc = new DOMParser().parseFromString(example.html ?? '<body></body>', 'text/html');
  if (example.title) doc.title = example.title;
  const url = new URL(example.url);
  return snapshotOf(doc, { host: url.host, pathname: url.pathname, hash: url.hash });
}
