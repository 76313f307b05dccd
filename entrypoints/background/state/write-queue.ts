import { serial } from '../../../utils/serial';

/**
 * The one queue every write of shared state goes through. Only the background writes packs,
 * tip states, known words, guide progress, settings and per-tab state (pages and content
 * scripts send it messages), so this single queue orders every read-modify-write: two tabs, or
 * the options page and a subscription check, can no longer lose each other's changes.
 * A queued step must never call another queued function (it would wait for itself).
 */
export const write = serial();
