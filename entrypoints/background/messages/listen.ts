import { onMessage } from '../../../utils/messaging/protocol';
import { onBlockedTips, onCoachBlocked } from './blocked-coach';
import { onSetCoachSide } from './coach-messages';
import {
  onGiveFeedback,
  onGuide,
  onKnowTerm,
  onOpenOptions,
  onOpenPanel,
  onPanelView,
  onSetTipStatus,
  onShowHiddenTips,
} from './content-messages';
import { onReportDetection } from './detection';
import {
  onCheckPackNow,
  onForgetKnownTerm,
  onInstallPack,
  onMovePack,
  onRemovePack,
  onResetLearned,
  onResetPersonal,
  onSetPackEnabled,
  onUpdateSettings,
} from './page-messages';
import { onOpenPractice, onPracticeProgress } from './practice-messages';
import { onSaveStudioDraft } from './studio-messages';
import {
  onStudioEndTrial,
  onStudioPicked,
  onStudioPoint,
  onStudioStop,
  onStudioTakePicked,
  onStudioTry,
} from './studio-pointing';

/** Every message the background answers, one line each; each handler checks its sender itself. */
export function listenToMessages(): void {
  onMessage('reportDetection', ({ data, sender }) => onReportDetection(data, sender));
  onMessage('openPanel', ({ sender }) => onOpenPanel(sender));
  onMessage('panelView', ({ sender }) => onPanelView(sender));
  onMessage('openOptions', ({ sender }) => onOpenOptions(sender));
  onMessage('setTipStatus', ({ data, sender }) => onSetTipStatus(data, sender));
  onMessage('showHiddenTips', ({ sender }) => onShowHiddenTips(sender));
  onMessage('knowTerm', ({ data, sender }) => onKnowTerm(data, sender));
  onMessage('giveFeedback', ({ data, sender }) => onGiveFeedback(data, sender));
  onMessage('startGuide', ({ data, sender }) => onGuide('start', data, sender));
  onMessage('guideStep', ({ data, sender }) => onGuide('step', data, sender));
  onMessage('endGuide', ({ data, sender }) => onGuide('end', data, sender));
  onMessage('setCoachSide', ({ data, sender }) => onSetCoachSide(data, sender));
  onMessage('coachBlocked', ({ sender }) => onCoachBlocked(sender));
  onMessage('openPractice', ({ data, sender }) => onOpenPractice(data, sender));
  onMessage('practiceProgress', ({ data, sender }) => onPracticeProgress(data, sender));

  onMessage('updateSettings', ({ data, sender }) => onUpdateSettings(data, sender));
  onMessage('forgetKnownTerm', ({ data, sender }) => onForgetKnownTerm(data, sender));
  onMessage('resetLearned', ({ sender }) => onResetLearned(sender));
  onMessage('resetPersonal', ({ sender }) => onResetPersonal(sender));
  onMessage('installPack', ({ data, sender }) => onInstallPack(data, sender));
  onMessage('removePack', ({ data, sender }) => onRemovePack(data, sender));
  onMessage('setPackEnabled', ({ data, sender }) => onSetPackEnabled(data, sender));
  onMessage('movePack', ({ data, sender }) => onMovePack(data, sender));
  onMessage('checkPackNow', ({ data, sender }) => onCheckPackNow(data, sender));
  onMessage('blockedTips', ({ data, sender }) => onBlockedTips(data, sender));
  onMessage('saveStudioDraft', ({ data, sender }) => onSaveStudioDraft(data, sender));
  onMessage('studioPoint', ({ data, sender }) => onStudioPoint(data, sender));
  onMessage('studioPicked', ({ data, sender }) => onStudioPicked(data, sender));
  onMessage('studioStop', ({ sender }) => onStudioStop(sender));
  onMessage('studioTakePicked', ({ sender }) => onStudioTakePicked(sender));
  onMessage('studioTry', ({ data, sender }) => onStudioTry(data, sender));
  onMessage('studioEndTrial', ({ sender }) => onStudioEndTrial(sender));
}
