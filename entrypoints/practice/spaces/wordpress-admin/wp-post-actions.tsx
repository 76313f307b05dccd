import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { SitePage } from './wp-model';

interface Props {
  lang: Lang;
  /** Saved since the last change: the status says « Enregistré ». */
  saved: boolean;
  published: boolean;
  panelOpen: boolean;
  onSave(status: SitePage['status']): void;
  onPanel(): void;
}

/**
 * The buttons at the top right, as WordPress 6 words them: a draft is saved or opens the publish
 * panel (« Publier »); a published page is updated or switched back to a draft.
 */
export function PostActions({ lang, saved, published, panelOpen, onSave, onPanel }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  return (
    <>
      <span role="status" className="wp-saved">
        {saved ? tr('practice.wordpress-admin.editor.saved') : ''}
      </span>
      {published ? (
        <button type="button" className="wp-tertiary" onClick={() => onSave('draft')}>
          {tr('practice.wordpress-admin.editor.switch-to-draft')}
        </button>
      ) : (
        <button type="button" className="wp-tertiary editor-post-save-draft" onClick={() => onSave('draft')}>
          {tr('practice.wordpress-admin.editor.save-draft')}
        </button>
      )}
      {published ? (
        <button
          type="button"
          className="components-button editor-post-publish-button is-primary"
          onClick={() => onSave('publish')}
        >
          {tr('practice.wordpress-admin.editor.update')}
        </button>
      ) : (
        <button
          type="button"
          className="components-button editor-post-publish-panel__toggle editor-post-publish-button__button is-primary"
          aria-expanded={panelOpen}
          onClick={() => onPanel()}
        >
          {tr('practice.wordpress-admin.editor.publish')}
        </button>
      )}
    </>
  );
}
