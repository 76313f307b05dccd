import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';

interface Props {
  className: string;
  label: ReactNode;
  title?: string;
  disabled?: boolean;
  onClick(): void;
  [data: `data-${string}`]: string;
}

/**
 * Roundcube's buttons are links with role="button" (its guides look for `a.junk`, `a.compose`):
 * drawn the same, and, like a real button, they answer the space bar as well as Enter.
 */
export function RcButton({ className, label, title, disabled, onClick, ...data }: Props) {
  const act = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    if (!disabled) onClick();
  };
  return (
    // biome-ignore lint/a11y: Roundcube's own markup (a link with role="button"), which its guides look for
    <a
      href="#"
      role="button"
      className={disabled ? `${className} disabled` : className}
      title={title}
      aria-disabled={disabled || undefined}
      onClick={act}
      onKeyDown={(event) => event.key === ' ' && act(event)}
      {...data}
    >
      <span className="inner">{label}</span>
    </a>
  );
}
