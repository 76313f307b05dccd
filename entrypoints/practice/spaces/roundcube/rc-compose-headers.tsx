import type { RefObject } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { RC_HEADERS, type RcHeader } from './rc-headers-menu';
import { OWN_IDENTITY } from './roundcube-data';

export type RcFields = Record<'to' | RcHeader | 'subject' | 'body', string>;

interface Props {
  lang: Lang;
  fields: RcFields;
  shown: RcHeader[];
  menuOpen: boolean;
  addRef: RefObject<HTMLAnchorElement | null>;
  onField(name: keyof RcFields, value: string): void;
  onAddHeader(): void;
  onRemove(header: RcHeader): void;
}

/** #compose-headers: De, À with its « + » (#add-header), the rows the menu shows (#compose_bcc…), Objet. */
export function RcComposeHeaders({ lang, fields, shown, menuOpen, addRef, onField, onAddHeader, onRemove }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const input = (name: 'to' | RcHeader) => (
    <input
      id={`_${name}`}
      type="text"
      className="form-control"
      value={fields[name]}
      onChange={(event) => onField(name, event.target.value)}
      aria-required={name === 'to' || undefined}
    />
  );
  return (
    <section id="compose-headers" aria-labelledby="rc-compose-headers-title">
      <h2 id="rc-compose-headers-title" className="voice">
        {tr('practice.roundcube.ui.headers')}
      </h2>
      <div id="compose_from" className="form-group row">
        <label htmlFor="_from" className="col-form-label">
          {tr('practice.roundcube.ui.from')}
        </label>
        <select id="_from" className="custom-select">
          <option>{OWN_IDENTITY}</option>
        </select>
      </div>
      <div id="compose_to" className="form-group row">
        <label htmlFor="_to" className="col-form-label">
          {tr('practice.roundcube.ui.to')}
        </label>
        <div className="input-group">
          {input('to')}
          {/* biome-ignore lint/a11y/useValidAnchor: Roundcube's own link, which its guide looks for (href="#add-header") */}
          <a
            ref={addRef}
            href="#add-header"
            className="input-group-text icon add"
            title={tr('practice.roundcube.ui.addheader')}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={(event) => {
              event.preventDefault();
              onAddHeader();
            }}
          >
            <span className="inner">{tr('practice.roundcube.ui.addheader')}</span>
          </a>
        </div>
      </div>
      {RC_HEADERS.filter((header) => shown.includes(header)).map((header) => (
        <div key={header} id={`compose_${header}`} className="form-group row">
          <label htmlFor={`_${header}`} className="col-form-label">
            {tr(`practice.roundcube.ui.${header}` as MessageKey)}
          </label>
          <div className="input-group">
            {input(header)}
            <button
              type="button"
              className="input-group-text icon delete"
              title={tr('practice.roundcube.ui.delete-header')}
              onClick={() => onRemove(header)}
            >
              <span className="inner">{tr('practice.roundcube.ui.delete-header')}</span>
            </button>
          </div>
        </div>
      ))}
      <div id="compose_subject" className="form-group row">
        <label htmlFor="compose-subject" className="col-form-label">
          {tr('practice.roundcube.ui.subject')}
        </label>
        <input
          id="compose-subject"
          type="text"
          className="form-control"
          value={fields.subject}
          onChange={(event) => onField('subject', event.target.value)}
        />
      </div>
    </section>
  );
}
