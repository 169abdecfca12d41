import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { serialiseDeck } from '../../../src/present/deck/deck-file';
import type { Deck } from '../../../src/present/deck/deck-schema';
import { deckStorageKey } from '../../../src/present/deck/deck-store';
import { channelName, type PresentationSnapshot } from '../../../src/present/presenter/presenter-channel';
import { toSnapshot } from '../../../src/present/presenter/use-presenter-sync';
import { loadPanelModules, renderApp } from '../../render-app';
import { realDataset } from '../../real-dataset';

interface DeckScene {
  id: string;
  title: string;
  caption: string;
  notes: string;
  translations?: { zh?: { title: string; caption?: string; notes?: string } };
}
const curated = JSON.parse(readFileSync('data/deck.json', 'utf8')) as { scenes: DeckScene[] };
/** A scene's words as the Chinese screen shows them: its translation, else the English, marked. */
const zhOf = (scene: DeckScene) => ({ title: scene.translations?.zh?.title ?? scene.title, caption: scene.translations?.zh?.caption ?? scene.caption });

/** English words an interface string might have left behind (data ids, codes and names aside). */
const ENGLISH_UI = /\b(Scene|Scenes|Previous|Next|Back|Blank|Exit|Present|Presenter|Full screen|Partners|Date|Place|Source|Close|Deck|Edit|Delete|Move|Notes|Timer|elapsed|translation|Original)\b/;

const bar = () => screen.getByRole('contentinfo', { name: '场景说明' });
const storedDeckKey = deckStorageKey('/data/');

beforeEach(async () => {
  await showLocale('zh');
});
afterEach(async () => {
  localStorage.clear();
  document.documentElement.className = '';
  await showLocale('en');
});

describe('presentation mode in Chinese', { timeout: 20_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('shows a scene’s caption bar and controls in Chinese', async () => {
    renderApp('/?present=curated&scene=3&lang=zh');
    const scene = zhOf(curated.scenes[2]!);
    await waitFor(() => expect(bar()).toHaveTextContent('第3个场景，共10个'));
    expect(bar().querySelector('.present-scene-title')).toHaveTextContent(scene.title);
    expect(bar().querySelector('.present-caption')).toHaveTextContent(scene.caption);
    const controls = within(bar()).getByRole('group', { name: '演示控制' });
    for (const name of ['‹ 上一个', '下一个 ›', '返回场景', '黑屏', '场景', '演讲者视图', '全屏', '退出演示']) expect(within(controls).getByRole('button', { name })).toBeInTheDocument();
    expect(within(controls).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(controls.textContent).not.toMatch(ENGLISH_UI);
    expect(screen.getByText(/^第3个场景，共10个：/, { selector: '[aria-live]' })).toBeInTheDocument();
  });

  it('keeps the scene when the language is switched in the middle of a presentation', async () => {
    const user = userEvent.setup();
    await showLocale('en');
    renderApp('/?present=tour&scene=2');
    expect(await screen.findByRole('article', { name: 'Siemens China Zero Carbon Pioneer Program' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Presentation controls' })).getByRole('button', { name: '中文' }));
    await waitFor(() => expect(bar()).toHaveTextContent('第2个场景，共6个'));
    const siemens = realDataset().initiatives.find((i) => i.id === 'siemens-china-zero-carbon-pioneer-program')!;
    expect(screen.getByRole('article')).toHaveTextContent(siemens.translations?.zh?.title ?? siemens.title);
    expect(window.location.search).toMatch(/present=tour&scene=2/);
    expect(window.location.search).toContain('selected=siemens-china-zero-carbon-pioneer-program');
    expect(window.location.search).toContain('lang=zh');
    expect(document.documentElement).toHaveClass('projector');
  });

  it('lists the scenes in Chinese in the Scenes panel', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=zh');
    await user.click(await screen.findByRole('button', { name: '场景' }));
    const dialog = await screen.findByRole('dialog', { name: '场景' });
    await user.click(within(dialog).getByRole('radio', { name: /精选场景集/ }));
    const first = zhOf(curated.scenes[0]!);
    const list = within(dialog).getByRole('list', { name: /的场景$/ });
    expect(within(list).getAllByText((_, el) => el?.classList.contains('scene-title') ?? false).map((el) => el.textContent)).toEqual(curated.scenes.map((s) => zhOf(s).title));
    expect(within(list).getByRole('button', { name: `从第1个场景开始演示：${first.title}` })).toHaveTextContent('从此处开始演示');
    expect(within(list).getAllByText(/^主面板：地图/, { selector: '.scene-summary' }).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('group', { name: '场景集' })).toHaveTextContent('我的场景');
    expect(within(dialog).getByRole('button', { name: '打开演讲者视图' })).toBeInTheDocument();
    expect(within(dialog).getByText('无人值守屏幕')).toBeInTheDocument();
    expect(dialog.querySelector('.deck-panel-intro')!.textContent).not.toMatch(ENGLISH_UI);
  });

  it('marks a scene written only in English, and records the language of a scene added in Chinese', async () => {
    const user = userEvent.setup();
    const mine: Deck = { version: 1, title: 'My scenes', scenes: [{ id: 'scene-1', title: 'CATL pair', caption: 'Two agreements in a week', notes: '', filters: { partners: ['catl'] }, selected: null, map: null, lead: 'map', card: false }] };
    localStorage.setItem(storedDeckKey, serialiseDeck(mine));
    renderApp('/?lang=zh');
    await user.click(await screen.findByRole('button', { name: '场景' }));
    const dialog = await screen.findByRole('dialog', { name: '场景' });
    await user.click(within(dialog).getByRole('radio', { name: /我的场景/ }));
    const item = dialog.querySelector('[data-scene="scene-1"]') as HTMLElement;
    expect(within(item).getByText('CATL pair')).toHaveAttribute('lang', 'en');
    expect(within(item).getByText('Two agreements in a week')).toHaveAttribute('lang', 'en');
    expect(within(item).getByText('尚无中文译文，以英文显示')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: '新场景名称' }), '宁德时代');
    await user.click(within(dialog).getByRole('button', { name: '将当前视图添加为场景' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('已将“宁德时代”添加为“我的场景”中的第2个场景。');
    const stored = JSON.parse(localStorage.getItem(storedDeckKey)!) as Deck;
    expect(stored.scenes.map((s) => [s.title, s.lang])).toEqual([
      ['CATL pair', undefined],
      ['宁德时代', 'zh'],
    ]);

    // Presenting the English scene: the caption bar marks it too.
    await user.click(within(dialog).getByRole('button', { name: '从第1个场景开始演示：CATL pair' }));
    await waitFor(() => expect(bar()).toHaveTextContent('第1个场景，共2个'));
    expect(within(bar()).getByText('Two agreements in a week')).toHaveAttribute('lang', 'en');
    expect(within(bar()).getAllByText('尚无中文译文，以英文显示')).toHaveLength(1);
  });

  it('shows a tour card’s quote in Chinese with the Russian original beneath', async () => {
    renderApp('/?present=tour&scene=5&lang=zh');
    const initiative = realDataset().initiatives.find((i) => i.id === 'cecep-catl-energy-storage-agreement')!;
    const quote = initiative.sources[0]!.quotes.find((q) => q.supports.includes('title'))!;
    const card = await screen.findByRole('article');
    await waitFor(() => expect(card.querySelector('.present-card-original')).not.toBeNull());
    const original = card.querySelector('.present-card-original')!;
    expect(original).toHaveAttribute('lang', 'ru');
    expect(original).toHaveTextContent(quote.text.slice(0, 40));
    expect(card).toHaveTextContent('原文（俄文）');
    const primary = card.querySelector('.present-card-primary')!;
    if (quote.translations?.zh) {
      expect(primary).toHaveTextContent(quote.translations.zh);
      expect(primary).not.toHaveAttribute('lang');
      expect(card).toHaveTextContent('编者译文');
    } else {
      expect(primary).toHaveAttribute('lang', 'en');
      expect(card).toHaveTextContent('尚无中文译文，以英文显示');
    }
    // The Chinese order puts the translation first.
    expect(primary.compareDocumentPosition(original) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card).toHaveTextContent('2025年2月25日（推断）');
    for (const label of ['合作方', '日期', '地点', '来源：']) expect(card).toHaveTextContent(label);
    const ui = [...card.querySelectorAll('dt, .present-card-label, .present-card-role')].map((el) => el.textContent).join(' ');
    expect(ui).not.toMatch(ENGLISH_UI);
  });

  it('shows the presenter console in Chinese, following the main window’s language', async () => {
    const dataset = realDataset();
    await showLocale('en');
    renderApp('/?presenter=1');
    expect(await screen.findByRole('region', { name: 'Presenter view' })).toBeInTheDocument();
    const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as Deck;
    const snapshot: PresentationSnapshot = toSnapshot({ kind: 'curated', deck, index: 2, presenting: true, blanked: false, drifted: false, auto: null }, 'zh');
    const main = new BroadcastChannel(channelName(dataset.baseUrl));
    try {
      await act(async () => {
        main.postMessage({ type: 'state', state: snapshot });
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      const console = await screen.findByRole('region', { name: '演讲者视图' }, { timeout: 5000 });
      const scene = curated.scenes[2]!;
      expect(within(console).getByRole('status')).toHaveTextContent('第3个场景，共10个 · 正在演示。');
      const current = within(console).getByRole('region', { name: '当前场景' });
      expect(within(current).getByRole('heading', { level: 2 })).toHaveTextContent(zhOf(scene).title);
      expect(current).toHaveTextContent('演讲备注');
      expect(current).toHaveTextContent((scene.translations?.zh?.notes ?? scene.notes).split('\n')[0]!.slice(0, 30));
      expect(within(console).getByRole('region', { name: '下一个场景' })).toHaveTextContent(zhOf(curated.scenes[3]!).title);
      expect(within(console).getByRole('group', { name: '计时器' })).toHaveTextContent(/已用时间｜当前时间\d\d:\d\d/);
      expect(within(console).getByRole('button', { name: '黑屏' })).toBeInTheDocument();
      expect(within(console).getByRole('list', { name: '所有场景' })).toHaveTextContent(`1. ${zhOf(curated.scenes[0]!).title}`);
      expect(document.title).toBe('演讲者视图');
      const ui = [...console.querySelectorAll('h1, h3, button, [role="status"], .presenter-next > h2')].map((el) => el.textContent).join(' ');
      expect(ui).not.toMatch(ENGLISH_UI);
    } finally {
      main.close();
    }
  });
});
