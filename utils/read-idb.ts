// Reading another part's IndexedDB database without Dexie and without ever creating or upgrading it: the worker
// owns the schema (entrypoints/background/database.ts); an extension page only looks (the popup's search index).

/** The database as it stands, or null when it does not exist yet (it is then not created). */
export function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // Only a database that does not exist needs an upgrade here: abort, so no empty version 1 is left for the worker.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // The worker's upgrade waits for every open connection: this one steps aside.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error ?? new Error(`IndexedDB ${name} could not be opened`)));
  });
}

/** One row by its primary key; undefined when the store or the row is missing. */
export function readRow(db: IDBDatabase, store: string, key: IDBValidKey): Promise<unknown> {
  if (!db.objectStoreNames.contains(store)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${db.name}.${store} could not be read`));
  });
}

/** The first row whose `index` holds `key`; undefined when the store, the index or the row is missing. */
export function readRowByIndex(db: IDBDatabase, store: string, index: string, key: IDBValidKey): Promise<unknown> {
  if (!db.objectStoreNames.contains(store)) return Promise.resolve(undefined);
  const objects = db.transaction(store, 'readonly').objectStore(store);
  if (!objects.indexNames.contains(index)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const request = objects.index(index).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${db.name}.${store} could not be read by ${index}`));
  });
}
