import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the published API: an operation that no longer matches it fails the build.
const config: CodegenConfig = {
  schema: "../../gateway/api-schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, skipTypename: false, dedupeFragments: true, scalars: { DateTime: "string" } },
    },
    // What Graphcache needs to know of interfaces (Trial, Municipality, …) to read fragments on them.
    "src/gql/schema.json": { plugins: ["urql-introspection"], config: { module: "es2015" } },
  },
};

export default config;
