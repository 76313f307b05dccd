import { type Lang, t } from '../../../../utils/i18n';

/** The volunteer's initials, as Jitsi's avatar shows them when the camera is off. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');

/**
 * Where the camera's picture would be: a drawing of a person in a room, said to be pretend. The
 * real camera is never opened, even after « Autoriser ».
 */
export function Preview({ lang, name, on }: { lang: Lang; name: string; on: boolean }) {
  return (
    <div className={`jm-preview${on ? ' jm-preview-on' : ''}`}>
      {on ? (
        <>
          <div className="jm-person" role="img" aria-label={t(lang, 'practice.jitsi-meet.preview')} />
          <p className="jm-preview-note">{t(lang, 'practice.jitsi-meet.preview')}</p>
        </>
      ) : (
        <p className="jm-avatar" role="img" aria-label={t(lang, 'practice.jitsi-meet.camera-off')}>
          {initials(name) || '?'}
        </p>
      )}
    </div>
  );
}
