import type { SpaceProps } from '../../space-api';

/** Placeholder: the imitation of this tool is being written. */
export default function Space(_props: SpaceProps) {
  return <div className="space-placeholder">…</div>;
}
