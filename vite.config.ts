import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Library build: ESM, one file per source module, peers left to the app.
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
      output: {
        // One file per module, as the sources are laid out: an app's bundler keeps only the modules it uses,
        // and what the kit loads on demand (the toaster, the default fallback, each catalog) stays a chunk of its own.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
})
