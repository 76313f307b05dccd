/**
 * Sentences allowed past 15 words, each with its reason (the text check's short allow-list). A
 * sentence is matched by its start. Keep this list short: most long sentences can be cut.
 */
export const LONG_SENTENCES: { starts: string; why: string }[] = [];
