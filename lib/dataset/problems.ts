// Every importer reports what it could not read instead of dropping it: a bad row is a value, with its place.

export interface ImportProblem {
  file: string;
  /** 1-based line number in the source file; 0 when the problem is not tied to one line. */
  line: number;
  message: string;
}

export interface ImportResult<T> {
  records: T[];
  problems: ImportProblem[];
}
