/**
 * A small static server for a built site, used to make PDFs at build time and by the end-to-end
 * tests (independent of `astro preview`, which allows one server per project).
 * As a command: node scripts/serve.ts <folder> <port> [base]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.xml': 'application/xml', '.pdf': 'application/pdf',
};

/** Serves `folder` under `base` on 127.0.0.1:`port` (0 for any free port). */
export function serveStatic(folder: string, port: number, base = '/'): Promise<Server> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end('Not found');
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const [folder = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
  await serveStatic(folder, Number(port), base);
  console.log(`serving ${folder} at http://127.0.0.1:${port}${base}`);
}
