import { ConcurrencyLimit } from './concurrency-limit';

/** A task that runs until the test releases it, counting how many run at once. */
function gatedTasks(count: number) {
  let running = 0;
  let peak = 0;
  const releases: Array<() => void> = [];
  const started: number[] = [];
  const tasks = Array.from({ length: count }, (_, index) => async () => {
    running++;
    peak = Math.max(peak, running);
    started.push(index);
    await new Promise<void>((resolve) => releases.push(resolve));
    running--;
    return index;
  });
  return { tasks, releases, started, peak: () => peak };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most its size at once and queues the rest in arrival order', async () => {
    const limit = new ConcurrencyLimit(2);
    const { tasks, releases, started, peak } = gatedTasks(5);
    const results = Promise.all(tasks.map((task) => limit.run(task)));
    await settle();
    expect(started).toEqual([0, 1]);
    expect([limit.active, limit.queued]).toEqual([2, 3]);

    releases[0]();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect([limit.active, limit.queued]).toEqual([2, 2]);

    while (releases.length < 5) {
      releases.forEach((release) => release());
      await settle();
    }
    releases.forEach((release) => release());
    expect(await results).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak()).toBe(2);
    expect([limit.active, limit.queued]).toEqual([0, 0]);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
    expect(limit.active).toBe(0);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(/positive integer/);
  });
});
