// The importers' way of collecting a record's values (birth dates, countries, programs): each once, none empty.

/** Appends `value` unless it is empty, absent or already in `list`. */
export function pushUnique(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}
