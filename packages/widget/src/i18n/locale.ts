import type { Messages } from './en.js';

export type { Messages };

/** The widget's own language: the one its words are written in, and the fallback. */
export const SOURCE_LOCALE = 'en-AU';

// Every catalogue, English included, is a chunk of its own: a page loads only the language it shows.
const CATALOGUES: Readonly<Record<string, () => Promise<Messages>>> = {
  en: async () => (await import('./en.js')).en,
  zh: async () => (await import('./zh-hans.js')).zhHans,
};

const language = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The locale to speak and format in: the asked-for one when the widget has its language
 * (any Chinese gets the Simplified catalogue), else English (Australia).
 */
export const supportedLocale = (tag: string): string => (language(tag) in CATALOGUES ? tag.trim() : SOURCE_LOCALE);

export const loadMessages = (locale: string): Promise<Messages> =>
  (CATALOGUES[language(locale)] ?? CATALOGUES.en ?? Promise.reject)();
