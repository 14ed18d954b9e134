// npm run dataset:serve -- [--dir DIR] [--port PORT]
// Serves a dataset folder (a built one such as public/dataset, or a published one from `npm run dataset:publish`)
// on 127.0.0.1 with ETag / Last-Modified, for trying the sync by hand: put the printed address in the options page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDatasetServer } from './dataset/server';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'public/dataset' },
    port: { type: 'string', default: '8787' },
  },
});

const dir = resolve(args.dir);
function readTree(root: string, at = root, files = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(at)) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) readTree(root, path, files);
    else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
  }
  return files;
}

const files = readTree(dir);
if (!files.has('manifest.json')) throw new Error(`No manifest.json in ${dir}: build one with \`npm run dataset\` or \`npm run dataset:publish\`.`);
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port is not a port number: ${args.port}`);
const server = await startDatasetServer(files, port);
const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as { version?: string };
console.log(`Serving ${dir} (${files.size} files, dataset ${manifest.version ?? '?'}) on ${server.origin}`);
console.log(`Dataset URL for the options page: ${server.manifestUrl}`);
console.log('Ctrl+C to stop.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
