import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStorageItem } from '../../hooks/use-storage-item';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import type { PracticeSpace } from '../../utils/practice/spaces';
import { NO_PRACTICE, practiceItem } from '../../utils/storage/local-items';
import { toolById } from '../../utils/tools/registry';
import { ExerciseList, type Tried } from './exercise-list';
import { exercisesOf } from './exercises';
import { GuideChoices } from './guide-choices';
import { type PracticeGuideRun, runPracticeGuide } from './practice-guide';
import { guidesFor, type PracticeGuide } from './practice-guides';
import { RealTool } from './real-tool';
import type { PracticeEvent } from './space-api';
import { spaceComponents } from './space-components';

interface Props {
  lang: Lang;
  space: PracticeSpace;
  packs: readonly InstalledPack[];
  /** A guide to start at once (« S'entraîner d'abord » from the coach). */
  startGuide: string | null;
}

const quiet = () => undefined;

/** One practice space: what it imitates, its exercises and guides, and the imitation itself. */
export function SpacePage({ lang, space, packs, startGuide }: Props) {
  const tool = toolById(space.tool)?.names[lang] ?? space.tool;
  const Space = spaceComponents[space.tool];
  const exercises = exercisesOf[space.tool];
  const guides = useMemo(() => guidesFor(packs, space.tool), [packs, space.tool]);
  const [progress] = useStorageItem(practiceItem, NO_PRACTICE);
  const [tried, setTried] = useState<Tried>({});
  const [running, setRunning] = useState<string | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  const run = useRef<PracticeGuideRun | null>(null);
  // The screen the running guide works on (the editor, the meeting…): the imitation goes there.
  const context = guides.find((entry) => entry.key === running)?.guide.contexts?.[0];
  const choicesRef = useRef<HTMLHeadingElement>(null);
  const spaceRef = useRef<HTMLElement>(null);

  const record = useCallback(
    (event: PracticeEvent) => {
      for (const exercise of exercises) {
        const done = exercise.check(event);
        if (done === null) continue;
        setTried((before) => ({ ...before, [exercise.id]: done }));
        void sendMessage('practiceProgress', { kind: 'exercise', id: exercise.id, done }).catch(quiet);
      }
    },
    [exercises],
  );

  const start = useCallback(
    (entry: PracticeGuide) => {
      run.current?.stop();
      setFinished(null);
      setRunning(entry.key);
      run.current = runPracticeGuide(
        lang,
        entry,
        {
          ended: (done) => {
            run.current = null;
            setRunning(null);
            if (done) {
              setFinished(entry.key);
              void sendMessage('practiceProgress', { kind: 'guide', key: entry.key }).catch(quiet);
            }
            // Back where the volunteer chose the guide, where the result is said.
            choicesRef.current?.focus();
          },
          feedback: (step, verdict) =>
            void sendMessage('practiceProgress', { kind: 'feedback', key: entry.key, step, verdict }).catch(quiet),
        },
        spaceRef.current ?? document.body,
      );
    },
    [lang],
  );

  // « S'entraîner d'abord »: the guide starts once the imitation is on the page.
  const [spaceReady, setSpaceReady] = useState(false);
  const asked = useRef(startGuide);
  useEffect(() => {
    const entry = spaceReady && guides.find((guide) => guide.key === asked.current);
    if (!entry) return;
    asked.current = null;
    start(entry);
  }, [spaceReady, guides, start]);
  useEffect(() => () => run.current?.stop(), []);

  return (
    <>
      <header className="practice-banner" lang={lang}>
        <p>
          <strong>{t(lang, 'practice.banner.title')}</strong> {t(lang, 'practice.banner', { tool })}
        </p>
        <a href="practice.html">{t(lang, 'practice.all')}</a>
      </header>
      <main lang={lang} className="practice-space-page" aria-busy={!spaceReady}>
        <div className="practice-side">
          <h1>{t(lang, 'practice.space.title', { tool })}</h1>
          <ExerciseList lang={lang} exercises={exercises} tried={tried} progress={progress} />
          <GuideChoices
            lang={lang}
            guides={guides}
            practised={progress.guides}
            running={running}
            finished={finished}
            headingRef={choicesRef}
            onStart={start}
          />
          <RealTool lang={lang} space={space} tool={tool} />
        </div>
        <section ref={spaceRef} className="practice-space" aria-label={t(lang, 'practice.space.label', { tool })}>
          <Suspense fallback={<p>{t(lang, 'practice.loading')}</p>}>
            <SpaceMounted onMounted={() => setSpaceReady(true)}>
              <Space lang={lang} record={record} context={context} />
            </SpaceMounted>
          </Suspense>
        </section>
      </main>
    </>
  );
}

/** Says when the imitation has rendered (its lazy module arrived): a guide may then look for its steps. */
function SpaceMounted({ children, onMounted }: { children: React.ReactNode; onMounted: () => void }) {
  useEffect(onMounted, []);
  return <>{children}</>;
}
