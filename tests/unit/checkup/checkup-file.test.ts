import { describe, expect, it } from 'vitest';
import { checkupFile, readCheckupFile } from '../../../utils/checkup/checkup-file';
import type { Checkup } from '../../../utils/checkup/checkup-record';

const kept: Checkup[] = [
  { startedAt: 2_000, finishedAt: 3_000, association: 'Les Amis du Parc', answers: { 'safety-2fa': 'no' } },
  { startedAt: 1_000, finishedAt: 1_500, answers: { 'safety-2fa': 'unknown' } },
];

describe('the check-up file', () => {
  it('is named by the day and reads back the same check-ups', () => {
    const file = checkupFile(kept, Date.UTC(2026, 11, 2, 10));
    expect(file.name).toBe('diagnostic-association-2026-12-02.json');
    expect(readCheckupFile(file.text)).toEqual({ ok: true, checkups: kept });
    expect(readCheckupFile(`\uFEFF${file.text}`)).toEqual({ ok: true, checkups: kept });
  });

  it('tells a file that is not JSON, not a check-up, or damaged apart', () => {
    expect(readCheckupFile('{ broken')).toEqual({ ok: false, problem: 'not-json' });
    expect(readCheckupFile('{"schemaVersion":1,"id":"a-pack"}')).toEqual({ ok: false, problem: 'not-checkup' });
    const damaged = JSON.parse(checkupFile(kept, 0).text);
    damaged.checkups[0].answers['safety-2fa'] = 'maybe';
    expect(readCheckupFile(JSON.stringify(damaged))).toEqual({ ok: false, problem: 'damaged' });
    expect(readCheckupFile('{"format":"declic-checkup","version":1,"checkups":[]}')).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });
});
