import { type FileSize, measureBundle } from '../../packages/widget/scripts/bundle-size.mjs';
import type { Figure } from './stats.js';

const figure = (name: string, size: FileSize): Figure => ({
  name,
  value: size.gzip / 1024,
  unit: 'KiB',
  target: { value: size.budget / 1024, higherIsBetter: false },
});

/**
 * What a partner page downloads, measured as `pnpm --filter @mm/widget size` does (gzip -9 of the built
 * files, against the same budgets): the bundle, and the largest of the locale chunks it loads lazily.
 */
export async function benchWidgetSize(): Promise<Figure[]> {
  const { bundle, locales } = await measureBundle();
  const largest = locales.reduce<FileSize | undefined>(
    (max, locale) => (max && max.gzip >= locale.gzip ? max : locale),
    undefined,
  );
  const english = locales.find((locale) => locale.file.endsWith('/en.js'));
  return [
    figure(`widget ${bundle.file} (min+gzip -9)`, bundle),
    // Every catalogue is a chunk, English too: what an English-speaking visitor downloads in all.
    ...(english
      ? [
          {
            name: 'a visit in English: the bundle and en.js (gzip -9)',
            value: (bundle.gzip + english.gzip) / 1024,
            unit: 'KiB',
          },
        ]
      : []),
    largest
      ? figure(`largest locale chunk ${largest.file} (gzip -9)`, largest)
      : { name: 'largest locale chunk: none in dist/locales', value: 0, unit: 'KiB' },
  ];
}
