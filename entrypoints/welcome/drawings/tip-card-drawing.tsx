import { Drawing, labelWidth, TextLine } from './drawing';

interface Props {
  label: string;
  title: string;
  gotIt: string;
  hide: string;
}

/** An open tip: its title, its text, and the two buttons every tip has. */
export function TipCardDrawing({ label, title, gotIt, hide }: Props) {
  const first = labelWidth(gotIt) + 28;
  const second = labelWidth(hide) + 28;
  return (
    <Drawing label={label} width={300} height={160}>
      <rect x={2} y={2} width={296} height={156} rx={10} fill="#fff" stroke="#1d4ed8" strokeWidth={2} />
      <text x={18} y={34} fontSize={16} fontWeight={700} fill="#1f2937">
        {title}
      </text>
      <TextLine x={18} y={52} width={250} />
      <TextLine x={18} y={70} width={200} />
      <rect x={18} y={100} width={first} height={40} rx={8} fill="#1d4ed8" />
      <text x={18 + first / 2} y={125} textAnchor="middle" fontSize={15} fontWeight={600} fill="#fff">
        {gotIt}
      </text>
      <rect x={30 + first} y={101} width={second} height={38} rx={8} fill="#fff" stroke="#1d4ed8" strokeWidth={2} />
      <text x={30 + first + second / 2} y={125} textAnchor="middle" fontSize={15} fontWeight={600} fill="#1e3a8a">
        {hide}
      </text>
    </Drawing>
  );
}
