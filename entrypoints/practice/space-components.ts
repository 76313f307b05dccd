import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { PracticeTool } from '../../utils/practice/spaces';
import type { SpaceProps } from './space-api';

type Space = LazyExoticComponent<ComponentType<SpaceProps>>;

/** Each space's imitation of its tool, loaded when opened: the list page stays light. */
export const spaceComponents: Record<PracticeTool, Space> = {
  gmail: lazy(() => import('./spaces/gmail/gmail-space')),
  roundcube: lazy(() => import('./spaces/roundcube/roundcube-space')),
  'google-drive': lazy(() => import('./spaces/google-drive/google-drive-space')),
  nextcloud: lazy(() => import('./spaces/nextcloud/nextcloud-space')),
  'wordpress-admin': lazy(() => import('./spaces/wordpress-admin/wordpress-admin-space')),
  'google-forms': lazy(() => import('./spaces/google-forms/google-forms-space')),
  'jitsi-meet': lazy(() => import('./spaces/jitsi-meet/jitsi-meet-space')),
};
