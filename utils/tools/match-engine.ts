import type { PageSnapshot } from './page-snapshot';
import type { ContextId, Signature, Tool } from './tool-schema';

export interface Detection {
  toolId: string;
  contextId: ContextId | null;
  /** How many conditions matched: the most specific tool wins. */
  score: number;
}

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    regexCache.set(source, re);
  }
  return re;
}

export function hostMatches(host: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern));
}

/** Returns the number of conditions that held, or -1 when the signature does not match. */
export function matchSignature(sig: Signature, page: PageSnapshot): number {
  let gates = 0;
  if (sig.hosts) {
    if (!hostMatches(page.host, sig.hosts)) return -1;
    gates++;
  }
  if (sig.path !== undefined) {
    if (!regex(sig.path).test(page.pathname)) return -1;
    gates++;
  }
  if (sig.hash !== undefined) {
    if (!regex(sig.hash).test(page.hash)) return -1;
    gates++;
  }
  let total = 0;
  let held = 0;
  const count = (ok: boolean) => {
    total++;
    if (ok) held++;
  };
  if (sig.title !== undefined) count(regex(sig.title).test(page.title()));
  if (sig.meta) {
    for (const [name, source] of Object.entries(sig.meta)) {
      const content = page.meta(name);
      count(content !== undefined && regex(source).test(content));
    }
  }
  if (sig.selectors) for (const selector of sig.selectors) count(page.has(selector));
  if (sig.scripts !== undefined) {
    const re = regex(sig.scripts);
    count(page.resourceUrls().some((url) => re.test(url)));
  }
  if (held < (sig.minMarkers ?? total)) return -1;
  return gates + held;
}

function bestScore(signatures: readonly Signature[], page: PageSnapshot): number {
  let best = -1;
  for (const sig of signatures) best = Math.max(best, matchSignature(sig, page));
  return best;
}

export function detectContext(tool: Tool, page: PageSnapshot): ContextId | null {
  for (const context of tool.contexts ?? []) {
    if (bestScore(context.when, page) >= 0) return context.id;
  }
  return null;
}

/**
 * A named SaaS host only ever runs its own apps: on mail.google.com, Déclic does not look for
 * a self-hosted WordPress. This also keeps detection cheap on huge SaaS pages.
 */
export function candidatesFor(tools: readonly Tool[], host: string): readonly Tool[] {
  const owners = tools.filter(
    (tool) => !tool.selfHosted && tool.signatures.some((sig) => sig.hosts && hostMatches(host, sig.hosts)),
  );
  return owners.length ? owners : tools;
}

/**
 * Every tool that matches the page, most specific first. Equal scores go to the higher priority,
 * then to the lower id: the result never depends on the order of `tools`.
 */
export function detectTools(tools: readonly Tool[], page: PageSnapshot): Detection[] {
  const found: (Detection & { priority: number })[] = [];
  for (const tool of candidatesFor(tools, page.host)) {
    const score = bestScore(tool.signatures, page);
    if (score < 0) continue;
    if (tool.excludes && bestScore(tool.excludes, page) >= 0) continue;
    found.push({ toolId: tool.id, contextId: detectContext(tool, page), score, priority: tool.priority ?? 0 });
  }
  return found
    .sort((a, b) => b.score - a.score || b.priority - a.priority || (a.toolId < b.toolId ? -1 : 1))
    .map(({ priority: _priority, ...detection }) => detection);
}

export function detectTool(tools: readonly Tool[], page: PageSnapshot): Detection | null {
  return detectTools(tools, page)[0] ?? null;
}
