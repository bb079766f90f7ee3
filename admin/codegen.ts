import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server, so the
// generated code is reproducible and `npm run check:codegen -w admin` can compare it.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
