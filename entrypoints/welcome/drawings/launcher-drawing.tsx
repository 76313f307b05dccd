import { Drawing, labelWidth, TextLine } from './drawing';

/** The launcher as it sits on a page: a blue tab on the right edge, with "?" and its short word. */
export function LauncherDrawing({ label, word }: { label: string; word: string }) {
  const tab = 8 + 28 + 8 + labelWidth(word, 16) + 14;
  const left = 280 - tab;
  return (
    <Drawing label={label} width={280} height={150}>
      <rect x={1} y={1} width={278} height={148} rx={10} fill="#fff" stroke="#d1d5db" strokeWidth={2} />
      <TextLine x={18} y={22} width={140} />
      <TextLine x={18} y={42} width={190} />
      <TextLine x={18} y={62} width={110} />
      <TextLine x={18} y={122} width={150} />
      <rect x={left} y={80} width={tab + 20} height={44} rx={22} fill="#1d4ed8" />
      <circle cx={left + 8 + 14} cy={102} r={14} fill="#fff" />
      <text x={left + 22} y={107.5} textAnchor="middle" fontSize={16} fontWeight={700} fill="#1e3a8a">
        ?
      </text>
      <text x={left + 44} y={107.5} fontSize={16} fontWeight={600} fill="#fff">
        {word}
      </text>
      <line x1={279} y1={1} x2={279} y2={149} stroke="#d1d5db" strokeWidth={2} />
    </Drawing>
  );
}
