/** `packId/itemId`: the key of everything a volunteer does with a pack's tip, word or guide. */
export const itemKey = (packId: string, itemId: string) => `${packId}/${itemId}`;
