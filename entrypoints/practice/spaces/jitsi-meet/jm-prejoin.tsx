import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { DeviceMenu, type Devices } from './jm-devices';
import { Icon } from './jm-icons';
import { Preview } from './jm-preview';

interface Props {
  lang: Lang;
  name: string;
  onName(name: string): void;
  /** The browser's answer: null while it still asks. */
  allowed: boolean | null;
  onAsk(): void;
  devices: Devices;
  onDevices(devices: Devices): void;
  onJoin(): void;
}

/** Jitsi's screen before the meeting: the preview, the name field, micro and camera with their arrows, and the join button. */
export function Prejoin({ lang, name, onName, allowed, onAsk, devices, onDevices, onJoin }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const [menu, setMenu] = useState<'audio' | 'video' | null>(null);
  const toggle = (kind: 'audio' | 'video') => setMenu(menu === kind ? null : kind);
  const { micOn, camOn } = devices;
  return (
    <div id="premeeting-screen" className="jm-prejoin">
      <Preview lang={lang} name={name} on={!!allowed && camOn} />
      <div className="jm-prejoin-box" data-testid="prejoin.screen">
        <h2>{tr('practice.jitsi-meet.join-meeting')}</h2>
        <p className="jm-room">AssembleeAmisDuQuartier</p>
        <input
          id="premeeting-name-input"
          className="jm-input"
          autoComplete="name"
          aria-label={tr('practice.jitsi-meet.enter-name')}
          placeholder={tr('practice.jitsi-meet.enter-name')}
          value={name}
          onChange={(e) => onName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onJoin()}
        />
        <button type="button" className="jm-primary jm-join" data-testid="prejoin.joinMeeting" onClick={onJoin}>
          {tr('practice.jitsi-meet.join-meeting')}
        </button>
        {allowed === false && (
          <p className="jm-warning">
            {tr('practice.jitsi-meet.blocked')}{' '}
            <button type="button" className="jm-link" onClick={onAsk}>
              {tr('practice.jitsi-meet.ask-again')}
            </button>
          </p>
        )}
        <div className="jm-toolbox" role="toolbar" aria-label={tr('practice.jitsi-meet.toolbar')}>
          <div className="jm-split">
            <button
              type="button"
              className={`jm-tool${micOn && allowed ? '' : ' jm-off'}`}
              aria-label={tr(micOn ? 'practice.jitsi-meet.mute' : 'practice.jitsi-meet.unmute')}
              title={tr(micOn ? 'practice.jitsi-meet.mute' : 'practice.jitsi-meet.unmute')}
              onClick={() => onDevices({ ...devices, micOn: !micOn })}
            >
              <Icon name="mic" off={!(micOn && allowed)} />
            </button>
            <button
              type="button"
              className="jm-arrow"
              aria-label={tr('practice.jitsi-meet.audio-settings')}
              title={tr('practice.jitsi-meet.audio-settings')}
              aria-expanded={menu === 'audio'}
              onClick={() => toggle('audio')}
            >
              <Icon name="chevron" />
            </button>
          </div>
          <div className="jm-split">
            <button
              type="button"
              className={`jm-tool${camOn && allowed ? '' : ' jm-off'}`}
              aria-label={tr(camOn ? 'practice.jitsi-meet.stop-camera' : 'practice.jitsi-meet.start-camera')}
              title={tr(camOn ? 'practice.jitsi-meet.stop-camera' : 'practice.jitsi-meet.start-camera')}
              onClick={() => onDevices({ ...devices, camOn: !camOn })}
            >
              <Icon name="camera" off={!(camOn && allowed)} />
            </button>
            <button
              type="button"
              className="jm-arrow"
              aria-label={tr('practice.jitsi-meet.video-settings')}
              title={tr('practice.jitsi-meet.video-settings')}
              aria-expanded={menu === 'video'}
              onClick={() => toggle('video')}
            >
              <Icon name="chevron" />
            </button>
          </div>
        </div>
        {menu && <DeviceMenu lang={lang} kind={menu} allowed={allowed} devices={devices} onDevices={onDevices} />}
      </div>
    </div>
  );
}
