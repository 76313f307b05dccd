import { helpHref, pageAddress } from '../../utils/help/help-request';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { HelpView } from './help-view';

interface Props {
  help: HelpView;
  lang: Lang;
  /** The tool's name, in the volunteer's language. */
  tool: string;
}

const quiet = () => undefined;

/**
 * "Ask for help": a link to the person the settings name (an e-mail written in advance, a phone
 * call, or their help page in a new tab). Déclic sends nothing: the volunteer's own mail app,
 * phone or browser does, if they go on. Without anybody yet, one line says where to add them.
 */
export function AskForHelp({ help, lang, tool }: Props) {
  const { contact, about } = help;
  if (!contact) {
    return (
      <p className="ask-help">
        {t(lang, 'help.none')}{' '}
        <button type="button" className="link-button" onClick={() => void sendMessage('openOptions').catch(quiet)}>
          {t(lang, 'help.set-up')}
        </button>
      </p>
    );
  }
  // Read when the panel draws: the page may have changed since the background built the view.
  const href = helpHref(contact, { lang, tool, page: pageAddress(location.href), about });
  const hint =
    contact.kind === 'email'
      ? t(lang, 'help.email-hint', { contact: contact.address })
      : contact.kind === 'phone'
        ? t(lang, 'help.phone-hint', { number: contact.number })
        : t(lang, 'help.web-hint');
  const web = contact.kind === 'web';
  return (
    <p className="ask-help">
      <a
        href={href}
        aria-describedby="declic-ask-help-hint"
        target={web ? '_blank' : undefined}
        rel={web ? 'noopener noreferrer' : undefined}
      >
        {t(lang, 'help.ask')}
      </a>
      <span id="declic-ask-help-hint" className="muted">
        {hint}
      </span>
    </p>
  );
}
