import { toolById } from '../tools/registry';
import { parseMarkup } from './markup';
import type { Pack } from './pack-schema';

/** What a user sees before installing a pack: counts, tools covered, where its links go. */
export interface PackSummary {
  tips: number;
  terms: number;
  guides: number;
  tools: string[];
  linkHosts: string[];
}

export function summarisePack(pack: Pack, lang: 'fr' | 'en'): PackSummary {
  const toolIds = new Set([
    ...pack.tips.map((tip) => tip.tool),
    ...(pack.guides ?? []).map((guide) => guide.tool),
    ...(pack.resources ?? []).map((resource) => resource.tool),
    ...(pack.glossary ?? []).flatMap((term) => term.tools ?? []),
  ]);
  const hosts = new Set<string>();
  const addUrl = (url: string | undefined) => {
    if (!url) return;
    hosts.add(url.startsWith('mailto:') ? url.slice(url.indexOf('@') + 1) : new URL(url).host);
  };
  const addBody = (body: { fr: string; en: string }) => {
    for (const text of [body.fr, body.en]) {
      for (const block of parseMarkup(text).blocks) {
        const lines = block.type === 'list' ? block.items : block.lines;
        for (const line of lines) for (const node of line) if (node.type === 'link') hosts.add(node.host);
      }
    }
  };
  addUrl(pack.homepage);
  addUrl(pack.author.url);
  for (const tip of pack.tips) {
    addBody(tip.body);
    for (const link of tip.links ?? []) addUrl(link.url);
  }
  for (const term of pack.glossary ?? []) {
    addBody(term.definition);
    for (const link of term.links ?? []) addUrl(link.url);
  }
  for (const guide of pack.guides ?? []) {
    for (const step of guide.steps) addBody(step.text);
    for (const link of guide.links ?? []) addUrl(link.url);
  }
  for (const resource of pack.resources ?? []) for (const link of resource.links) addUrl(link.url);
  return {
    tips: pack.tips.length,
    terms: pack.glossary?.length ?? 0,
    guides: pack.guides?.length ?? 0,
    tools: [...toolIds].map((id) => toolById(id)?.names[lang] ?? id).sort(),
    linkHosts: [...hosts].sort(),
  };
}
