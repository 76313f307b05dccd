import type { ReactNode } from 'react';

interface Props {
  /** What the drawing shows, in words: read instead of it by screen readers. */
  label: string;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * One of our drawings: an inline SVG named by its text alternative, so a screen reader says
 * what it shows and skips the words drawn inside it. Colours are those of design/tokens.css.
 */
export function Drawing({ label, width, height, children }: Props) {
  return (
    <svg
      className="drawing"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontFamily="system-ui, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      {children}
    </svg>
  );
}

/** A grey bar standing for a line of text whose words do not matter. */
export const TextLine = ({ x, y, width }: { x: number; y: number; width: number }) => (
  <rect x={x} y={y} width={width} height={8} rx={4} fill="#d1d5db" />
);

/** A rough width for a short label drawn at 15 px, so its button fits it in either language. */
export const labelWidth = (text: string, size = 15) => Math.ceil(text.length * size * 0.58);
