import type { CodegenConfig } from '@graphql-codegen/cli';

// Types only: the widget's operations are plain strings, so nothing is added to the bundle.
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**', '!src/**/*.test.ts'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
