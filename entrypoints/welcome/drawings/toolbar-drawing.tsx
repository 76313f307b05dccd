import { Drawing, TextLine } from './drawing';

/** A puzzle piece, as browsers draw their extensions button. */
const PUZZLE = 'M0 6h6a4 4 0 1 1 8 0h6v6a4 4 0 1 1 0 8v6h-6a4 4 0 1 0-8 0H0v-6a4 4 0 1 0 0-8z';
/** A push pin, as Chrome draws "pin to the toolbar". */
const PIN = 'M6 0h8v2l-1 1v6l4 4v2H11v7l-1 2-1-2v-7H3v-2l4-4V3L6 2z';

/**
 * The top of the browser: the address bar, the puzzle-piece button (ringed, as it is the one
 * to press), and its open list where Déclic has a pin beside its name.
 */
export function ToolbarDrawing({ label, name }: { label: string; name: string }) {
  return (
    <Drawing label={label} width={360} height={190}>
      <rect x={1} y={1} width={358} height={188} rx={10} fill="#f3f4f6" stroke="#d1d5db" strokeWidth={2} />
      <rect x={14} y={14} width={250} height={32} rx={16} fill="#fff" stroke="#d1d5db" />
      <TextLine x={32} y={26} width={150} />
      <circle cx={312} cy={30} r={20} fill="#fff" stroke="#f59e0b" strokeWidth={3} />
      <path d={PUZZLE} transform="translate(300 17)" fill="#4b5563" />
      <rect x={130} y={62} width={214} height={112} rx={10} fill="#fff" stroke="#9ca3af" strokeWidth={1.5} />
      <circle cx={158} cy={92} r={13} fill="#1d4ed8" />
      <text x={158} y={97.5} textAnchor="middle" fontSize={15} fontWeight={700} fill="#fff">
        ?
      </text>
      <text x={180} y={98} fontSize={16} fontWeight={600} fill="#1f2937">
        {name}
      </text>
      <circle cx={314} cy={92} r={17} fill="#fff" stroke="#f59e0b" strokeWidth={3} />
      <path d={PIN} transform="translate(305 81)" fill="#1e3a8a" />
      <circle cx={158} cy={140} r={13} fill="#d1d5db" />
      <TextLine x={180} y={136} width={100} />
      <path d={PIN} transform="translate(305 129)" fill="#9ca3af" />
    </Drawing>
  );
}
