import { describe, expect, it } from 'vitest';
import { OKABE_ITO, NEUTRAL, STATUS_COLOURS } from '../../../src/views/palette';
import { lanesInUse } from '../../../src/views/timeline/timeline-lanes';
import { realDataset } from '../../real-dataset';
import { curated } from './fixtures';

describe(lanesInUse, () => {
  it('has a lane per sector of a dated initiative, in vocabulary order, with the shared colours', () => {
    const lanes = lanesInUse('sector', realDataset(), curated.rows);
    // energy-efficiency, new-power-systems and smart-manufacturing belong only to the undated Schneider MoU.
    expect(lanes.map((l) => l.key)).not.toContain('energy-efficiency');
    expect(lanes[0]).toEqual({ key: 'digitalisation', label: 'Digitalisation', colour: OKABE_ITO[1] });
    expect(lanes.at(-1)).toEqual({ key: 'green-finance', label: 'Green finance and ESG', colour: NEUTRAL });
    expect(lanes).toHaveLength(12);
  });

  it('groups by status, partner kind or instrument on request', () => {
    expect(lanesInUse('status', realDataset(), curated.rows).map((l) => [l.label, l.colour])).toEqual([
      ['Agreed', STATUS_COLOURS.agreed],
      ['Signed', STATUS_COLOURS.signed],
      ['Launched', STATUS_COLOURS.launched],
    ]);
    expect(lanesInUse('instrument', realDataset(), curated.rows).map((l) => l.label)).toEqual([
      'Strategic cooperation agreement',
      'Agreement reached on a visit',
      'Programme launch',
    ]);
    expect(lanesInUse('partnerKind', realDataset(), curated.rows).map((l) => l.key)).toContain('city-government');
  });
});
