// `pnpm manifest` writes custom-elements.json, the public surface of <mm-booking> read from its class
// and JSDoc, for editors and design tools. The file is committed; CI regenerates it and fails on a diff.
import { readFileSync } from 'node:fs';

/**
 * Keeps a class's private state out of the manifest: its private members, the attributes the lit
 * plugin derives from `static properties` entries that are `state: true` (it does not read `state`),
 * and events it found only in code, not in an `@event` tag (`dispatchEvent(new CustomEvent(name))` in
 * a helper would be listed as an event called "name").
 * @type {import('@custom-elements-manifest/analyzer').Plugin}
 */
const publicSurfaceOnly = {
  name: 'mm-public-surface-only',
  moduleLinkPhase({ moduleDoc }) {
    for (const declaration of moduleDoc.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      /** @param {{ name: string, privacy?: string }} member */
      const hidden = (member) => member.privacy === 'private' || member.name.startsWith('#');
      const privateNames = new Set((declaration.members ?? []).filter(hidden).map((member) => member.name));
      declaration.members = declaration.members?.filter((member) => !hidden(member));
      declaration.attributes = declaration.attributes?.filter(
        (attribute) => !(attribute.fieldName && privateNames.has(attribute.fieldName)),
      );
      declaration.events = declaration.events?.filter((event) => event.description);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // Tests and their helpers are not the package; react.ts wraps the element (its `MmBooking` is the
  // React component, which a manifest of custom elements would list as a second declaration).
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; the analyzer would otherwise rewrite it.
  packagejson: false,
  plugins: [publicSurfaceOnly],
  /**
   * As the analyzer does, but in path order: the glob lists files in directory order, which differs
   * between file systems, and the modules are written in the order they are given.
   * @param {{ ts: typeof import('typescript'), globs: string[] }} options
   */
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
