import { useEffect, useState } from 'react';
import { t } from '../../../../utils/i18n';
import type { SpaceProps } from '../../space-api';
import { type Devices, MICS } from './jm-devices';
import { Meeting } from './jm-meeting';
import { Permission } from './jm-permission';
import { Prejoin } from './jm-prejoin';
import './jitsi-meet.css';
import './jm-devices.css';
import './jm-meeting.css';

type Screen = 'prejoin' | 'meeting' | 'left';

/** The meeting's link, as the browser's address bar shows it (the invite tip says to copy it). */
export const ROOM_URL = 'meet.jit.si/AssembleeAmisDuQuartier';

/**
 * An imitation of Jitsi Meet: the screen before joining (name, micro, camera), then the meeting
 * with its toolbar. No camera or micro is ever opened: the preview and the sound meter pretend.
 * Labels and the join button's data-testid are Jitsi's own, so the built-in guides find them.
 */
export default function JitsiMeetSpace({ lang, record, context }: SpaceProps) {
  const [screen, setScreen] = useState<Screen>(context === 'meeting' ? 'meeting' : 'prejoin');
  const [allowed, setAllowed] = useState<boolean | null>(context === 'meeting' ? true : null);
  const [name, setName] = useState('');
  const [devices, setDevices] = useState<Devices>({ micOn: true, camOn: true, mic: MICS[0], micTested: false });

  // The screen-sharing guide happens in a meeting: the volunteer is let in, as after joining.
  useEffect(() => {
    if (context !== 'meeting') return;
    setAllowed((before) => before ?? true);
    setScreen('meeting');
  }, [context]);

  const join = () => {
    const on = allowed === true;
    record({
      type: 'joined',
      name: name.trim(),
      camera: on && devices.camOn,
      micro: on && devices.micOn,
      micTested: devices.micTested,
    });
    setScreen('meeting');
  };

  return (
    <div className="jm-space" lang={lang}>
      <p className="jm-addressbar">{ROOM_URL}</p>
      {allowed === null && screen === 'prejoin' && <Permission lang={lang} onAnswer={setAllowed} />}
      {screen === 'prejoin' && (
        <Prejoin
          lang={lang}
          name={name}
          onName={setName}
          allowed={allowed}
          onAsk={() => setAllowed(null)}
          devices={devices}
          onDevices={setDevices}
          onJoin={join}
        />
      )}
      {screen === 'meeting' && (
        <Meeting
          lang={lang}
          name={name}
          devices={allowed ? devices : { ...devices, micOn: false, camOn: false }}
          onDevices={setDevices}
          onLeave={() => setScreen('left')}
        />
      )}
      {screen === 'left' && (
        <div className="jm-left">
          <h2>{t(lang, 'practice.jitsi-meet.left.title')}</h2>
          <p>{t(lang, 'practice.jitsi-meet.left.text')}</p>
          <button type="button" className="jm-primary" onClick={() => setScreen('prejoin')}>
            {t(lang, 'practice.jitsi-meet.left.rejoin')}
          </button>
        </div>
      )}
    </div>
  );
}
