import { useStorageItem } from '../../hooks/use-storage-item';
import { type Lang, t, tn } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { PRACTICE_SPACES, practicePath } from '../../utils/practice/spaces';
import { NO_PRACTICE, practiceItem } from '../../utils/storage/local-items';
import { toolById } from '../../utils/tools/registry';
import { exercisesOf } from './exercises';
import { guidesFor } from './practice-guides';

interface Props {
  lang: Lang;
  packs: readonly InstalledPack[];
  /** The address asked for a space that does not exist. */
  unknown: boolean;
}

/** Every practice space, with what the volunteer already did there. */
export function PracticeList({ lang, packs, unknown }: Props) {
  const [progress] = useStorageItem(practiceItem, NO_PRACTICE);
  return (
    <>
      <h1>{t(lang, 'practice.title')}</h1>
      <p className="lead">{t(lang, 'practice.lead')}</p>
      {unknown ? (
        <p className="alert" role="alert">
          {t(lang, 'practice.unknown')}
        </p>
      ) : null}
      <ul className="plain-list practice-spaces">
        {PRACTICE_SPACES.map((space) => {
          const name = toolById(space.tool)?.names[lang] ?? space.tool;
          const guides = guidesFor(packs, space.tool).filter((entry) => progress.guides[entry.key]).length;
          const exercises = exercisesOf[space.tool].filter((exercise) => progress.exercises[exercise.id]?.done).length;
          return (
            <li key={space.tool} className="card">
              <h2>{name}</h2>
              <p>{t(lang, `practice.kind.${space.kind}`)}</p>
              <p className="muted">
                {guides || exercises
                  ? `${tn(lang, 'practice.progress.guides', guides)} · ${tn(lang, 'practice.progress.exercises', exercises)}`
                  : t(lang, 'practice.progress.none')}
              </p>
              <a className="button-link" href={practicePath(space.tool).slice(1)}>
                {t(lang, 'practice.open', { tool: name })}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
