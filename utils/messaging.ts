import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Tip } from './packs/pack-schema';
import type { ContextId } from './tools/tool-schema';

/**
 * Every message between the parts of Déclic. The background checks the sender and
 * validates each payload with zod (see entrypoints/background/message-guards.ts):
 * content scripts are the least trusted part and can only report what they saw.
 */
export interface DetectionReport {
  toolId: string | null;
  contextId: ContextId | null;
  /** Whether the coach UI is already loaded in this document. */
  coachLoaded: boolean;
}

export interface CoachTip {
  key: string;
  packId: string;
  tip: Tip;
}

export interface CoachState {
  show: boolean;
  toolId: string | null;
  contextId: ContextId | null;
  tips: CoachTip[];
}

interface ProtocolMap {
  /** detector → background, whenever what it sees changes. */
  reportDetection(report: DetectionReport): void;
  /** coach → background, when it starts: what should I show? */
  getCoachState(): CoachState;
  /** background → coach, whenever the answer changes. */
  pushCoachState(state: CoachState): void;
  /** coach → background: content scripts cannot open the options page themselves. */
  openOptions(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export const hiddenState: CoachState = { show: false, toolId: null, contextId: null, tips: [] };
