import { Drawing, labelWidth, TextLine } from './drawing';

const ROWS = [0, 1, 2];

/** A pretend webmail for the practice: a "New message" button, the inbox and three messages. */
export function MailboxDrawing({ label, newMessage, inbox }: { label: string; newMessage: string; inbox: string }) {
  const button = Math.max(140, labelWidth(newMessage) + 32);
  return (
    <Drawing label={label} width={520} height={240}>
      <rect x={1} y={1} width={518} height={238} rx={10} fill="#fff" stroke="#9ca3af" strokeWidth={2} />
      <rect x={2} y={2} width={190} height={236} rx={9} fill="#f3f4f6" />
      <rect x={16} y={18} width={button} height={40} rx={20} fill="#1d4ed8" />
      <text x={16 + button / 2} y={43} textAnchor="middle" fontSize={15} fontWeight={600} fill="#fff">
        {newMessage}
      </text>
      <rect x={12} y={74} width={170} height={30} rx={8} fill="#dbeafe" />
      <text x={24} y={94} fontSize={15} fontWeight={600} fill="#1e3a8a">
        {inbox}
      </text>
      <TextLine x={24} y={122} width={90} />
      <TextLine x={24} y={146} width={110} />
      {ROWS.map((row) => (
        <g key={row} transform={`translate(210 ${22 + row * 68})`}>
          <circle cx={18} cy={22} r={16} fill={['#fde68a', '#bbf7d0', '#fecaca'][row]} />
          <TextLine x={46} y={10} width={[120, 90, 140][row] ?? 100} />
          <TextLine x={46} y={30} width={[220, 250, 190][row] ?? 200} />
          <line x1={0} y1={58} x2={296} y2={58} stroke="#e5e7eb" strokeWidth={2} />
        </g>
      ))}
    </Drawing>
  );
}
