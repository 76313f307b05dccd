import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MarkupText } from '../../components/markup-text';
import { waitForAnchor } from '../../utils/anchors/locate';
import { getCoachUi } from '../../utils/coach-ui';
import type { Lang } from '../../utils/i18n';
import { type MessageKey, t } from '../../utils/i18n';
import type { CoachGuide } from '../../utils/messaging';
import { setGuideProgress } from '../../utils/storage-items';

/** How long a step waits for its element to appear (a dialog opening, a list loading). */
const WAIT_MS = 4000;

interface Props {
  entry: CoachGuide;
  lang: Lang;
  step: number;
  onStep(step: number): void;
  /** The guide ends: stopped (progress kept) or finished (learned). */
  onEnd(finished: boolean): void;
}

type Target = { state: 'searching' } | { state: 'missing' } | { state: 'found'; element: Element };
interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * One step of a guide on the real page: a ring around the element and a callout beside it.
 * Nothing blocks the page (no dimming, no focus trap): the volunteer does the step themself,
 * then presses Next. A step whose element cannot be found is shown docked, with its text.
 */
export function GuideCallout({ entry, lang, step, onStep, onEnd }: Props) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const { guide } = entry;
  const current = guide.steps[step];
  const [target, setTarget] = useState<Target>({ state: 'searching' });
  const [box, setBox] = useState<Box | null>(null);
  const calloutRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [size, setSize] = useState({ width: 340, height: 200 });
  // Bumped when the found element leaves the page (an app re-rendered it): look again.
  const [lost, setLost] = useState(0);

  useEffect(() => {
    void setGuideProgress(entry.key, { step, done: false, at: Date.now() });
    headingRef.current?.focus();
  }, [entry.key, step]);

  // Find the step's element, waiting a little for late ones.
  useEffect(() => {
    if (!current?.anchor) {
      setTarget({ state: 'missing' });
      return;
    }
    setTarget({ state: 'searching' });
    const abort = new AbortController();
    void waitForAnchor(current.anchor, { timeoutMs: WAIT_MS, signal: abort.signal }).then((match) => {
      if (abort.signal.aborted) return;
      if (!match) return setTarget({ state: 'missing' });
      const rect = match.element.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight || rect.left < 0 || rect.right > window.innerWidth) {
        match.element.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      setTarget({ state: 'found', element: match.element });
    });
    return () => abort.abort();
  }, [current, lost]);

  // Follow the element on every frame: scroll containers, sticky headers, zoom and re-layouts
  // all move it, and one rectangle read per frame costs next to nothing.
  useEffect(() => {
    if (target.state !== 'found') {
      setBox(null);
      return;
    }
    let frame = 0;
    let last = '';
    const follow = () => {
      if (!target.element.isConnected) {
        setLost((n) => n + 1);
        return;
      }
      const r = target.element.getBoundingClientRect();
      const key = `${r.top}|${r.left}|${r.width}|${r.height}`;
      if (key !== last) {
        last = key;
        setBox({ top: r.top, left: r.left, width: r.width, height: r.height });
      }
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [target]);

  // Found inside something the page put in the top layer after us (its own <dialog>): come
  // back above it.
  useEffect(() => {
    if (target.state !== 'found') return;
    // While the page shows a modal <dialog>, everything outside it is inert, even what is drawn
    // above it: Déclic's element goes inside that dialog for the step, and comes back after.
    const host = getCoachUi()?.host;
    const modal = target.element.closest('dialog:modal');
    let moved = false;
    const back = () => {
      if (moved && host?.isConnected && host.parentElement !== document.documentElement) {
        document.documentElement.append(host);
      }
      moved = false;
    };
    if (host && modal && !modal.contains(host)) {
      modal.append(host);
      moved = true;
      // The page closes its dialog: the launcher must not stay hidden inside it.
      modal.addEventListener('close', back, { once: true });
    }
    for (const el of [calloutRef.current, calloutRef.current?.previousElementSibling]) {
      const popover = el as (HTMLElement & { hidePopover?: () => void; showPopover?: () => void }) | null;
      if (popover?.hidePopover && popover.matches(':popover-open')) {
        popover.hidePopover();
      }
      popover?.showPopover?.();
    }
    return () => {
      modal?.removeEventListener('close', back);
      back();
    };
  }, [target]);

  // In the top layer (a popover), so a page's own <dialog> or a huge z-index cannot cover it.
  useLayoutEffect(() => {
    const el = calloutRef.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    if (rect.width !== size.width || rect.height !== size.height) setSize({ width: rect.width, height: rect.height });
    const popover = el as HTMLElement & { showPopover?: () => void };
    if (popover.showPopover && !el.matches(':popover-open')) popover.showPopover();
  });

  if (!current) return null;
  const last = step === guide.steps.length - 1;
  const place = box ? placeBeside(box, size) : null;

  return (
    <>
      {box ? (
        <div
          className="guide-ring"
          aria-hidden="true"
          popover="manual"
          ref={(el) => {
            const popover = el as (HTMLElement & { showPopover?: () => void }) | null;
            if (popover?.showPopover && !popover.matches(':popover-open')) popover.showPopover();
          }}
          style={{ top: box.top - 4, left: box.left - 4, width: box.width + 8, height: box.height + 8 }}
        />
      ) : null}
      <section
        ref={calloutRef}
        className={`declic guide-callout${place ? '' : ' docked'}`}
        popover="manual"
        role="dialog"
        aria-modal="false"
        aria-labelledby="declic-guide-step"
        lang={lang}
        dir="ltr"
        style={place ? { top: place.top, left: place.left } : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onEnd(false);
        }}
      >
        <p className="guide-title">{guide.title[lang]}</p>
        <h2 id="declic-guide-step" ref={headingRef} tabIndex={-1}>
          {tr('guide.step', { n: step + 1, total: guide.steps.length })}
        </h2>
        <div className="guide-text">
          <MarkupText source={current.text[lang]} />
        </div>
        {current.anchor && target.state === 'searching' ? (
          <p className="guide-note" role="status">
            {tr('guide.searching')}
          </p>
        ) : null}
        {current.anchor && target.state === 'missing' ? (
          <p className="guide-note" role="status">
            {tr('guide.not-found')}
          </p>
        ) : null}
        <div className="guide-actions">
          <button type="button" onClick={() => onStep(step - 1)} disabled={step === 0}>
            {tr('guide.back')}
          </button>
          <button type="button" className="primary" onClick={() => (last ? onEnd(true) : onStep(step + 1))}>
            {tr(last ? 'guide.finish' : 'guide.next')}
          </button>
          <button type="button" onClick={() => onEnd(false)}>
            {tr('guide.stop')}
          </button>
        </div>
      </section>
    </>
  );
}

/** Below the element if it fits, else above, else beside it; always inside the window. */
export function placeBeside(box: Box, size: { width: number; height: number }): { top: number; left: number } {
  const gap = 12;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clampX = (x: number) => Math.max(8, Math.min(x, vw - size.width - 8));
  const clampY = (y: number) => Math.max(8, Math.min(y, vh - size.height - 8));
  if (box.top + box.height + gap + size.height <= vh)
    return { top: box.top + box.height + gap, left: clampX(box.left) };
  if (box.top - gap - size.height >= 0) return { top: box.top - gap - size.height, left: clampX(box.left) };
  if (box.left + box.width + gap + size.width <= vw) return { top: clampY(box.top), left: box.left + box.width + gap };
  return { top: clampY(box.top), left: clampX(box.left - gap - size.width) };
}
