// Bundles the API server into ESM files, dist/main.mjs and its build worker dist/knowledge-worker.mjs. The @notetutor/* workspace packages (consumed as
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
    // The knowledge base is built in a worker thread (src/knowledge/create-knowledge-builder.ts), whose code
    // is its own file beside the server's.
    entryPoints: {
      main: new URL('./src/main.ts', import.meta.url).pathname,
      'knowledge-worker': new URL('./src/knowledge/knowledge-build-worker.ts', import.meta.url).pathname,
    },
    outdir: new URL('./dist', import.meta.url).pathname,
    outExtension: { '.js': '.mjs' },
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
  console.error('@notetutor/api: build failed; dist/ was left as it was');
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `@notetutor/api: built dist/main.mjs and dist/knowledge-worker.mjs (${(bytes / 1024).toFixed(0)} KB with source map)`,
);
