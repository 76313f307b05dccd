import type { Lang } from '../i18n';
import { asWritten } from '../packs/pack-languages';
import { validatePack } from '../packs/pack-loader';
import type { Pack } from '../packs/pack-schema';
import { draftErrors, type StudioError } from './draft-errors';
import type { StudioDraft } from './draft-model';
import { draftToPack } from './draft-to-pack';

export type DraftExport =
  | { ok: true; draft: StudioDraft; pack: Pack; json: string }
  | { ok: false; errors: StudioError[]; refused: string[] };

/**
 * A draft made into a pack file, or why not. The studio's plain rules first (their words are
 * the mentor's); then the very loader every import goes through, so the studio can never give a
 * mentor a file Déclic refuses. The file is what the loader kept, as the options page exports it
 * (in the languages written: none filled in).
 */
export function exportDraft(draft: StudioDraft, lang: Lang, today: string): DraftExport {
  const errors = draftErrors(draft, lang);
  if (errors.length) return { ok: false, errors, refused: [] };
  const made = draftToPack(draft, today);
  const checked = validatePack(made.data, lang);
  if (!checked.ok) return { ok: false, errors: [], refused: checked.errors };
  return {
    ok: true,
    draft: made.draft,
    pack: checked.pack,
    json: `${JSON.stringify(asWritten(checked.pack), null, 2)}\n`,
  };
}
