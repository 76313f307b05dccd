import { type HelpContact, parseHelpContact } from '../../utils/help/help-contact';
import type { HelpAbout } from '../../utils/help/help-request';
import type { CoachContext } from '../background/surfaces/coach-context';
import { runningGuide } from '../guide.content/view';

/** What "Ask for help" needs: the person (none yet: the panel says where to add one), and the subject. */
export interface HelpView {
  contact: HelpContact | null;
  about: HelpAbout | null;
}

/**
 * What the volunteer is on: the step of the guide this tab runs, else the tip of this tool they
 * last found unclear. Titles in their language, so the e-mail can name them.
 */
export function helpView(ctx: CoachContext): HelpView {
  const contact = parseHelpContact(ctx.settings.helpContact);
  const running = runningGuide(ctx);
  if (running) {
    const { guide } = running.entry;
    const about: HelpAbout = {
      kind: 'step',
      guide: guide.title[ctx.lang],
      n: running.step + 1,
      total: guide.steps.length,
    };
    return { contact, about };
  }
  const unclear = ctx.tips
    .filter(({ key }) => ctx.feedback[key]?.verdict === 'unclear')
    .sort((a, b) => (ctx.feedback[b.key]?.at ?? 0) - (ctx.feedback[a.key]?.at ?? 0))[0];
  return { contact, about: unclear ? { kind: 'tip', title: unclear.tip.title[ctx.lang] } : null };
}
