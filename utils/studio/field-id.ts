/** The id of a studio field (its input or control): mistakes are shown on it and link to it. */
export const fieldId = (...parts: (string | number)[]): string => parts.join('-');
