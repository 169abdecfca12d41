import { describe, expect, it, vi } from 'vitest';
import { channelName, parseMessage } from '../../../src/present/presenter/presenter-channel';
import { runRemoteCommand, toSnapshot } from '../../../src/present/presenter/use-presenter-sync';
import type { PresentSession } from '../../../src/present/session/use-present-session';

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
    const state = toSnapshot(fakeSession(), 'en');
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
  const scenes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `S${i}`, caption: `C${i}`, notes: `N${i}`, filters: {}, selected: null, map: null, lead: 'map' as const, card: false }));

  it('sends the current and next scene in full, not the views', () => {
    const snapshot = toSnapshot(fakeSession({ deck: { version: 1, title: 'D', scenes: scenes(3) }, index: 1 }), 'en');
    const words = (text: string) => ({ text, lang: 'en', fallback: false });
    expect(snapshot).toMatchObject({
      lang: 'en',
      deckTitle: words('D'),
      count: 3,
      index: 1,
      current: { title: words('S1'), caption: words('C1'), notes: words('N1') },
      next: { title: words('S2'), caption: words('C2'), notes: words('N2') },
      titles: [words('S0'), words('S1'), words('S2')],
      titlesFrom: 0,
    });
  });

  it('sends the words in the main window\'s language, marking those shown in the other', () => {
    const deck = {
      version: 1 as const,
      title: 'D',
      translations: { zh: '场景集' },
      scenes: [
        { ...scenes(1)[0]!, translations: { zh: { title: '场景一', caption: '说明一' } } },
        { ...scenes(2)[1]!, lang: 'zh' as const, title: '场景二', caption: '', notes: '' },
      ],
    };
    const zh = toSnapshot(fakeSession({ deck, index: 0 }), 'zh');
    expect(zh.lang).toBe('zh');
    expect(zh.deckTitle).toEqual({ text: '场景集', lang: 'zh', fallback: false });
    expect(zh.current).toEqual({ title: { text: '场景一', lang: 'zh', fallback: false }, caption: { text: '说明一', lang: 'zh', fallback: false }, notes: { text: 'N0', lang: 'en', fallback: true } });
    expect(zh.next).toEqual({ title: { text: '场景二', lang: 'zh', fallback: false }, caption: null, notes: null });
    expect(toSnapshot(fakeSession({ deck, index: 1 }), 'en').current!.title).toEqual({ text: '场景二', lang: 'zh', fallback: true });
    expect(parseMessage({ type: 'state', state: zh })).not.toBeNull();
  });

  it('has no next scene at the end, unless auto-advance loops to the first', () => {
    const deck = { version: 1 as const, title: 'D', scenes: scenes(3) };
    expect(toSnapshot(fakeSession({ deck, index: 2 }), 'en').next).toBeNull();
    expect(toSnapshot(fakeSession({ deck, index: 2, auto: 10 }), 'en').next).toMatchObject({ title: { text: 'S0' } });
  });

  it('sends a window of titles around the current scene of a very long deck', () => {
    const snapshot = toSnapshot(fakeSession({ deck: { version: 1, title: 'Tour', scenes: scenes(10_000) }, index: 5_000 }), 'en');
    expect(snapshot.titles).toHaveLength(200);
    expect(snapshot.titlesFrom).toBe(4_900);
    expect(snapshot.titles[100]).toEqual({ text: 'S5000', lang: 'en', fallback: false });
    expect(parseMessage({ type: 'state', state: snapshot })).not.toBeNull();
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

  it('starts at the current scene on Next or Previous when the main screen is not presenting, without stepping on', () => {
    const session = fakeSession({ presenting: false });
    runRemoteCommand(session, { type: 'next' });
    runRemoteCommand(session, { type: 'previous' });
    expect(session.start).toHaveBeenCalledTimes(2);
    expect(session.start).toHaveBeenCalledWith(undefined, undefined);
    expect(session.step).not.toHaveBeenCalled();
  });
});
