import type { PracticeTool } from '../../utils/practice/spaces';
import type { Exercise } from './space-api';
import { exercises as gmail } from './spaces/gmail/gmail-exercises';
import { exercises as googleDrive } from './spaces/google-drive/google-drive-exercises';
import { exercises as googleForms } from './spaces/google-forms/google-forms-exercises';
import { exercises as jitsiMeet } from './spaces/jitsi-meet/jitsi-meet-exercises';
import { exercises as nextcloud } from './spaces/nextcloud/nextcloud-exercises';
import { exercises as roundcube } from './spaces/roundcube/roundcube-exercises';
import { exercises as wordpressAdmin } from './spaces/wordpress-admin/wordpress-admin-exercises';

/** Every space's exercises, by the tool it imitates. */
export const exercisesOf: Record<PracticeTool, Exercise[]> = {
  gmail,
  roundcube,
  'google-drive': googleDrive,
  nextcloud,
  'wordpress-admin': wordpressAdmin,
  'google-forms': googleForms,
  'jitsi-meet': jitsiMeet,
};
