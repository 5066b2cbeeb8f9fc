/**
 * Visitors through the proxy while the test stops or kills an instance: `concurrency` loops of
 * GETs, each answer recorded, and how many were on their way at any moment, so that a test can
 * tell "lost" from "in flight when the instance died".
 */
export interface LoadResult {
  answered: number;
  /** Requests that got no answer or a 5xx, with what happened. */
  failed: string[];
}

export interface Load {
  /** Requests sent and not yet answered, now. */
  inFlight(): number;
  /** Resolves once `count` more requests than now have been answered: visitors are being served. */
  served(count: number): Promise<void>;
  stop(): Promise<LoadResult>;
}

export function startLoad(baseUrl: string, paths: string[], concurrency = 8): Load {
  let running = true;
  let inFlight = 0;
  let answered = 0;
  let sent = 0;
  const failed: string[] = [];
  const waiting: { until: number; resolve: () => void }[] = [];

  function answeredOne() {
    answered++;
    for (const waiter of waiting.filter(({ until }) => answered >= until)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  async function loop() {
    while (running) {
      const path = paths[sent++ % paths.length];
      inFlight++;
      try {
        const response = await fetch(`${baseUrl}${path}`);
        await response.arrayBuffer();
        if (response.status >= 500) failed.push(`${response.status} ${path}`);
        else answeredOne();
      } catch (error) {
        failed.push(`${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message} ${path}`);
      } finally {
        inFlight--;
      }
    }
  }

  const loops = Array.from({ length: concurrency }, loop);
  return {
    inFlight: () => inFlight,
    served: (count) => new Promise((resolve) => waiting.push({ until: answered + count, resolve })),
    async stop() {
      running = false;
      await Promise.all(loops);
      return { answered, failed };
    },
  };
}
