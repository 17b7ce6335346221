import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Library build: one ESM file per entry, peers left to the app.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    cssCodeSplit: true,
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core.ts', i18n: 'src/i18n.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^i18next($|\/)/, /^react-i18next($|\/)/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: '[name][extname]' },
    },
  },
})
