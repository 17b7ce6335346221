import { build } from 'vite'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
const here = fileURLToPath(new URL('.', import.meta.url))
await build({
  configFile: false,
  root: join(here, 'micro-page'),
  base: './',
  logLevel: 'error',
  build: { outDir: join(here, 'micro-out'), emptyOutDir: true, target: 'es2022', minify: true },
})
const { chromium } = await import('playwright-core')
const { createServer } = await import('node:http')
const { readFileSync, existsSync } = await import('node:fs')
const server = createServer((q, s) => {
  const f = join(here, 'micro-out', new URL(q.url, 'http://x').pathname)
  if (!existsSync(f) || f.endsWith('/')) {
    s.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(here, 'micro-out/index.html')))
    return
  }
  s.writeHead(200, { 'content-type': f.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(f))
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  await page.waitForFunction(() => 'run' in window)
  console.log(JSON.stringify(await page.evaluate(() => window.run())))
  await page.close()
}
await browser.close()
server.close()
