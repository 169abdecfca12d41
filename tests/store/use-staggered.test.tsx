import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { memo, useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createTaskQueue, type TaskQueue } from '../../src/lib/task-queue';
import { createSource, type Source } from '../../src/store/source';
import { useStaggered } from '../../src/store/use-staggered';

const commits: string[] = [];

const Panel = memo(function Panel({ name, source }: { name: string; source: Source<number> }) {
  const shown = useStaggered(source);
  commits.push(`${name}=${shown}`);
  return <p data-testid={name}>{shown}</p>;
});

/** Publishes its value once committed (DashboardProvider publishes the panels' snapshot in a passive effect, after paint). */
function Panels({ queue }: { queue: TaskQueue }) {
  const [value, setValue] = useState(1);
  const [source] = useState(() => createSource(value, queue));
  useLayoutEffect(() => source.publish(value), [source, value]);
  return (
    <>
      <button type="button" onClick={() => setValue((v) => v + 1)}>
        next
      </button>
      <Panel name="a" source={source} />
      <Panel name="b" source={source} />
    </>
  );
}

describe(useStaggered, () => {
  it('shows the first value at once, then takes up a new one panel by panel, in separate tasks', async () => {
    const ran: number[] = [];
    const queue = createTaskQueue({ schedule: (run) => setTimeout(() => { ran.push(performance.now()); run(); }, 0) });
    render(<Panels queue={queue} />);
    expect(screen.getByTestId('a')).toHaveTextContent('1');
    expect(screen.getByTestId('b')).toHaveTextContent('1');

    commits.length = 0;
    fireEvent.click(screen.getByRole('button'));
    // The parent rendered, but neither panel has taken the new value yet, nor even re-rendered.
    expect(screen.getByTestId('a')).toHaveTextContent('1');
    expect(screen.getByTestId('b')).toHaveTextContent('1');
    expect(commits).toEqual([]);
    await screen.findByText('2', { selector: '[data-testid=b]' });
    expect(screen.getByTestId('a')).toHaveTextContent('2');
    // a took the value before b, each in a task of its own.
    expect(commits.filter((c) => c.endsWith('=2'))).toEqual(['a=2', 'b=2']);
    expect(ran).toHaveLength(2);
    // b's job ends once its commit's effects have run: then the queue is empty.
    await waitFor(() => expect(queue.pending).toBe(0));
  });

  it('skips to the latest value when several arrive while a panel waits its turn', async () => {
    const queue = createTaskQueue();
    render(<Panels queue={queue} />);
    commits.length = 0;
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button'));
    await screen.findByText('4', { selector: '[data-testid=b]' });
    expect(commits.filter((c) => c.startsWith('a=') && c !== 'a=1')).toEqual(['a=4']);
  });

  it('takes up a value published after it rendered but before it subscribed', async () => {
    const source = createSource(1);
    function Late() {
      const shown = useStaggered(source);
      // Published during this render's commit, before the hook's effect subscribes.
      useLayoutEffect(() => source.publish(5), []);
      return <p data-testid="late">{shown}</p>;
    }
    render(<Late />);
    await screen.findByText('5', { selector: '[data-testid=late]' });
  });
});
