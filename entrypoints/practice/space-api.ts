import type { Lang, MessageKey } from '../../utils/i18n';
import type { ContextId } from '../../utils/tools/tool-schema';

/**
 * What a practice space does that an exercise may check. Nothing leaves the page: a "sent"
 * message lands in the space's outbox, a "shared" folder is shared with nobody real.
 */
export type PracticeEvent =
  | {
      type: 'mail-sent';
      to: string[];
      cc: string[];
      bcc: string[];
      subject: string;
      attachments: string[];
    }
  | {
      type: 'shared';
      item: string;
      /** A person added in the share dialog, with what they may do. */
      person?: { email: string; role: 'reader' | 'commenter' | 'editor' };
      /** The link's setting: who can open it with the link, and what they may do. */
      link?: { access: 'restricted' | 'anyone'; role: 'reader' | 'editor' };
    }
  | { type: 'uploaded'; item: string; folder: string }
  | { type: 'folder-created'; name: string }
  | { type: 'page-saved'; title: string; status: 'draft' | 'publish'; blocks: string[] }
  | { type: 'form-changed'; questions: { title: string; kind: string; required: boolean }[]; previewed: boolean }
  | { type: 'joined'; name: string; camera: boolean; micro: boolean; micTested: boolean }
  | { type: 'vacation-saved'; subject: string; status: boolean }
  | { type: 'reported'; item: string; as: 'phishing' | 'junk' };

export interface SpaceProps {
  lang: Lang;
  /** Tells the practice page what the volunteer just did (exercises check it). */
  record(event: PracticeEvent): void;
  /**
   * The screen the running guide works on, when it needs one (its first `contexts` entry: the
   * image guide works in the editor, the screen-sharing guide in the meeting): the space goes there
   * when a guide starts. Absent, the volunteer moves freely from the space's first screen.
   */
  context?: ContextId;
}

/**
 * One exercise of a space: a task in plain words, checked gently on what the volunteer did.
 * `check` says true (done as asked), false (tried, not yet right: the hint shows) or null (this
 * event is not about the exercise). Never a score: a try that is not right yet only brings a hint.
 */
export interface Exercise {
  /** Unique among all spaces: `<tool>-<what>` (progress is kept under it). */
  id: string;
  /** Locale keys: the task, the words when it is done, the hint after a try that is not right yet. */
  words: { task: MessageKey; done: MessageKey; hint: MessageKey };
  check(event: PracticeEvent): boolean | null;
}
