import type { DiagnosticResult } from '../../../utils/diagnostics/diagnostic-schema';
import { diagnosticItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/** The last diagnostic replaces the one before: only where the volunteer is now matters. */
export function saveDiagnostic(result: DiagnosticResult): Promise<void> {
  return write(() => diagnosticItem.setValue({ ...result, at: Date.now() }));
}
