import { describe, expect, it } from 'vitest';
import { OKABE_ITO, NEUTRAL, statusColour } from '../../../src/views/palette';
import { LANE_ATTRIBUTES, laneAttributeText, lanesInUse } from '../../../src/views/timeline/timeline-lanes';
import { realDataset } from '../../real-dataset';
import { chinese, curated, english } from './fixtures';

describe(lanesInUse, () => {
  it('has a lane per sector of a dated initiative, in vocabulary order, with the shared colours', () => {
    const lanes = lanesInUse('sector', realDataset(), curated.rows, english);
    // energy-efficiency, new-power-systems and smart-manufacturing belong only to the undated Schneider MoU.
    expect(lanes.map((l) => l.key)).not.toContain('energy-efficiency');
    expect(lanes[0]).toEqual({ key: 'digitalisation', label: 'Digitalisation', colour: OKABE_ITO[1] });
    expect(lanes.at(-1)).toEqual({ key: 'green-finance', label: 'Green finance and ESG', colour: NEUTRAL });
    expect(lanes).toHaveLength(12);
  });

  it('groups by status, partner kind or instrument on request', () => {
    expect(lanesInUse('status', realDataset(), curated.rows, english).map((l) => [l.label, l.colour])).toEqual([
      ['Agreed', statusColour(realDataset().vocabulary.statuses, 'agreed')],
      ['Signed', statusColour(realDataset().vocabulary.statuses, 'signed')],
      ['Launched', statusColour(realDataset().vocabulary.statuses, 'launched')],
    ]);
    expect(lanesInUse('instrument', realDataset(), curated.rows, english).map((l) => l.label)).toEqual([
      'Strategic cooperation agreement',
      'Agreement reached on a visit',
      'Programme launch',
    ]);
    expect(lanesInUse('partnerKind', realDataset(), curated.rows, english).map((l) => l.key)).toContain('city-government');
  });

  it('labels the lanes in Chinese: sectors from the data, the vocabularies from the locale files', async () => {
    const zh = await chinese();
    const sectors = lanesInUse('sector', realDataset(), curated.rows, zh);
    expect(sectors[0]!.label).toBe('数字化转型');
    expect(sectors.at(-1)!.label).toBe('绿色金融与ESG');
    expect(lanesInUse('status', realDataset(), curated.rows, zh).map((l) => l.label)).toEqual(['已达成', '已签署', '已启动']);
    expect(lanesInUse('instrument', realDataset(), curated.rows, zh).map((l) => l.label)).toEqual(['战略合作协议', '考察期间达成的合作', '项目启动']);
    expect(lanesInUse('partnerKind', realDataset(), curated.rows, zh).find((l) => l.key === 'city-government')!.label).toBe('市人民政府');
    expect(LANE_ATTRIBUTES.map((a) => laneAttributeText(zh.t, a).label)).toEqual(['领域', '状态', '机构类型', '合作形式']);
    expect(laneAttributeText(english.t, 'partnerKind')).toEqual({ label: 'Partner kind', noun: 'partner kind', plural: 'partner kinds' });
  });
});
