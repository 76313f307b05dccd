// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickerView } from '../../../entrypoints/picker.content/view';
import { pickerWords, stepSayings } from '../../../utils/studio/picker-words';

const sent = vi.hoisted(() => [] as { type: string; data: unknown }[]);
const views = vi.hoisted(() => ({ push: (_view: unknown) => {} }));
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: (type: string, data: unknown) => {
    sent.push({ type, data });
    return Promise.resolve(true);
  },
}));
vi.mock('../../../utils/surfaces/on-view', () => ({
  onView: (_surface: string, handler: (view: unknown) => void) => {
    views.push = handler;
    return () => {};
  },
}));

const { default: picker } = await import('../../../entrypoints/picker.content/index');

/** The picker started in this page, recording, with the studio's words. */
function startRecording() {
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
    onInvalidated: () => {},
    notifyInvalidated: () => {},
  };
  picker.main(ctx as never);
  const view: PickerView = {
    lang: 'fr',
    mode: 'record',
    recorded: 0,
    words: pickerWords('fr'),
    sayings: stepSayings(),
  };
  views.push(view);
}

describe('the picker, recording on a page that fakes clicks', () => {
  beforeEach(() => {
    sent.length = 0;
    document.body.innerHTML = '<button id="send">Envoyer</button><button id="trap">Payer</button>';
  });

  it('records no step, and does not stop, for events the page made itself', () => {
    startRecording();
    const trap = document.getElementById('trap') as HTMLButtonElement;
    trap.click();
    trap.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 0 }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(sent).toEqual([]);
  });
});
