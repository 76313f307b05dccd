import { type PolicyRead, readRawPolicy } from '../../../utils/policy/managed';
import { parsePolicy } from '../../../utils/policy/policy-schema';
import { readSettings } from '../../../utils/settings/read-settings';
import { lastPolicyItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/**
 * The policy, at once. Just after the browser starts, Chromium can take seconds (3.8 s measured
 * here) to hand the managed policy over, and every answer of the coach needs it. So the
 * background keeps the last policy it read, answers from that copy while the browser's own read
 * is under way, and when that read brings something else, calls `onChanged` (open tabs follow).
 * Without any copy (the very first start), it waits a moment, then goes on with no policy.
 */
const FIRST_WAIT_MS = 50;

let fresh: Promise<Record<string, unknown>> | undefined;
let settled: Record<string, unknown> | undefined;
let onChanged: () => void = () => undefined;

export function whenPolicyCorrected(callback: () => void): void {
  onChanged = callback;
}

/** A change of policy (the browser said so): the next answer reads it again. */
export function forgetPolicy(): void {
  fresh = undefined;
  settled = undefined;
  waitedOnce = false;
}

function readFresh(): Promise<Record<string, unknown>> {
  fresh ??= readRawPolicy().then(async (raw) => {
    settled = raw;
    const copy = await lastPolicyItem.getValue();
    if (JSON.stringify(copy) !== JSON.stringify(raw)) await write(() => lastPolicyItem.setValue(raw));
    // No copy yet: the first answers went on with no policy, so only a policy is a correction.
    if (JSON.stringify(copy ?? {}) !== JSON.stringify(raw)) onChanged();
    return raw;
  });
  return fresh;
}

/** Without a copy, the first answer waits a moment for the browser; the next ones do not wait again. */
let waitedOnce = false;

export async function policyNow(): Promise<PolicyRead> {
  if (settled) return parsePolicy(settled);
  const reading = readFresh();
  const copy = await lastPolicyItem.getValue();
  if (copy) return parsePolicy(settled ?? copy);
  if (waitedOnce) return parsePolicy(settled ?? {});
  waitedOnce = true;
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_WAIT_MS));
  return parsePolicy((await Promise.race([reading, waited])) ?? {});
}

/** The settings that apply, with the policy at once (see above): what every answer of the coach uses. */
export const settingsNow = () => readSettings(policyNow);
