import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

export const MICS = ['mic.builtin', 'mic.headset', 'mic.webcam'] as const;
const CAMERAS = ['camera.builtin', 'camera.usb'] as const;

export interface Devices {
  micOn: boolean;
  camOn: boolean;
  mic: (typeof MICS)[number];
  /** A micro chosen in the list while its (pretend) meter moved: the volunteer checked it. */
  micTested: boolean;
}

interface Props {
  lang: Lang;
  kind: 'audio' | 'video';
  /** Refused in the browser's prompt: Jitsi lists no device and says why. */
  allowed: boolean | null;
  devices: Devices;
  onDevices(devices: Devices): void;
}

/** The pretend sound meter: bars that move as if the volunteer spoke (still when motion is reduced). */
export function Meter({ lang }: { lang: Lang }) {
  return (
    <span className="jm-meter" role="img" aria-label={t(lang, 'practice.jitsi-meet.meter')}>
      {[1, 2, 3, 4, 5].map((bar) => (
        <span key={bar} />
      ))}
    </span>
  );
}

/** What the small arrow beside the micro or the camera opens: the devices to choose from. */
export function DeviceMenu({ lang, kind, allowed, devices, onDevices }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const label = tr(kind === 'audio' ? 'practice.jitsi-meet.audio-settings' : 'practice.jitsi-meet.video-settings');
  if (!allowed) {
    return (
      <section className="jm-menu" aria-label={label}>
        <p>{tr('practice.jitsi-meet.no-permission')}</p>
      </section>
    );
  }
  return (
    <section className="jm-menu" aria-label={label}>
      <fieldset>
        <legend>{tr(kind === 'audio' ? 'practice.jitsi-meet.microphone' : 'practice.jitsi-meet.camera')}</legend>
        {(kind === 'audio' ? MICS : CAMERAS).map((device, index) => (
          <label key={device} className="jm-device">
            <input
              type="radio"
              name={`jm-${kind}`}
              defaultChecked={kind === 'audio' ? devices.mic === device : index === 0}
              onClick={() =>
                kind === 'audio' && onDevices({ ...devices, mic: device as Devices['mic'], micTested: true })
              }
            />
            <span>{tr(`practice.jitsi-meet.${device}`)}</span>
            {kind === 'audio' && devices.mic === device && devices.micOn && <Meter lang={lang} />}
          </label>
        ))}
      </fieldset>
      {kind === 'audio' && (
        <p className="jm-menu-note" role="status">
          {devices.micTested ? tr('practice.jitsi-meet.mic-tested') : tr('practice.jitsi-meet.speak')}
        </p>
      )}
    </section>
  );
}
