import { useEffect, useState } from 'react';
import { readPolicy, watchPolicy } from '../utils/policy/managed';
import type { Policy, PolicyNote } from '../utils/policy/policy-schema';

/** The association's policy, kept live: an admin's change shows without reopening the page. */
export function usePolicy(): { policy: Policy; notes: PolicyNote[]; loaded: boolean } {
  const [state, setState] = useState<{ policy: Policy; notes: PolicyNote[]; loaded: boolean }>({
    policy: {},
    notes: [],
    loaded: false,
  });
  useEffect(() => {
    let alive = true;
    const load = () =>
      void readPolicy().then((read) => {
        if (alive) setState({ ...read, loaded: true });
      });
    load();
    const stop = watchPolicy(load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
