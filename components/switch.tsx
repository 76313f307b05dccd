import { useEffect, useState } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/**
 * An on/off switch (a checkbox with role="switch"): large target, label beside it. It shows the
 * new position at once; storage confirms a moment later and the parent passes it back.
 */
export function Switch({ label, checked, onChange }: Props) {
  const [on, setOn] = useState(checked);
  useEffect(() => setOn(checked), [checked]);
  return (
    <label className="choice">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setOn(next);
          onChange(next);
        }}
      />
      {label}
    </label>
  );
}
