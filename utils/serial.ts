/**
 * Runs async read-modify-write steps one after another, so two messages arriving
 * together cannot overwrite each other's storage update.
 */
export function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
