import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** The current value of a storage item, kept live across tabs and extension pages. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, initial: T): [T, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => {
      if (alive) {
        setValue(v);
        setLoaded(true);
      }
    });
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return [value, loaded];
}
