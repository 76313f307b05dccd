import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { installedPacks } from '../../../utils/packs/builtin-packs';
import { PRACTICE_SPACES, practicePath } from '../../../utils/practice/spaces';
import { setExerciseTry, setGuidePractised } from '../state/practice-writes';
import { setFeedback } from '../state/progress-writes';
import { itemKeySchema, pageSender, self, tabSender } from './guards';

type Sender = Browser.runtime.MessageSender;

const tools = PRACTICE_SPACES.map((space) => space.tool as string);
const toolSchema = z.enum(tools as [string, ...string[]]);
/** An exercise's id names its space (`gmail-bcc-board`): the background needs no page code to check it. */
const exerciseId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .refine((id) => tools.some((tool) => id.startsWith(`${tool}-`)));
const openSchema = z.strictObject({ tool: toolSchema, guide: itemKeySchema.optional() });
const changeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exercise'), id: exerciseId, done: z.boolean() }),
  z.strictObject({ kind: z.literal('guide'), key: itemKeySchema }),
  z.strictObject({
    kind: z.literal('feedback'),
    key: itemKeySchema,
    step: z.number().int().min(0).max(100),
    verdict: z.enum(['helped', 'unclear']).nullable(),
  }),
]);

/** A guide of an installed pack for a tool that has a practice space, with its steps. */
async function practisable(key: string) {
  for (const { pack } of await installedPacks()) {
    for (const guide of pack.guides ?? []) {
      if (`${pack.id}/${guide.id}` === key && tools.includes(guide.tool)) return guide;
    }
  }
  return null;
}

/** « S'entraîner d'abord » (the panel, on the real tool) or a space chosen on Déclic's pages. */
export async function onOpenPractice(data: unknown, sender: Sender): Promise<void> {
  const target = openSchema.safeParse(data);
  if (!target.success || !(tabSender(sender, self()) || pageSender(sender, self()))) return;
  const path = practicePath(target.data.tool as never, target.data.guide);
  await browser.tabs.create({ url: browser.runtime.getURL(path as never) });
}

/** What the volunteer did on a practice page; only Déclic's own pages may say so. */
export async function onPracticeProgress(data: unknown, sender: Sender): Promise<void> {
  const change = changeSchema.safeParse(data);
  if (!change.success || !pageSender(sender, self())) return;
  const { data: c } = change;
  if (c.kind === 'exercise') {
    await setExerciseTry(c.id, c.done);
    return;
  }
  const guide = await practisable(c.key);
  if (!guide) return;
  if (c.kind === 'guide') await setGuidePractised(c.key);
  else if (c.step < guide.steps.length) await setFeedback(`${c.key}#${c.step + 1}`, c.verdict);
}
