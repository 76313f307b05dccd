import type { ReactNode, RefObject } from 'react';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { CoachUi } from '../../utils/page-ui/coach-ui';

interface Props {
  ui: CoachUi;
  lang: Lang;
  title: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}

/**
 * The panel's title and its two buttons: move the coach to the other side of the page (kept for
 * this tool), and close. A plain block, not a <header>: the page has its own banner landmark.
 */
export function PanelHeader({ ui, lang, title, titleRef, children }: Props) {
  const other = ui.side === 'right' ? 'left' : 'right';
  const move = () => {
    ui.side = other;
    ui.chosen = true;
    // The volunteer's choice wins over "stay where it is" (see place-coach.ts).
    const panel = ui.shadow.getElementById('declic-panel');
    if (panel) delete panel.dataset.spot;
    ui.launcher.classList.toggle('at-left', other === 'left');
    ui.layout(true);
    void sendMessage('setCoachSide', { side: other }).catch(() => undefined);
    titleRef.current?.focus();
  };
  return (
    <div className="panel-header">
      <h2 id="declic-panel-title" ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="move" onClick={move} aria-label={t(lang, `coach.move.${other}`)}>
        <span aria-hidden="true">{other === 'left' ? '⇤' : '⇥'}</span>
      </button>
      {children}
    </div>
  );
}
