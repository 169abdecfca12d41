import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePresentStartKey } from '../../../src/present/session/use-present-start-key';
import { CoreContext, type DashboardCore } from '../../../src/store/dashboard-context';
import { setScenesOpen } from '../../../src/store/view-updaters';
import { createViewStore } from '../../../src/store/view-store';
import { INITIAL_VIEW_STATE } from '../../../src/store/view-state';

function Keys({ enabled }: { enabled: boolean }) {
  usePresentStartKey(enabled);
  return <input type="search" aria-label="Search" />;
}

function setup(enabled = true) {
  const store = createViewStore(INITIAL_VIEW_STATE);
  const core = { store } as DashboardCore;
  const view = render(
    <CoreContext.Provider value={core}>
      <Keys enabled={enabled} />
    </CoreContext.Provider>,
  );
  return { store, view };
}

// P before the presentation's screens have arrived: the store asks at once; the session starts when they land.
describe(usePresentStartKey, () => {
  it('asks to present on P or p, as the Present button does', async () => {
    const user = userEvent.setup();
    const { store, view } = setup();
    await user.keyboard('p');
    expect(store.getState().present.asked).toBe(true);
    view.unmount();
    const again = setup();
    await user.keyboard('P');
    expect(again.store.getState().present.asked).toBe(true);
  });

  it('leaves P alone while typing, with a modifier, with the Scenes dialog asked for, or once the screens have arrived', async () => {
    const user = userEvent.setup();
    const { store, view } = setup();
    await user.type(view.getByRole('searchbox'), 'p');
    await user.keyboard('{Control>}p{/Control}');
    expect(store.getState().present.asked).toBe(false);
    (document.activeElement as HTMLElement).blur();
    store.update(setScenesOpen(true));
    await user.keyboard('p');
    expect(store.getState().present.asked).toBe(false);
    view.unmount();

    const arrived = setup(false);
    await user.keyboard('p');
    expect(arrived.store.getState().present.asked).toBe(false);
  });
});
