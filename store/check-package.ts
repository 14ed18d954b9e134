// The Chrome Web Store's package checks, run on the zip `npm run zip` wrote, before it is uploaded:
// npx tsx store/check-package.ts [.output/sanctions-lens-<version>-chrome.zip]
// Manifest V3; name ≤ 75 and description ≤ 132 characters in every locale; __MSG_…__ resolved in every locale; a
// version of 1–4 numbers; a 128 px icon and every declared icon a PNG of its declared size; every file the manifest
// names in the zip; at most 4 suggested shortcuts; no `key` or `update_url`. Prints each check; exits 1 on a failure.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const OUTPUT = resolve(import.meta.dirname, '../.output');
const zip = process.argv[2] ?? resolve(OUTPUT, readdirSync(OUTPUT).find((f) => f.endsWith('-chrome.zip')) ?? 'missing-chrome.zip');

const files = new Set(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean));
const read = (path: string): Buffer => execFileSync('unzip', ['-p', zip, path], { maxBuffer: 1 << 28 });
const json = <T>(path: string): T => JSON.parse(read(path).toString('utf8')) as T;

interface Manifest {
  manifest_version: number;
  name: string;
  short_name?: string;
  description: string;
  version: string;
  default_locale?: string;
  icons?: Record<string, string>;
  key?: string;
  update_url?: string;
  background?: { service_worker?: string };
  action?: { default_popup?: string; default_icon?: Record<string, string> | string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  storage?: { managed_schema?: string };
  commands?: Record<string, { suggested_key?: unknown; description?: string }>;
}

const manifest = json<Manifest>('manifest.json');
const locales = [...new Set([...files].flatMap((f) => /^_locales\/([^/]+)\/messages\.json$/.exec(f)?.[1] ?? []))].sort();
const catalogs = Object.fromEntries(locales.map((l) => [l, json<Record<string, { message: string }>>(`_locales/${l}/messages.json`)]));

const failures: string[] = [];
function check(what: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(what);
}

/** A manifest string as a store shows it in one locale (__MSG_key__ looked up, case-insensitively). */
function resolveIn(locale: string, text: string): string | null {
  const m = /^__MSG_(\w+)__$/.exec(text);
  if (!m) return text;
  const catalog = catalogs[locale];
  const key = Object.keys(catalog).find((k) => k.toLowerCase() === m[1].toLowerCase());
  return key ? catalog[key].message : null;
}

function pngSize(path: string): [number, number] | null {
  const head = read(path).subarray(0, 24);
  if (head.subarray(1, 4).toString('latin1') !== 'PNG') return null;
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

console.log(`${zip}: ${files.size} files, locales ${locales.join(', ')}`);
check('manifest_version is 3', manifest.manifest_version === 3);
check('no key or update_url (the store sets both)', manifest.key === undefined && manifest.update_url === undefined);
check('version is 1 to 4 numbers of 0–65535', /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(manifest.version) && manifest.version.split('.').every((n) => Number(n) <= 65535), manifest.version);
check('default_locale has its messages', !!manifest.default_locale && locales.includes(manifest.default_locale), manifest.default_locale);

const msgStrings = [manifest.name, manifest.description, manifest.short_name, ...Object.values(manifest.commands ?? {}).map((c) => c.description)].filter((s): s is string => typeof s === 'string');
for (const locale of locales) {
  const name = resolveIn(locale, manifest.name);
  const description = resolveIn(locale, manifest.description);
  check(`[${locale}] name ≤ 75 characters`, name !== null && [...name].length <= 75, `${name === null ? 'unresolved' : [...name].length} "${name}"`);
  check(`[${locale}] description ≤ 132 characters`, description !== null && [...description].length <= 132, `${description === null ? 'unresolved' : [...description].length}`);
  if (manifest.short_name) {
    const short = resolveIn(locale, manifest.short_name);
    check(`[${locale}] short_name ≤ 12 characters`, short !== null && [...short].length <= 12);
  }
  const unresolved = msgStrings.filter((s) => resolveIn(locale, s) === null);
  check(`[${locale}] every __MSG_…__ of the manifest resolves`, unresolved.length === 0, unresolved.join(', '));
}

const icons = manifest.icons ?? {};
check('a 128 px icon (the store requires it)', '128' in icons);
for (const [size, path] of Object.entries(icons)) {
  const actual = files.has(path) ? pngSize(path) : null;
  check(`icon ${size}: ${path} is a ${size}×${size} PNG`, actual !== null && actual[0] === Number(size) && actual[1] === Number(size), actual ? actual.join('×') : 'missing or not PNG');
}

const named = [
  manifest.background?.service_worker,
  manifest.action?.default_popup,
  manifest.options_ui?.page,
  manifest.storage?.managed_schema,
  ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ...(typeof manifest.action?.default_icon === 'object' ? Object.values(manifest.action.default_icon) : []),
].filter((p): p is string => typeof p === 'string');
const missing = named.filter((p) => !files.has(p.replace(/^\//, '')));
check('every file the manifest names is in the zip', missing.length === 0, missing.length ? missing.join(', ') : `${named.length} files`);
if (manifest.storage?.managed_schema) {
  let schemaOk = false;
  try {
    schemaOk = json<{ type?: string }>(manifest.storage.managed_schema).type === 'object';
  } catch {
    schemaOk = false;
  }
  check('storage.managed_schema is a JSON schema of an object', schemaOk);
}
const suggested = Object.values(manifest.commands ?? {}).filter((c) => c.suggested_key !== undefined).length;
check('at most 4 commands with a suggested shortcut', suggested <= 4, String(suggested));

if (failures.length) {
  console.error(`${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('All package checks passed.');
