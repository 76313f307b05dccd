import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { Devices } from './jm-devices';
import { Icon } from './jm-icons';
import { type Share, SharePicker } from './jm-share-picker';

interface Props {
  lang: Lang;
  name: string;
  devices: Devices;
  onDevices(devices: Devices): void;
  onLeave(): void;
}

const OTHERS = ['Dominique', 'Karim'];

/** The meeting: everyone's tiles, the toolbar at the bottom (micro, camera, screen, hand, leave). */
export function Meeting({ lang, name, devices, onDevices, onLeave }: Props) {
  const tr = (key: MessageKey, vars?: Record<string, string>) => t(lang, key, vars);
  const [picking, setPicking] = useState(false);
  const [shared, setShared] = useState<Share | null>(null);
  const [hand, setHand] = useState(false);
  const me = name.trim() || tr('practice.jitsi-meet.me');
  const { micOn, camOn } = devices;
  const shareButton = () => (shared ? setShared(null) : setPicking(true));
  return (
    <div id="videoconference_page" className="jm-meeting">
      {shared && (
        <p className="jm-share-bar" role="status">
          {tr('practice.jitsi-meet.sharing', { what: tr(`practice.jitsi-meet.${shared}`) })}
          <button type="button" className="jm-browser-button" onClick={() => setShared(null)}>
            {tr('practice.jitsi-meet.stop-sharing-bar')}
          </button>
        </p>
      )}
      <div id="largeVideoContainer" className="jm-stage">
        {shared ? (
          <div
            className={`jm-shared jm-thumb-${shared.slice(6)}`}
            role="img"
            aria-label={tr(`practice.jitsi-meet.${shared}`)}
          />
        ) : null}
        <ul className="jm-tiles" aria-label={tr('practice.jitsi-meet.participants')}>
          {[me, ...OTHERS].map((who, index) => (
            <li key={who} className={`jm-tile${index === 0 && camOn ? ' jm-preview-on' : ''}`}>
              {index === 0 && camOn ? (
                <span className="jm-person jm-tile-person" aria-hidden="true" />
              ) : (
                <span className="jm-tile-avatar" aria-hidden="true">
                  {who[0]?.toUpperCase()}
                </span>
              )}
              <span className="jm-tile-name">
                {who}
                {index === 0 && hand && ' ✋'}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div id="new-toolbox" className="jm-toolbox" role="toolbar" aria-label={tr('practice.jitsi-meet.toolbar')}>
        <button
          type="button"
          className={`jm-tool${micOn ? '' : ' jm-off'}`}
          aria-label={tr(micOn ? 'practice.jitsi-meet.mute' : 'practice.jitsi-meet.unmute')}
          title={tr(micOn ? 'practice.jitsi-meet.mute' : 'practice.jitsi-meet.unmute')}
          onClick={() => onDevices({ ...devices, micOn: !micOn })}
        >
          <Icon name="mic" off={!micOn} />
        </button>
        <button
          type="button"
          className={`jm-tool${camOn ? '' : ' jm-off'}`}
          aria-label={tr(camOn ? 'practice.jitsi-meet.stop-camera' : 'practice.jitsi-meet.start-camera')}
          title={tr(camOn ? 'practice.jitsi-meet.stop-camera' : 'practice.jitsi-meet.start-camera')}
          onClick={() => onDevices({ ...devices, camOn: !camOn })}
        >
          <Icon name="camera" off={!camOn} />
        </button>
        <button
          type="button"
          className={`jm-tool${shared ? ' jm-on' : ''}`}
          aria-label={tr(shared ? 'practice.jitsi-meet.stop-share' : 'practice.jitsi-meet.share')}
          title={tr(shared ? 'practice.jitsi-meet.stop-share' : 'practice.jitsi-meet.share')}
          onClick={shareButton}
        >
          <Icon name="screen" />
        </button>
        <button
          type="button"
          className={`jm-tool${hand ? ' jm-on' : ''}`}
          aria-label={tr(hand ? 'practice.jitsi-meet.lower-hand' : 'practice.jitsi-meet.raise-hand')}
          title={tr(hand ? 'practice.jitsi-meet.lower-hand' : 'practice.jitsi-meet.raise-hand')}
          onClick={() => setHand(!hand)}
        >
          <Icon name="hand" />
        </button>
        <button
          type="button"
          className="jm-tool jm-hangup"
          aria-label={tr('practice.jitsi-meet.hangup')}
          title={tr('practice.jitsi-meet.hangup')}
          onClick={onLeave}
        >
          <Icon name="hangup" />
        </button>
      </div>
      {picking && (
        <SharePicker
          lang={lang}
          onShare={(choice) => {
            setShared(choice);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </div>
  );
}
