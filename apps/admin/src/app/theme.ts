import { type CSSVariablesResolver, createTheme, NavLink } from '@mantine/core';

/** Mantine's defaults, adjusted where they fall under WCAG AA's 4.5:1 for text. */
export const consoleTheme = createTheme({
  // White on the default filled shade 6 (blue #228be6) is 3.6:1; on shade 8 it is 5:1.
  primaryShade: { light: 8, dark: 8 },
  components: {
    NavLink: NavLink.extend({
      // The active link's blue.9 text on its hover background (blue.2) is 4:1: keep blue.1 under the pointer too.
      vars: () => ({ root: { '--nl-hover': 'var(--mantine-primary-color-light)' }, children: {} }),
    }),
  },
});

/**
 * Mantine's error red (red.6 on white, 3.3:1) under fields, and its dimmed grey (gray.6,
 * 3.3:1) for descriptions: red.9 and gray.7 read at 7:1 and more.
 */
export const consoleCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
