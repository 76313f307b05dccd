import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../../../diagnostics/association.json';
import { checkupQuestionsSchema } from '../../../utils/checkup/questions-schema';
import { hasPracticeSpace } from '../../../utils/practice/spaces';

/** Every guide of the built-in packs, by `packId/guideId`, with the tool it runs on. */
const guideTools = new Map<string, string>(
  readdirSync('packs').flatMap((pack) =>
    readdirSync(`packs/${pack}/tools`).flatMap((file) => {
      const tool = JSON.parse(readFileSync(`packs/${pack}/tools/${file}`, 'utf8')) as {
        guides?: { id: string; tool: string }[];
      };
      return (tool.guides ?? []).map((guide) => [`${pack}/${guide.id}`, guide.tool] as const);
    }),
  ),
);
const PUBLIC_HOSTS = /(^|\.)(cybermalveillance\.gouv\.fr|cnil\.fr|lesbonsclics\.fr|associations\.gouv\.fr)$/;
const questions = checkupQuestionsSchema.parse(data).questions;
const texts = (question: (typeof questions)[number]) => [
  question.text,
  question.next.text,
  ...(question.next.links ?? []).map((link) => link.label),
];

describe('the association check-up questions (diagnostics/association.json)', () => {
  it('follow the schema: unique ids, known themes, 20 to 30 questions across the 10 themes', () => {
    expect(checkupQuestionsSchema.safeParse(data).success).toBe(true);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(30);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.theme))).toEqual(new Set(data.themes.map((theme) => theme.id)));
    expect(data.themes).toHaveLength(10);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s speaks both languages, French typography', (_id, q) => {
    for (const text of texts(q)) {
      expect(text.fr.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.fr).not.toBe(text.en);
      expect(text.fr, text.fr).not.toMatch(/'| [?!:;»]|« /);
    }
    expect(q.text.fr).toMatch(/\u202f\?$/);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s says where it comes from and what to do next', (_id, q) => {
    expect(q.source.title.length).toBeGreaterThan(10);
    if (q.source.url) expect(q.source.url).toMatch(/^https:\/\//);
    const links = (q.next.guides?.length ?? 0) + (q.next.practice?.length ?? 0) + (q.next.links?.length ?? 0);
    expect(links).toBeGreaterThan(0);
  });

  it('names only guides the built-in packs have, and tools that have a practice space', () => {
    expect(guideTools.get('declic-essentials/gmail-bcc')).toBe('gmail');
    for (const q of questions) {
      for (const key of q.next.guides ?? []) expect(guideTools.has(key), `${q.id}: ${key}`).toBe(true);
      for (const tool of q.next.practice ?? []) expect(hasPracticeSpace(tool), `${q.id}: ${tool}`).toBe(true);
    }
  });

  it('links only to the public-good sites, over https', () => {
    for (const q of questions) {
      for (const { url } of q.next.links ?? []) {
        const parsed = new URL(url);
        expect(parsed.protocol, url).toBe('https:');
        expect(parsed.hostname, url).toMatch(PUBLIC_HOSTS);
      }
    }
  });

  it('eight questions or more lead to a practice space', () => {
    const practised = questions.filter(
      (q) =>
        q.next.practice?.length || (q.next.guides ?? []).some((key) => hasPracticeSpace(guideTools.get(key) ?? '')),
    );
    expect(practised.length).toBeGreaterThanOrEqual(8);
  });
});
