import { type Lang, t } from '../../../../utils/i18n';
import { RcButton } from './rc-button';

export type RcAction = 'reply' | 'reply-all' | 'forward' | 'delete' | 'junk';

/** #mailtoolbar above the message: its buttons act on the selected message (greyed without one). */
export function RcMailToolbar({
  lang,
  enabled,
  onAction,
}: {
  lang: Lang;
  enabled: boolean;
  onAction(a: RcAction): void;
}) {
  const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
  const button = (action: RcAction, className: string, label: string, title?: string) => (
    <RcButton className={className} label={label} title={title} disabled={!enabled} onClick={() => onAction(action)} />
  );
  return (
    <div id="mailtoolbar" className="toolbar menu" role="toolbar" aria-label={tr('practice.roundcube.ui.toolbar')}>
      {button('reply', 'reply', tr('practice.roundcube.ui.reply'))}
      {button('reply-all', 'reply-all', tr('practice.roundcube.ui.replyall'))}
      {button('forward', 'forward', tr('practice.roundcube.ui.forward'))}
      <span className="spacer" />
      {button('delete', 'delete', tr('practice.roundcube.ui.delete'))}
      {button('junk', 'button junk', tr('practice.roundcube.ui.junk'), tr('practice.roundcube.ui.junk-title'))}
    </div>
  );
}
