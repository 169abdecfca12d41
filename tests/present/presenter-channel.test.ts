import { describe, expect, it, vi } from 'vitest';
import { channelName, parseMessage } from '../../src/present/presenter-channel';
import { runRemoteCommand, toSnapshot } from '../../src/present/use-presenter-sync';
import type { PresentSession } from '../../src/present/use-present-session';

function fakeSession(overrides: Partial<PresentSession> = {}): PresentSession {
  return {
    presenting: true,
    kind: 'curated',
    deck: { version: 1, title: 'Deck', scenes: [{ id: 'a', title: 'A', caption: 'Cap', notes: 'Notes A', filters: {}, selected: null, map: null, lead: 'map', card: false }] },
    index: 0,
    scene: null,
    count: 3,
    blanked: false,
    digits: '',
    drifted: false,
    message: null,
    auto: null,
    autoPaused: false,
    appliedKey: 'k',
    start: vi.fn(),
    go: vi.fn(),
    step: vi.fn(),
    setBlanked: vi.fn(),
    returnToScene: vi.fn(),
    exit: vi.fn(),
    choose: vi.fn(),
    setDigits: vi.fn(),
    say: vi.fn(),
    setAuto: vi.fn(),
    setAutoPaused: vi.fn(),
    ...overrides,
  };
}

describe(parseMessage, () => {
  it('accepts the three kinds of message', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'command', command: { type: 'go', index: 2 } })).toEqual({ type: 'command', command: { type: 'go', index: 2 } });
    const state = toSnapshot(fakeSession());
    expect(parseMessage({ type: 'state', state })).toEqual({ type: 'state', state });
  });

  it('ignores anything else', () => {
    for (const junk of [null, 'hello', { type: 'command', command: { type: 'go', index: -1 } }, { type: 'command', command: { type: 'explode' } }, { type: 'state', state: {} }]) {
      expect(parseMessage(junk)).toBeNull();
    }
  });

  it('names the channel per dataset', () => {
    expect(channelName('/data/')).not.toBe(channelName('/data/synthetic/n10000-s1/'));
  });
});

describe(toSnapshot, () => {
  it('sends titles, captions and notes, not the views', () => {
    expect(toSnapshot(fakeSession()).scenes).toEqual([{ title: 'A', caption: 'Cap', notes: 'Notes A' }]);
  });
});

describe(runRemoteCommand, () => {
  it('steps, jumps (inside the deck), blanks and returns on the main screen', () => {
    const session = fakeSession();
    runRemoteCommand(session, { type: 'next' });
    runRemoteCommand(session, { type: 'previous' });
    runRemoteCommand(session, { type: 'go', index: 9 });
    runRemoteCommand(session, { type: 'blank' });
    runRemoteCommand(session, { type: 'return' });
    expect(session.step).toHaveBeenNthCalledWith(1, 1);
    expect(session.step).toHaveBeenNthCalledWith(2, -1);
    expect(session.go).toHaveBeenCalledWith(2);
    expect(session.setBlanked).toHaveBeenCalledWith(true);
    expect(session.returnToScene).toHaveBeenCalled();
  });

  it('starts the presentation when the main screen is not presenting', () => {
    const session = fakeSession({ presenting: false });
    runRemoteCommand(session, { type: 'go', index: 1 });
    expect(session.start).toHaveBeenCalledWith(undefined, 1);
    expect(session.go).not.toHaveBeenCalled();
  });
});
