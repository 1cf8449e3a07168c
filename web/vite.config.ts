// Vite builds the console (index.html: /admin/, /account/ and the pages
// behind mail links) and GraphiQL (graphiql.html) into dist/, which the
// Go package in this folder embeds into the roster binary. The build must
// be reproducible byte for byte: file names carry content hashes only,
// and nothing time- or machine-dependent enters the output.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import relay from 'vite-plugin-relay';

export default defineConfig({
  plugins: [relay, react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: { console: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's packages start modules with "use no memo" (a React
      // compiler hint); bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
