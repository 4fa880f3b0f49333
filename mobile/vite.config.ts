import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress';

const backend = 'http://localhost:5000';

export default defineConfig({
  plugins: [precompress()],
  define: {
    // Names the service worker's cache, so each deployment replaces the previous shell instead of piling up.
    __WSIS_BUILD__: JSON.stringify(new Date().toISOString()),
  },
  build: {
    // The server's web root (WebRootPath "pwa" in its Program.cs), served at "/"; build output, not committed.
    // The server's own build runs this with --outDir pointing at the same folder.
    outDir: fileURLToPath(new URL('../src/WsisConnect.Server/pwa', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        sw: fileURLToPath(new URL('src/sw.ts', import.meta.url)),
      },
      output: {
        // The service worker must keep a stable name at the root so its scope covers the whole app.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/hubs': { target: backend, changeOrigin: true, ws: true },
      '/health': { target: backend, changeOrigin: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
