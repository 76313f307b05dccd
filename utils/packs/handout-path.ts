/** The extension path of a guide's big-print handout (entrypoints/handout/), by its `packId/guideId` key. */
export const handoutPath = (guideKey: string): string => `/handout.html?${new URLSearchParams({ guide: guideKey })}`;
