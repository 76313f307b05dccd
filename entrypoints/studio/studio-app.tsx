import { useMemo, useRef, useState } from 'react';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { draftErrors } from '../../utils/studio/draft-errors';
import { emptyGuide, emptyTip, emptyWord, type StudioDraft } from '../../utils/studio/draft-model';
import type { DraftExport } from '../../utils/studio/export-draft';
import { ErrorSummary } from './error-summary';
import { GuideEditor } from './guide-editor';
import { PackSection } from './pack-section';
import { StudioActions } from './studio-actions';
import { removeAt, replaceAt, StudioFormContext } from './studio-form';
import { StudioShare } from './studio-share';
import { TipEditor } from './tip-editor';
import { useStudioDraft } from './use-studio-draft';
import { WordEditor } from './word-editor';

/** The mentor studio: a tip pack made with a form, kept as it is typed, exported as a file Déclic accepts. */
export function StudioApp() {
  const { lang, tr } = useLang();
  const { draft, saved, change } = useStudioDraft();
  // Mistakes show once the mentor has tried to export, then follow what they type.
  const [checked, setChecked] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  useDocumentLang(lang, tr('studio.title'));

  const errors = useMemo(() => (checked && draft ? draftErrors(draft, lang) : []), [checked, draft, lang]);
  const form = useMemo(() => {
    const byField = new Map<string, string>();
    for (const error of errors)
      byField.set(error.field, [byField.get(error.field), error.message].filter(Boolean).join(' '));
    return { lang, languages: draft?.languages ?? 'fr', errorOf: (field: string) => byField.get(field) };
  }, [errors, lang, draft?.languages]);

  const onChecked = (result: DraftExport) => {
    setChecked(true);
    setRefused(result.ok ? [] : result.refused);
    if (!result.ok) requestAnimationFrame(() => summary.current?.focus());
  };
  const edit = (next: StudioDraft) => {
    setRefused([]);
    change(next);
  };

  return (
    <main lang={lang} aria-busy={draft === null}>
      <h1>{tr('studio.title')}</h1>
      <p>{tr('studio.intro')}</p>
      {draft ? (
        <StudioFormContext.Provider value={form}>
          {saved === 'refused' ? (
            <p role="alert" className="alert">
              {tr('studio.not-saved')}
            </p>
          ) : (
            <p className="muted">{saved ? tr('studio.saved') : tr('studio.saving')}</p>
          )}
          <PackSection draft={draft} onChange={edit} />

          <section aria-labelledby="studio-tips">
            <h2 id="studio-tips">{tr('studio.tips')}</h2>
            {draft.tips.map((tip, index) => (
              <TipEditor
                key={tip.key}
                tip={tip}
                index={index}
                onChange={(next) => edit({ ...draft, tips: replaceAt(draft.tips, index, next) })}
                onRemove={() => edit({ ...draft, tips: removeAt(draft.tips, index) })}
              />
            ))}
            <button type="button" onClick={() => edit({ ...draft, tips: [...draft.tips, emptyTip(lastTool(draft))] })}>
              {tr('studio.add-tip')}
            </button>
          </section>

          <section aria-labelledby="studio-words">
            <h2 id="studio-words">{tr('studio.words')}</h2>
            <p className="muted">{tr('studio.words-intro')}</p>
            {draft.words.map((word, index) => (
              <WordEditor
                key={word.key}
                word={word}
                index={index}
                onChange={(next) => edit({ ...draft, words: replaceAt(draft.words, index, next) })}
                onRemove={() => edit({ ...draft, words: removeAt(draft.words, index) })}
              />
            ))}
            <button type="button" onClick={() => edit({ ...draft, words: [...draft.words, emptyWord()] })}>
              {tr('studio.add-word')}
            </button>
          </section>

          <section aria-labelledby="studio-guides">
            <h2 id="studio-guides">{tr('studio.guides')}</h2>
            <p className="muted">{tr('studio.guides-intro')}</p>
            {draft.guides.map((guide, index) => (
              <GuideEditor
                key={guide.key}
                guide={guide}
                index={index}
                onChange={(next) => edit({ ...draft, guides: replaceAt(draft.guides, index, next) })}
                onRemove={() => edit({ ...draft, guides: removeAt(draft.guides, index) })}
              />
            ))}
            <button
              type="button"
              onClick={() => edit({ ...draft, guides: [...draft.guides, emptyGuide(lastTool(draft))] })}
            >
              {tr('studio.add-guide')}
            </button>
          </section>

          <ErrorSummary ref={summary} errors={errors} refused={refused} />
          <StudioActions draft={draft} onChange={edit} onChecked={onChecked} />
          <StudioShare draft={draft} />
        </StudioFormContext.Provider>
      ) : null}
    </main>
  );
}

/** A new tip or guide starts on the tool of the last one: a pack is often about one tool. */
const lastTool = (draft: StudioDraft): string => draft.tips.at(-1)?.tool ?? draft.guides.at(-1)?.tool ?? '';
