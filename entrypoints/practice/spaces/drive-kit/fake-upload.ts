import { useEffect, useRef, useState } from 'react';

/** How long a pretend upload takes: long enough to see the progress, short enough not to wait. */
const STEP_MS = 120;
const STEPS = 10;

/**
 * A pretend upload's progress (0 to 100), advancing by itself; `done` runs once at 100. Nothing
 * is sent: the bar is the tool's, the time is ours.
 */
export function useFakeUpload(file: string | null, done: (file: string) => void): number {
  const [progress, setProgress] = useState(0);
  const latest = useRef(done);
  latest.current = done;
  useEffect(() => {
    if (!file) return;
    setProgress(0);
    let step = 0;
    const timer = setInterval(() => {
      step += 1;
      setProgress((step * 100) / STEPS);
      if (step >= STEPS) {
        clearInterval(timer);
        latest.current(file);
      }
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [file]);
  return progress;
}
