/** Schedules a function to run in a later task (a macrotask: input and paint can come first). */
export type ScheduleTask = (run: () => void) => void;

export interface TaskQueue {
  /**
   * Queues `job`; jobs run one at a time, each in its own task, in the order queued. A job is given
   * `done`, to call once its work has finished (for a React update: once it has committed); the
   * next job starts in a later task. `done` is idempotent, and is called for the job if it has not
   * finished after `timeoutMs`, so one lost update cannot stall the queue.
   */
  enqueue(job: (done: () => void) => void): void;
  /** Jobs queued or running. */
  readonly pending: number;
}

const nextTask: ScheduleTask = (run) => void setTimeout(run, 0);

export function createTaskQueue({ schedule = nextTask, timeoutMs = 1000 }: { schedule?: ScheduleTask; timeoutMs?: number } = {}): TaskQueue {
  const waiting: Array<(done: () => void) => void> = [];
  let running = false;

  function startNext() {
    const job = waiting.shift();
    if (!job) {
      running = false;
      return;
    }
    running = true;
    schedule(() => {
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        clearTimeout(watchdog);
        startNext();
      };
      const watchdog = setTimeout(done, timeoutMs);
      try {
        job(done);
      } catch (error) {
        done();
        throw error;
      }
    });
  }

  return {
    enqueue(job) {
      waiting.push(job);
      if (!running) startNext();
    },
    get pending() {
      return waiting.length + (running ? 1 : 0);
    },
  };
}
