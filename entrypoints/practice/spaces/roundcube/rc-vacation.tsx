import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

export interface Vacation {
  subject: string;
  reason: string;
  from: string;
  to: string;
  status: 'on' | 'off';
}

/** The managesieve plugin's « Avis d’absence » form: the field names its guide looks for (vacation_*). */
export function RcVacation({ lang, onSave }: { lang: Lang; onSave(vacation: Vacation): void }) {
  const tr = (key: MessageKey) => t(lang, key);
  const [form, setForm] = useState<Vacation>({ subject: '', reason: '', from: '', to: '', status: 'off' });
  const field = (name: keyof Vacation) => ({
    id: `vacation_${name === 'reason' ? 'reason' : name}`,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  const row = (label: MessageKey, id: string, control: React.ReactNode) => (
    <div className="form-group row">
      <label htmlFor={id} className="col-form-label">
        {tr(label)}
      </label>
      <div className="rc-control">{control}</div>
    </div>
  );
  return (
    <form
      id="form"
      className="propform rc-vacation"
      aria-labelledby="rc-vacation-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(form);
      }}
    >
      <h2 id="rc-vacation-title">{tr('practice.roundcube.ui.vacation')}</h2>
      <fieldset>
        <legend>{tr('practice.roundcube.ui.vacation-reply')}</legend>
        {row(
          'practice.roundcube.ui.vacation-subject',
          'vacation_subject',
          <input type="text" name="vacation_subject" className="form-control" {...field('subject')} />,
        )}
        {row(
          'practice.roundcube.ui.vacation-body',
          'vacation_reason',
          <textarea name="vacation_reason" className="form-control" rows={6} {...field('reason')} />,
        )}
        {row(
          'practice.roundcube.ui.vacation-start',
          'vacation_datefrom',
          <input
            type="date"
            name="vacation_datefrom"
            className="form-control"
            {...field('from')}
            id="vacation_datefrom"
          />,
        )}
        {row(
          'practice.roundcube.ui.vacation-end',
          'vacation_dateto',
          <input type="date" name="vacation_dateto" className="form-control" {...field('to')} id="vacation_dateto" />,
        )}
        {row(
          'practice.roundcube.ui.vacation-status',
          'vacation_status',
          <select name="vacation_status" className="custom-select" {...field('status')}>
            <option value="on">{tr('practice.roundcube.ui.vacation-on')}</option>
            <option value="off">{tr('practice.roundcube.ui.vacation-off')}</option>
          </select>,
        )}
      </fieldset>
      <div className="formbuttons">
        <button type="submit" className="btn btn-primary submit">
          {tr('practice.roundcube.ui.save')}
        </button>
      </div>
    </form>
  );
}
