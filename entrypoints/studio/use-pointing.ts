import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { studioPickedItem, studioPointingItem, studioTrialItem } from '../../utils/storage/session-items';
import { applyPicked } from '../../utils/studio/apply-picked';
import { fieldId } from '../../utils/studio/draft-errors';
import type { StudioDraft } from '../../utils/studio/draft-model';
import { pickerWords, stepSayings } from '../../utils/studio/picker-words';
import type { Pointing, PointTarget, StudioTrial } from '../../utils/studio/pointing';
import { toolById } from '../../utils/tools/registry';

export interface StudioPointing {
  /** Pointing under way (the background's record of it), for the status line. */
  pointing: Pointing | null;
  trial: StudioTrial | null;
  /** What the last request said (no tool tab open, a place kept…). */
  message: string;
  /** Resolves to '' when pointing began, else what the mentor must do first. */
  point(mode: 'point' | 'record', target: PointTarget, toolId: string): Promise<string>;
  stop(): void;
  say(message: string): void;
}

/** The button that started pointing for an item (the focus comes back to it). */
export const placeButtonId = (target: PointTarget): string =>
  target.kind === 'tip'
    ? fieldId('tip', target.key, 'place')
    : target.kind === 'step'
      ? fieldId('guide', target.guideKey, 'step', target.stepKey, 'place')
      : fieldId('guide', target.guideKey, 'record');

export const PointingContext = createContext<StudioPointing | null>(null);
export const usePointingContext = (): StudioPointing | null => useContext(PointingContext);

/**
 * The studio's side of pointing at a page: asks the background to point (the tool's tab comes to
 * the front), follows the pointing and the trial for the status line, and takes the places chosen
 * into the draft — on each change, and when the page opens (the studio may have been asleep).
 */
export function usePointing(lang: Lang, draft: StudioDraft | null, change: (next: StudioDraft) => void) {
  const [pointing, setPointing] = useState<Pointing | null>(null);
  const [trial, setTrial] = useState<StudioTrial | null>(null);
  const [message, setMessage] = useState('');
  const latest = useRef({ draft, change });
  latest.current = { draft, change };

  useEffect(() => {
    if (!draft) return;
    const take = async () => {
      const places = await sendMessage('studioTakePicked', undefined).catch(() => []);
      const now = latest.current.draft;
      if (!places.length || !now) return;
      const next = places.reduce(applyPicked, now);
      // Two takes close together (steps recorded quickly): the second builds on this one, not on
      // the draft of the last render.
      latest.current.draft = next;
      latest.current.change(next);
      // Back from the page: the keyboard is where the mentor left it, on the item's button.
      const last = places.at(-1);
      if (last) requestAnimationFrame(() => document.getElementById(placeButtonId(last.target))?.focus());
      if (places.some((place) => place.target.kind !== 'guide')) setMessage(t(lang, 'studio.pointing.picked'));
    };
    void take();
    void studioPointingItem.getValue().then(setPointing);
    void studioTrialItem.getValue().then(setTrial);
    const stops = [
      studioPickedItem.watch((places) => void (places.length && take())),
      studioPointingItem.watch(setPointing),
      studioTrialItem.watch(setTrial),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [draft !== null, lang]);

  const point: StudioPointing['point'] = async (mode, target, toolId) => {
    setMessage('');
    const request = { mode, target, toolId, lang, words: pickerWords(lang), sayings: stepSayings() };
    const answer = await sendMessage('studioPoint', request).catch(() => ({ ok: false as const }));
    if (answer.ok) return '';
    const tool = toolById(toolId)?.names[lang];
    return tool ? t(lang, 'studio.pointing.no-tab-for', { tool }) : t(lang, 'studio.pointing.no-tab');
  };
  const stop = () => void sendMessage('studioStop', undefined).catch(() => undefined);
  return { pointing, trial, message, point, stop, say: setMessage };
}
