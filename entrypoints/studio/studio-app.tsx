import { useMemo, useRef, useState } from 'react';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { draftErrors } from '../../utils/studio/draft-errors';
import { emptyGuide, emptyTip, emptyWord, type StudioDraft } from '../../utils/studio/draft-model';
import type { DraftExport } from '../../utils/studio/export-draft';
import { ErrorSummary } from './error-summary';
import { GuideEditor } from './guide-editor';
import { ItemSection } from './item-section';
import { PackSection } from './pack-section';
import { StudioActions } from './studio-actions';
import { StudioFormContext } from './studio-form';
import { StudioShare } from './studio-share';
import { StudioTry } from './studio-try';
import { TipEditor } from './tip-editor';
import { PointingContext, usePointing } from './use-pointing';
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
  const pointing = usePointing(lang, draft, (next) => edit(next));
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
          <PointingContext.Provider value={pointing}>
            {saved === 'refused' ? (
              <p role="alert" className="alert">
                {tr('studio.not-saved')}
              </p>
            ) : (
              <p className="muted">{saved ? tr('studio.saved') : tr('studio.saving')}</p>
            )}
            <PackSection draft={draft} onChange={edit} />
            <StudioTry draft={draft} onChecked={onChecked} />

            <ItemSection
              id="studio-tips"
              title={tr('studio.tips')}
              items={draft.tips}
              addLabel={tr('studio.add-tip')}
              make={() => emptyTip(lastTool(draft))}
              onChange={(tips) => edit({ ...draft, tips })}
              editor={(tip, index, onChange, onRemove) => (
                <TipEditor key={tip.key} tip={tip} index={index} onChange={onChange} onRemove={onRemove} />
              )}
            />
            <ItemSection
              id="studio-words"
              title={tr('studio.words')}
              intro={tr('studio.words-intro')}
              items={draft.words}
              addLabel={tr('studio.add-word')}
              make={emptyWord}
              onChange={(words) => edit({ ...draft, words })}
              editor={(word, index, onChange, onRemove) => (
                <WordEditor key={word.key} word={word} index={index} onChange={onChange} onRemove={onRemove} />
              )}
            />
            <ItemSection
              id="studio-guides"
              title={tr('studio.guides')}
              intro={tr('studio.guides-intro')}
              items={draft.guides}
              addLabel={tr('studio.add-guide')}
              make={() => emptyGuide(lastTool(draft))}
              onChange={(guides) => edit({ ...draft, guides })}
              editor={(guide, index, onChange, onRemove) => (
                <GuideEditor key={guide.key} guide={guide} index={index} onChange={onChange} onRemove={onRemove} />
              )}
            />

            <ErrorSummary ref={summary} errors={errors} refused={refused} />
            <StudioActions draft={draft} onChange={edit} onChecked={onChecked} onReplaced={() => setChecked(false)} />
            <StudioShare draft={draft} />
          </PointingContext.Provider>
        </StudioFormContext.Provider>
      ) : null}
    </main>
  );
}

/** A new tip or guide starts on the tool of the last one: a pack is often about one tool. */
const lastTool = (draft: StudioDraft): string => draft.tips.at(-1)?.tool ?? draft.guides.at(-1)?.tool ?? '';
