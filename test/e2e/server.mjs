// A tiny static file server for the built Storybook, on 127.0.0.1 only, on a free port.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file name; unknown extensions are served as bytes. */
export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Serves `root` on 127.0.0.1 (never another address) on a random free port.
 * Resolves `{ origin, close }`; `close()` also drops keep-alive connections.
 */
export async function serveStatic(root) {
  const base = path.resolve(root)
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
      let file = path.resolve(base, `.${path.posix.normalize(decodeURIComponent(pathname))}`)
      if (file !== base && !file.startsWith(base + path.sep)) {
        response.writeHead(403).end()
        return
      }
      let info = await stat(file).catch(() => null)
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html')
        info = await stat(file).catch(() => null)
      }
      if (!info?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      const headers = {
        'Content-Type': mimeType(file),
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      }
      // MSW's worker script sits next to iframe.html; allow it to control the whole origin.
      if (path.basename(file) === 'mockServiceWorker.js') headers['Service-Worker-Allowed'] = '/'
      response.writeHead(200, headers)
      if (request.method === 'HEAD') response.end()
      else
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response)
    } catch {
      if (!response.headersSent) response.writeHead(400).end()
      else response.destroy()
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: 0 }, resolve)
  })
  const { address, port } = server.address()
  let closed = false
  return {
    origin: `http://${address}:${port}`,
    close: () =>
      new Promise((resolve) => {
        if (closed) return resolve()
        closed = true
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
