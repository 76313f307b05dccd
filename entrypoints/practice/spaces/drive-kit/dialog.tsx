import { type ReactNode, useEffect, useId, useRef } from 'react';

interface Props {
  className: string;
  title: ReactNode;
  titleClassName?: string;
  onClose(): void;
  children(titleId: string): ReactNode;
}

/**
 * A tool's dialog, drawn over the space (the space itself is made inert meanwhile, so the
 * practice page around it stays reachable): the focus goes in on opening, Escape closes it,
 * and the focus comes back where it was.
 */
export function Dialog({ className, title, titleClassName, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const latest = useRef(onClose);
  latest.current = onClose;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current;
    first?.focus();
    return () => {
      // The element that opened the dialog may have been re-rendered: only a connected one takes it back.
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <div className="kit-layer">
      <div
        ref={ref}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={className}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || event.defaultPrevented) return;
          event.preventDefault();
          latest.current();
        }}
      >
        <h2 id={titleId} className={titleClassName}>
          {title}
        </h2>
        {children(titleId)}
      </div>
    </div>
  );
}
