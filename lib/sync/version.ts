// Dataset versions sort as time does (lib/dataset/manifest datasetVersion), so comparing them is comparing strings.

export function compareVersions(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a published manifest means for the installed dataset: never install an older version. */
export type VersionVerdict = 'newer' | 'same' | 'older';

export function judgeVersion(installed: string | null, published: string): VersionVerdict {
  if (installed === null) return 'newer';
  const c = compareVersions(published, installed);
  return c > 0 ? 'newer' : c === 0 ? 'same' : 'older';
}
