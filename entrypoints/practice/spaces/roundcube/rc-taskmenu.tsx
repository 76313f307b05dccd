import { type Lang, t } from '../../../../utils/i18n';
import { RcButton } from './rc-button';

export type RcTask = 'mail' | 'compose' | 'settings';

/** Elastic's dark left column (#layout-menu): « Rédiger » on top, then Courriel and Paramètres. */
export function RcTaskMenu({ lang, task, onTask }: { lang: Lang; task: RcTask; onTask(task: RcTask): void }) {
  const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
  const selected = (name: RcTask, base: string) => (task === name ? `${base} selected` : base);
  return (
    <div id="layout-menu" className="rc-menu">
      <p className="rc-logo" aria-hidden="true">
        roundcube
      </p>
      <nav id="taskmenu" className="menu toolbar" aria-label={tr('practice.roundcube.ui.tasknav')}>
        <span className="action-buttons">
          <RcButton
            className={selected('compose', 'compose')}
            label={tr('practice.roundcube.ui.compose')}
            title={tr('practice.roundcube.ui.compose-title')}
            onClick={() => onTask('compose')}
          />
        </span>
        <RcButton
          className={selected('mail', 'mail')}
          label={tr('practice.roundcube.ui.mail')}
          onClick={() => onTask('mail')}
        />
        <RcButton
          className={selected('settings', 'settings')}
          label={tr('practice.roundcube.ui.settings')}
          onClick={() => onTask('settings')}
        />
      </nav>
    </div>
  );
}
