import { useEffect, useRef, useState } from 'react';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { useStorageItem } from '../../hooks/use-storage-item';
import { dateInWords } from '../../utils/date-in-words';
import type { DiagnosticResult } from '../../utils/diagnostics/diagnostic-schema';
import { type Answers, scoreDiagnostic } from '../../utils/diagnostics/diagnostic-score';
import { volunteerQuestions as questions } from '../../utils/diagnostics/volunteer-questions';
import { sendMessage } from '../../utils/messaging/protocol';
import { installedPacks } from '../../utils/packs/builtin-packs';
import type { Pack } from '../../utils/packs/pack-schema';
import { diagnosticItem } from '../../utils/storage/local-items';
import { DiagnosticQuestion } from './diagnostic-question';
import { DiagnosticResults } from './diagnostic-results';
import './diagnostic.css';

type Step = 'intro' | number | 'results';

/**
 * « Où en suis-je ? »: a few everyday questions, one at a time, then each Pix area in words, a
 * level to choose and three guides to start with. Only the result is kept, on this device.
 */
export function DiagnosticApp() {
  const { lang, tr } = useLang();
  const { loaded } = useSettings();
  const [last] = useStorageItem(diagnosticItem, null);
  const [packs, setPacks] = useState<Pack[] | undefined>(undefined);
  const [step, setStep] = useState<Step>('intro');
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<DiagnosticResult | null>(null);
  const [saved, setSaved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus follows the volunteer's own moves only, never the first render.
  const moveFocus = useRef(false);
  useDocumentLang(lang, `${tr('diagnostic.title')} – Déclic`);

  useEffect(() => {
    // The proposals come from Déclic's own packs (the built-in ones, as the volunteer left them on).
    void installedPacks().then((all) =>
      setPacks(all.filter((entry) => entry.source === 'builtin' && entry.enabled).map((entry) => entry.pack)),
    );
  }, []);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    headingRef.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    moveFocus.current = true;
    setStep(next);
  };
  const finish = () => {
    const found = scoreDiagnostic(questions, answers);
    setResult(found);
    setSaved(false);
    go('results');
    void sendMessage('saveDiagnostic', found).then(setSaved);
  };
  const question = typeof step === 'number' ? questions[step] : undefined;
  const restart = () => {
    setAnswers({});
    setResult(null);
    go(0);
  };

  return (
    <main lang={lang} aria-busy={!loaded || packs === undefined} className="diagnostic">
      <h1>{tr('diagnostic.title')}</h1>
      {step === 'intro' ? (
        <section aria-labelledby="diagnostic-intro">
          <h2 id="diagnostic-intro" ref={headingRef} tabIndex={-1}>
            {tr('diagnostic.intro-title')}
          </h2>
          <p className="lead">{tr('diagnostic.lead')}</p>
          <ul>
            <li>{tr('diagnostic.about.time')}</li>
            <li>{tr('diagnostic.about.no-marks')}</li>
            <li>{tr('diagnostic.about.dont-know')}</li>
            <li>{tr('diagnostic.about.private')}</li>
          </ul>
          {last ? <p>{tr('diagnostic.last', { date: dateInWords(lang, last.at) })}</p> : null}
          <button type="button" className="primary" onClick={() => go(0)}>
            {tr('diagnostic.start')}
          </button>
        </section>
      ) : null}
      {typeof step === 'number' && question ? (
        <DiagnosticQuestion
          key={question.id}
          lang={lang}
          headingRef={headingRef}
          number={step + 1}
          question={question}
          total={questions.length}
          chosen={answers[question.id]}
          onChoose={(id) => setAnswers((all) => ({ ...all, [question.id]: id }))}
          onPrevious={() => go(step === 0 ? 'intro' : step - 1)}
          onNext={() => (step + 1 < questions.length ? go(step + 1) : finish())}
        />
      ) : null}
      {step === 'results' && result ? (
        <DiagnosticResults
          lang={lang}
          headingRef={headingRef}
          result={result}
          packs={packs ?? []}
          saved={saved}
          onAgain={restart}
        />
      ) : null}
    </main>
  );
}
