// Every way a sync can fail, and what a reader is told about it. The previous dataset always stays in use.

export type SyncFailure =
  | 'not-found'
  | 'server'
  | 'timeout'
  | 'offline'
  | 'cut'
  | 'too-large'
  | 'checksum'
  | 'corrupt'
  | 'inflated-too-large'
  | 'line-too-long'
  | 'not-utf8'
  | 'invalid-json'
  | 'invalid-record'
  | 'bad-manifest'
  | 'older'
  | 'future'
  | 'permission'
  | 'insecure'
  | 'redirected'
  | 'redirect-unseen'
  | 'no-url'
  | 'storage-full';

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    /** Details for the history line and the console, e.g. "HTTP 503" or "line 12". */
    readonly detail = '',
  ) {
    super(`${failure}${detail ? `: ${detail}` : ''}`);
    this.name = 'SyncError';
  }
}

const WHAT: Record<SyncFailure, string> = {
  'not-found': 'The dataset was not found at its address (HTTP 404)',
  server: 'The dataset server had an error',
  timeout: 'The dataset server did not answer in time',
  offline: 'The dataset server could not be reached',
  cut: 'The download was cut off',
  'too-large': 'The download was larger than its manifest announces, so it was stopped',
  checksum: 'The downloaded file does not match its checksum',
  corrupt: 'The downloaded file is damaged (it could not be decompressed)',
  'inflated-too-large': 'The downloaded file unpacks to far more data than a dataset of its size holds (a likely decompression bomb), so it was stopped',
  'line-too-long': 'The downloaded dataset has a line far longer than any record, so it was stopped',
  'not-utf8': 'The downloaded dataset has text that is not valid UTF-8',
  'invalid-json': 'The downloaded dataset has a line that is not valid JSON',
  'invalid-record': 'The downloaded dataset has a record that is not in the expected format',
  'bad-manifest': 'The dataset manifest is not in the expected format',
  older: 'The published dataset is older than the one installed, so it was not installed',
  future: 'The published dataset is dated in the future, so it was not installed',
  permission: 'The extension is not allowed to reach the dataset address; set the Dataset URL again to grant access',
  insecure: "The Dataset URL must start with https:// (http:// is allowed only for this computer's own addresses, such as 127.0.0.1)",
  redirected: 'The dataset server sent the download on to another site, so it was not followed',
  'redirect-unseen':
    'The dataset server sends the download on to another address, which the browser does not let the extension see before going there, so it was not followed; set the Dataset URL to the final address',
  'no-url': 'No Dataset URL is set',
  'storage-full': "The browser's storage is full",
};

/**
 * A failure of the browser's storage that a reader can act on, as a SyncError; null for anything else. IndexedDB
 * throws a DOMException named QuotaExceededError; Dexie wraps it, keeping it as `inner`.
 */
export function storageFailure(e: unknown): SyncError | null {
  for (let x = e, depth = 0; typeof x === 'object' && x !== null && depth < 4; depth++) {
    const { name, inner, cause } = x as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return new SyncError('storage-full', String((x as { message?: unknown }).message ?? ''));
    x = inner ?? cause;
  }
  return null;
}

/** Failures whose detail helps a reader (a status, a line, a limit); the others' details are for the console. */
const SHOWN = new Set<SyncFailure>(['server', 'future', 'bad-manifest', 'redirected', 'invalid-record', 'invalid-json', 'inflated-too-large', 'line-too-long']);

/** The detail a reader is shown with this failure: empty for the details only the console needs. */
export function shownDetail(failure: SyncFailure, detail: string): string {
  return SHOWN.has(failure) ? detail : '';
}

/** "The download was cut off; the previous dataset (2024-07-02) is still in use." */
export function readerMessage(failure: SyncFailure, previousDate: string | null, detail = ''): string {
  const shown = shownDetail(failure, detail);
  const what = WHAT[failure] + (shown ? ` (${shown})` : '');
  const kept = previousDate ? `the previous dataset (${previousDate}) is still in use` : 'no dataset is installed yet';
  return `${what}; ${kept}.`;
}
