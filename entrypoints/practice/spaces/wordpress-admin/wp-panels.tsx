import { useEffect, useRef } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { Block, SitePage } from './wp-model';

interface SidebarProps {
  lang: Lang;
  page: SitePage;
  /** The selected image block, whose alternative text the sidebar offers. */
  image: Block | undefined;
  onAlt(alt: string): void;
  onClose(): void;
}

/** The settings sidebar (the gear): the page's status, and the selected image's alternative text. */
export function Sidebar({ lang, page, image, onAlt, onClose }: SidebarProps) {
  const tr = (key: MessageKey) => t(lang, key);
  return (
    <section className="wp-sidebar" aria-label={tr('practice.wordpress-admin.editor.settings')}>
      <div className="wp-panel-head">
        <h3>{tr(image ? 'practice.wordpress-admin.sidebar.block' : 'practice.wordpress-admin.sidebar.page')}</h3>
        <button
          type="button"
          className="wp-icon-button"
          aria-label={tr('practice.wordpress-admin.sidebar.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {image ? (
        <div className="wp-panel-body">
          <label htmlFor="wp-alt">{tr('practice.wordpress-admin.sidebar.alt')}</label>
          <textarea
            id="wp-alt"
            rows={3}
            value={image.alt ?? ''}
            aria-describedby="wp-alt-help"
            onChange={(e) => onAlt(e.target.value)}
          />
          <p id="wp-alt-help" className="wp-help">
            {tr('practice.wordpress-admin.sidebar.alt-help')}
          </p>
        </div>
      ) : (
        <div className="wp-panel-body">
          <p>
            {tr('practice.wordpress-admin.sidebar.status')}{' '}
            <strong>
              {tr(
                page.status === 'draft'
                  ? 'practice.wordpress-admin.status.draft'
                  : 'practice.wordpress-admin.status.published',
              )}
            </strong>
          </p>
          <p className="wp-help">{tr('practice.wordpress-admin.sidebar.no-block')}</p>
        </div>
      )}
    </section>
  );
}

interface PublishProps {
  lang: Lang;
  page: SitePage;
  /** Published: the panel says so instead of asking. */
  done: boolean;
  onPublish(): void;
  onClose(): void;
}

/** The pre-publish check, then the « now live » panel, as Gutenberg shows them at the right. */
export function PublishPanel({ lang, page, done, onPublish, onClose }: PublishProps) {
  const tr = (key: MessageKey, vars?: Record<string, string>) => t(lang, key, vars);
  const first = useRef<HTMLButtonElement>(null);
  // Gutenberg moves the focus into the panel, so a keyboard user finds the second « Publier » at once.
  useEffect(() => first.current?.focus(), [done]);
  return (
    <section
      className="editor-post-publish-panel wp-publish-panel"
      aria-label={tr('practice.wordpress-admin.publish.label')}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {done ? (
        <>
          <div className="wp-panel-head">
            <p className="wp-panel-title">{tr('practice.wordpress-admin.publish.published')}</p>
            <button
              ref={first}
              type="button"
              className="wp-icon-button"
              aria-label={tr('practice.wordpress-admin.publish.close')}
              onClick={onClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="wp-panel-body">
            <p role="status">
              {tr('practice.wordpress-admin.publish.live', {
                title: page.title || tr('practice.wordpress-admin.no-title'),
              })}
            </p>
            <p className="wp-help">{tr('practice.wordpress-admin.publish.pretend')}</p>
          </div>
        </>
      ) : (
        <>
          <div className="editor-post-publish-panel__header wp-panel-head">
            <button
              ref={first}
              type="button"
              className="components-button editor-post-publish-button is-primary"
              onClick={onPublish}
            >
              {tr('practice.wordpress-admin.editor.publish')}
            </button>
            <button type="button" className="wp-secondary" onClick={onClose}>
              {tr('practice.wordpress-admin.publish.cancel')}
            </button>
          </div>
          <div className="wp-panel-body">
            <p>
              <strong>{tr('practice.wordpress-admin.publish.ready')}</strong>
            </p>
            <p>{tr('practice.wordpress-admin.publish.check')}</p>
            <p>
              {tr('practice.wordpress-admin.publish.visibility')}{' '}
              <strong>{tr('practice.wordpress-admin.publish.public')}</strong>
            </p>
            <p>
              {tr('practice.wordpress-admin.publish.when')}{' '}
              <strong>{tr('practice.wordpress-admin.publish.now')}</strong>
            </p>
          </div>
        </>
      )}
    </section>
  );
}
