import type { Browser } from 'wxt/browser';
import { diagnosticResultSchema } from '../../../utils/diagnostics/diagnostic-schema';
import { saveDiagnostic } from '../state/diagnostic-writes';
import { pageSender, self } from './guards';

/** Only Déclic's own diagnostic page keeps a result, and only one of the result's shape. */
export async function onSaveDiagnostic(data: unknown, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const result = diagnosticResultSchema.safeParse(data);
  if (!pageSender(sender, self()) || !result.success) return false;
  await saveDiagnostic(result.data);
  return true;
}
