// Where the sync may fetch from: the Dataset URL itself, and the files its manifest names, all on one origin.
import { UNSAFE_PATH } from '../dataset/publish';
import { SyncError } from './errors';

/**
 * The host permission asked for a Dataset URL: its scheme and host. Match patterns carry no port (Firefox refuses
 * one), so a loopback server on any port is one grant.
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** This computer's own addresses, where plain http cannot be read or changed on the way. */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** Why `url` cannot be a Dataset URL, in words for the options page; null when it can. */
export function datasetUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The Dataset URL is not a web address.';
  }
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed))) return null;
  return "The Dataset URL must start with https:// (http:// only for this computer's own addresses, such as 127.0.0.1).";
}

/**
 * A path the manifest names, as the address to fetch: on the manifest's origin and inside its folder. The URL parser
 * drops leading white space and control characters and decodes `%2e%2e` as `..`, so `" http://other/x"` or
 * `"%2e%2e/x"` could leave the folder: such paths are refused before they are resolved, and the resolved address is
 * checked again.
 */
export function fileUrl(manifestUrl: string, path: string): string {
  const refuse = () => new SyncError('bad-manifest', `the file ${JSON.stringify(path)} is not inside the dataset folder`);
  if (UNSAFE_PATH.test(path)) throw refuse();
  const base = new URL(manifestUrl);
  const folder = new URL('./', base);
  const url = new URL(path, base);
  if (url.origin !== base.origin || !url.pathname.startsWith(folder.pathname)) throw refuse();
  return url.href;
}
