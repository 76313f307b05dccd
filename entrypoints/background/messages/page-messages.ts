import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { resolveLang, translate } from '../../../utils/i18n';
import type { InstallResult } from '../../../utils/messaging/protocol';
import { installedPacks } from '../../../utils/packs/builtin-packs';
import { validatePack } from '../../../utils/packs/pack-loader';
import { installRefusal, mayRemove } from '../../../utils/packs/pack-rules';
import { checkSubscription } from '../../../utils/packs/subscription-update';
import { readSettings } from '../../../utils/settings/read-settings';
import { settingsPatchSchema } from '../../../utils/settings/settings-schema';
import { storedPacksItem } from '../../../utils/storage/pack-items';
import { applySubscriptionCheck, movePack, removePack, savePack, setPackEnabled } from '../state/pack-writes';
import { resetPersonalState } from '../state/personal-reset';
import { forgetKnownTerm, resetLearned } from '../state/progress-writes';
import { updateSettings } from '../state/settings-writes';
import { keySchema, pageSender, self } from './guards';

/**
 * What Déclic's own pages (options, popup) ask the background to write. Each payload is checked
 * again here, and the pack rules are asked again: the page only shows what is possible.
 */
type Sender = Browser.runtime.MessageSender;
const fromPage = (sender: Sender) => pageSender(sender, self());

const httpsUrl = z.url({ protocol: /^https$/ }).max(2000);
const subscriptionSchema = z.strictObject({
  url: httpsUrl,
  mirrors: z.array(httpsUrl).max(5),
  etag: z.string().max(200).optional(),
  lastModified: z.string().max(100).optional(),
  updatedAt: z.number(),
});
const installSchema = z.strictObject({ pack: z.unknown(), subscription: subscriptionSchema.optional() });
const packIdSchema = z.strictObject({ id: z.string().max(60) });
const enableSchema = z.strictObject({ id: z.string().max(60), enabled: z.boolean() });
const moveSchema = z.strictObject({ id: z.string().max(60), delta: z.union([z.literal(-1), z.literal(1)]) });

export async function onUpdateSettings(data: unknown, sender: Sender): Promise<void> {
  const patch = settingsPatchSchema.safeParse(data);
  if (!fromPage(sender) || !patch.success) return;
  await updateSettings(patch.data, (await readSettings()).locked);
}

export async function onForgetKnownTerm(data: unknown, sender: Sender): Promise<void> {
  const term = keySchema.safeParse(data);
  if (fromPage(sender) && term.success) await forgetKnownTerm(term.data.key);
}

export async function onResetLearned(sender: Sender): Promise<void> {
  if (fromPage(sender)) await resetLearned();
}

export async function onResetPersonal(sender: Sender): Promise<void> {
  if (fromPage(sender)) await resetPersonalState();
}

/** Installs a pack the volunteer previewed: validated again by the same loader, and the rules asked again. */
export async function onInstallPack(data: unknown, sender: Sender): Promise<InstallResult> {
  const { settings, policy } = await readSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const input = installSchema.safeParse(data);
  if (!fromPage(sender) || !input.success) return { ok: false, errors: [translate(lang, 'pack.error.unreadable')] };
  const result = validatePack(input.data.pack, lang);
  if (!result.ok) return { ok: false, errors: result.errors };
  const { subscription } = input.data;
  const refusal = installRefusal(result.pack.id, { url: subscription?.url }, policy, await installedPacks());
  if (refusal) return { ok: false, errors: [translate(lang, refusal.key, 'vars' in refusal ? refusal.vars : {})] };
  const saved = await savePack(result.pack, subscription ? 'subscription' : 'file', subscription);
  return { ok: true, replacedVersion: saved.replacedVersion };
}

export async function onRemovePack(data: unknown, sender: Sender): Promise<void> {
  const target = packIdSchema.safeParse(data);
  if (!fromPage(sender) || !target.success) return;
  const entry = (await installedPacks()).find((p) => p.pack.id === target.data.id);
  if (entry && mayRemove(entry, (await readSettings()).policy)) await removePack(entry.pack.id);
}

export async function onSetPackEnabled(data: unknown, sender: Sender): Promise<void> {
  const target = enableSchema.safeParse(data);
  if (!fromPage(sender) || !target.success) return;
  const entry = (await installedPacks()).find((p) => p.pack.id === target.data.id);
  if (entry) await setPackEnabled(entry.pack.id, entry.source, target.data.enabled);
}

export async function onMovePack(data: unknown, sender: Sender): Promise<void> {
  const target = moveSchema.safeParse(data);
  if (fromPage(sender) && target.success) await movePack(target.data.id, target.data.delta);
}

/** "Check for an update now" on a subscribed pack. */
export async function onCheckPackNow(data: unknown, sender: Sender): Promise<void> {
  const target = packIdSchema.safeParse(data);
  if (!fromPage(sender) || !target.success) return;
  const stored = (await storedPacksItem.getValue()).find((p) => p.pack.id === target.data.id);
  const { settings } = await readSettings();
  if (stored)
    await applySubscriptionCheck(
      await checkSubscription(stored, resolveLang(settings.language, browser.i18n.getUILanguage())),
    );
}
