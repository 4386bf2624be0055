// Bundles the API server into one ESM file, dist/main.mjs. The @notetutor/* workspace packages (consumed as
// TypeScript source) are bundled in; every other bare import is a real npm dependency and stays external,
// resolved from node_modules at run time.
import { build } from 'esbuild';

/** @type {import('esbuild').Plugin} */
const externalNpmDependencies = {
  name: 'external-npm-dependencies',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@notetutor/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

let result;
try {
  result = await build({
    entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
    outfile: new URL('./dist/main.mjs', import.meta.url).pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [externalNpmDependencies],
    // Bundled CommonJS-style code (if any) may call require(); give the ESM output a real one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  });
} catch {
  // esbuild has already printed each error with its file and line.
  console.error('@notetutor/api: build failed; dist/main.mjs was left as it was');
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`@notetutor/api: built dist/main.mjs (${(bytes / 1024).toFixed(0)} KB with source map)`);
