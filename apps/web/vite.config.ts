import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development (`vite apps/web`) API calls go to the API on :3000; in production the API serves dist/.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
