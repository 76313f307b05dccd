import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

/** Drawings standing for photos already on the site: made here, so nothing is fetched. */
const drawing = (sky: string, ground: string, shape: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120"><rect width="160" height="120" fill="${sky}"/><rect y="80" width="160" height="40" fill="${ground}"/>${shape}</svg>`,
  )}`;

const MEDIA = [
  {
    file: 'fete-quartier.jpg',
    src: drawing(
      '#9fd3f5',
      '#6aa84f',
      '<circle cx="130" cy="25" r="14" fill="#f6c343"/><rect x="30" y="50" width="14" height="32" fill="#c0392b"/><rect x="60" y="45" width="14" height="37" fill="#2c6fbb"/>',
    ),
  },
  {
    file: 'atelier-tricot.jpg',
    src: drawing(
      '#f4e1c1',
      '#b07d4f',
      '<circle cx="80" cy="60" r="22" fill="#8e44ad"/><line x1="60" y1="30" x2="100" y2="90" stroke="#555" stroke-width="4"/>',
    ),
  },
  {
    file: 'affiche-vide-grenier.png',
    src: drawing(
      '#fff7d6',
      '#f0b429',
      '<rect x="45" y="15" width="70" height="60" fill="#fff" stroke="#333"/><rect x="55" y="28" width="50" height="8" fill="#333"/>',
    ),
  },
];

interface Props {
  lang: Lang;
  onPick(src: string): void;
  onClose(): void;
}

/** « Médiathèque »: the site's pictures to choose from, in a modal dialog like WordPress's. */
export function MediaLibrary({ lang, onPick, onClose }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  // Not modal: a modal dialog makes the rest of the page inert, and the guide's callout must stay
  // usable while the dialog is open. The focus goes back where it was when it closes.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.show();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="wp-media"
      aria-labelledby="wp-media-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="wp-panel-head">
        <h3 id="wp-media-title">{tr('practice.wordpress-admin.media.title')}</h3>
        <button
          type="button"
          className="wp-icon-button"
          aria-label={tr('practice.wordpress-admin.media.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul className="wp-media-grid">
        {MEDIA.map(({ file, src }) => (
          <li key={file}>
            <button type="button" aria-pressed={chosen === src} onClick={() => setChosen(src)}>
              <img src={src} alt="" />
              <span>{file}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="wp-media-foot">
        <button
          type="button"
          className="wp-primary"
          disabled={!chosen}
          onClick={() => {
            if (chosen) onPick(chosen);
            onClose();
          }}
        >
          {tr('practice.wordpress-admin.media.select')}
        </button>
      </div>
    </dialog>
  );
}
