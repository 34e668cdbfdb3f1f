/**
 * Runs work as one database transaction: everything the repositories write inside `work` commits together or not
 * at all. Nested units join the outer one.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
