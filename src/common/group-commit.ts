import { AsyncResource } from 'node:async_hooks';

/**
 * Gathers calls made while earlier ones are being written into one write (group commit). Each caller still gets
 * its own result or its own error (`write` settles each item). At most `inFlight` writes run at once; while they run, new calls wait and join
 * the next write, so under load writes grow larger instead of more numerous. (DataLoader batches per tick but has no
 * bound on writes in flight, which is what makes the batches grow here.)
 */
export function groupCommit<I, O>(
  write: (items: I[]) => Promise<PromiseSettledResult<O>[]>,
  options: { inFlight: number; maxBatch: number },
): (item: I) => Promise<O> {
  const waiting: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  let running = 0;
  let scheduled = false;
  // Writes run in the context this batcher was made in, never in one caller's (a request, or a unit of work whose
  // transaction would otherwise take in the other callers' rows).
  const flushOutsideCallers = AsyncResource.bind(() => flush());

  function flush(): void {
    scheduled = false;
    while (running < options.inFlight && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      running += 1;
      write(batch.map((entry) => entry.item))
        .then(
          (results) =>
            batch.forEach((entry, i) => {
              const result = results[i];
              if (result?.status === 'fulfilled') entry.resolve(result.value);
              else entry.reject(result ? result.reason : new Error('group commit: no result for an item'));
            }),
          (error: unknown) => {
            for (const entry of batch) entry.reject(error);
          },
        )
        .finally(() => {
          running -= 1;
          flush();
        });
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!scheduled && running < options.inFlight) {
        scheduled = true;
        // The rest of this turn of the event loop (other requests already read) joins the same write.
        setImmediate(flushOutsideCallers);
      }
    });
}
