import { useState } from 'react';
import { t } from '../../../../utils/i18n';
import type { SpaceProps } from '../../space-api';
import { FormEditor } from './gf-editor';
import { type Form, seedForm, summary } from './gf-model';
import { Preview } from './gf-preview';
import './google-forms.css';
import './gf-dialogs.css';
import './gf-question.css';

/**
 * An imitation of Google Forms: the form editor (questions, their type, the « Obligatoire »
 * switch), and « Aperçu », which opens the form as a member sees it in a second (pretend) tab,
 * to fill in and submit. Nothing is sent: a submitted answer stays in the page.
 */
export default function GoogleFormsSpace({ lang, record }: SpaceProps) {
  const [form, setForm] = useState<Form>(() => seedForm(lang, t(lang, 'practice.google-forms.untitled')));
  const [previewOpen, setPreviewOpen] = useState(false);
  const [tab, setTab] = useState<'editor' | 'preview'>('editor');

  const change = (next: Form) => {
    setForm(next);
    record(summary(next, false));
  };
  const preview = () => {
    setPreviewOpen(true);
    setTab('preview');
    record(summary(form, true));
  };
  const tabs: { id: 'editor' | 'preview'; label: string }[] = [
    { id: 'editor', label: t(lang, 'practice.google-forms.tab.editor', { title: form.title }) },
    ...(previewOpen ? [{ id: 'preview' as const, label: form.title }] : []),
  ];

  return (
    <div className="gf-space" lang={lang}>
      <div className="gf-browser-tabs" role="tablist" aria-label={t(lang, 'practice.google-forms.browser-tabs')}>
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`gf-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`gf-panel-${id}`}
            className="gf-browser-tab"
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div id={`gf-panel-${tab}`} role="tabpanel" aria-labelledby={`gf-tab-${tab}`}>
        {tab === 'editor' ? (
          <FormEditor lang={lang} form={form} onChange={change} onPreview={preview} />
        ) : (
          <Preview lang={lang} form={form} />
        )}
      </div>
    </div>
  );
}
