import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManifestSchema, SourceSchema } from '../../src/data/schema';

const source = { id: 'a-source', file: 'sources/a.en.txt', title: null, publisher: null, date: { value: null, precision: 'unknown', basis: 'stated' }, language: 'en' };

describe('SourceSchema: where a source was read', () => {
  it('takes an original address, the day it was accessed and an archive link, all optional', () => {
    expect(SourceSchema.safeParse(source).success).toBe(true);
    expect(SourceSchema.safeParse({ ...source, url: 'https://example.org/a', accessed: '2024-02-29', archiveUrl: 'http://archive.example/a' }).success).toBe(true);
  });

  it('refuses an address that is not http or https, and a day that is not on the calendar', () => {
    expect(SourceSchema.safeParse({ ...source, url: 'ftp://example.org/a' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...source, archiveUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...source, accessed: '2025-02-30' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...source, accessed: '2025-03' }).success).toBe(false);
  });
});

describe('ManifestSchema: what a citation needs', () => {
  const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Record<string, unknown>;

  it('reads the curated manifest with its version and the day its data changed, and no licence', () => {
    const parsed = ManifestSchema.parse(manifest);
    expect(parsed.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    expect(parsed.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parsed.licence).toBeUndefined();
  });

  it('refuses an update day that is not a real day', () => {
    expect(ManifestSchema.safeParse({ ...manifest, updated: '2026-13-01' }).success).toBe(false);
  });
});
