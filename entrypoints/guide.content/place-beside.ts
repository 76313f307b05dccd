/** A box on screen (an element's rectangle). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Below the element if it fits, else above, else beside it; always inside the window. */
export function placeBeside(
  box: Box,
  size: { width: number; height: number },
  viewport = { width: window.innerWidth, height: window.innerHeight },
): { top: number; left: number } {
  const gap = 12;
  const { width: vw, height: vh } = viewport;
  const clampX = (x: number) => Math.max(8, Math.min(x, vw - size.width - 8));
  const clampY = (y: number) => Math.max(8, Math.min(y, vh - size.height - 8));
  if (box.top + box.height + gap + size.height <= vh)
    return { top: box.top + box.height + gap, left: clampX(box.left) };
  if (box.top - gap - size.height >= 0) return { top: box.top - gap - size.height, left: clampX(box.left) };
  if (box.left + box.width + gap + size.width <= vw) return { top: clampY(box.top), left: box.left + box.width + gap };
  return { top: clampY(box.top), left: clampX(box.left - gap - size.width) };
}
