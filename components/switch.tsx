import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Set by the association: shown, not changeable, with the reason read out beside it. */
  locked?: string;
}

/**
 * An on/off switch (a checkbox with role="switch"): large target, label beside it. It shows the
 * new position at once; storage confirms a moment later and the parent passes it back.
 */
export function Switch({ label, checked, onChange, locked }: Props) {
  const [on, setOn] = useState(checked);
  const id = useId();
  useEffect(() => setOn(checked), [checked]);
  return (
    <label className="choice">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        disabled={!!locked}
        aria-describedby={locked ? id : undefined}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setOn(next);
          onChange(next);
        }}
      />
      {label}
      {locked ? (
        <span id={id} className="locked-note">
          {locked}
        </span>
      ) : null}
    </label>
  );
}
