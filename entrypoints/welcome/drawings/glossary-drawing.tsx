import { Drawing, labelWidth, TextLine } from './drawing';

/** A marked word in a message (the "dotted" look of the glossary) and its explanation card. */
export function GlossaryDrawing({ label, term }: { label: string; term: string }) {
  const word = labelWidth(term, 17) + 8;
  return (
    <Drawing label={label} width={300} height={170}>
      <rect x={1} y={1} width={298} height={168} rx={10} fill="#fff" stroke="#d1d5db" strokeWidth={2} />
      <TextLine x={18} y={24} width={60} />
      <rect x={86} y={14} width={word} height={26} rx={3} fill="rgb(29 78 216 / 0.08)" />
      <text x={90} y={33} fontSize={17} fill="#1f2937">
        {term}
      </text>
      <line x1={88} y1={38} x2={84 + word} y2={38} stroke="#1d4ed8" strokeWidth={2} strokeDasharray="2 3" />
      <TextLine x={98 + word} y={24} width={150 - word} />
      <path d={`M${96} 50 l10 -10 l10 10 z`} fill="#1d4ed8" />
      <rect x={40} y={50} width={240} height={104} rx={10} fill="#fff" stroke="#1d4ed8" strokeWidth={2} />
      <text x={56} y={80} fontSize={17} fontWeight={700} fill="#1f2937">
        {term}
      </text>
      <TextLine x={56} y={96} width={200} />
      <TextLine x={56} y={114} width={170} />
      <TextLine x={56} y={132} width={120} />
    </Drawing>
  );
}
