import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { DataProblem } from '../../src/data/data-problem';
import { findCurationWarnings } from '../../src/data/find-curation-warnings';
import { stripByteOrderMark } from '../../src/data/byte-order-mark';
import { jsonSyntaxProblem, readJsonText } from '../../src/data/json-text';
import { SourceSchema } from '../../src/data/schema';
import { checkDeck } from '../../src/present/deck/check-deck';
import { isObject, UNREADABLE } from '../../src/data/validate-records';
import { parseManifest, validateDataset, type ValidationResult } from '../../src/data/validate-dataset';
import type { Deck } from '../../src/present/deck/deck-schema';
import { findTranslationGaps, type TranslationGap } from './translation-gaps';

type ReadJson = { json: unknown; problem: DataProblem | null };

function readJson(file: string, shownAs: string): ReadJson {
  if (!existsSync(file)) return { json: UNREADABLE, problem: { file: shownAs, recordId: null, field: '', message: 'file not found' } };
  const text = readFileSync(file, 'utf8');
  const read = readJsonText(text);
  return read.ok ? { json: read.json, problem: null } : { json: UNREADABLE, problem: jsonSyntaxProblem(shownAs, text) };
}

export interface DatasetDirCheck {
  result: ValidationResult | null;
  /** Errors: the dataset is wrong. */
  problems: DataProblem[];
  /** Warnings: texts with no version in a display language (none when the dataset could not be read). */
  warnings: TranslationGap[];
  /** Warnings: records nothing uses, organisations that look entered twice (none when the dataset could not be read). */
  curationWarnings: DataProblem[];
}

/**
 * Reads a dataset folder (its manifest.json and the files it names, plus the archived source texts)
 * and validates it all, quotes included, and lists what lacks an English or a Chinese version.
 * Paths in problems and warnings are relative to the working directory.
 */
export function checkDatasetDir(dir: string): DatasetDirCheck {
  const manifestPath = join(dir, 'manifest.json');
  const shown = (file: string) => relative(process.cwd(), file) || file;
  const manifestRead = readJson(manifestPath, shown(manifestPath));
  if (manifestRead.problem) return { result: null, problems: [manifestRead.problem], warnings: [], curationWarnings: [] };
  const { manifest, problems: manifestProblems } = parseManifest(shown(manifestPath), manifestRead.json);
  if (!manifest) return { result: null, problems: manifestProblems, warnings: [], curationWarnings: [] };

  const problems: DataProblem[] = [];
  const load = (name: keyof typeof manifest.files) => {
    const file = resolve(dir, manifest.files[name] ?? '');
    const read = readJson(file, shown(file));
    if (read.problem) problems.push(read.problem);
    return { path: shown(file), json: read.json, dir: dirname(file) };
  };
  const files = {
    initiatives: load('initiatives'),
    organisations: load('organisations'),
    sectors: load('sectors'),
    sources: load('sources'),
    gazetteer: load('gazetteer'),
    ...(manifest.files.vocabulary ? { vocabulary: load('vocabulary') } : {}),
  };
  const sourceTexts = readSourceTexts(files.sources.json, files.sources.dir);
  const result = validateDataset({ manifest, files, sourceTexts });
  const deckProblems: DataProblem[] = [];
  let deck: Deck | null = null;
  const deckPath = manifest.files.deck ? shown(resolve(dir, manifest.files.deck)) : undefined;
  if (manifest.files.deck) {
    const file = resolve(dir, manifest.files.deck);
    const read = readJson(file, shown(file));
    if (read.problem) deckProblems.push(read.problem);
    else {
      const checked = checkDeck(read.json, result.dataset, shown(file));
      deckProblems.push(...checked.problems);
      deck = checked.deck;
    }
  }
  const warnings = findTranslationGaps(
    result.dataset,
    { manifest: shown(manifestPath), initiatives: files.initiatives.path, organisations: files.organisations.path, sectors: files.sectors.path, sources: files.sources.path, deck: deckPath },
    deck,
  );
  const curationWarnings = findCurationWarnings(result.dataset, { organisations: files.organisations.path, sectors: files.sectors.path, sources: files.sources.path });
  return { result, problems: [...problems, ...result.problems, ...deckProblems], warnings, curationWarnings };
}

/** Source id -> archived text, for every source entry whose file can be read. */
function readSourceTexts(sourcesJson: unknown, baseDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const list = isObject(sourcesJson) && Array.isArray(sourcesJson.sources) ? sourcesJson.sources : [];
  for (const raw of list) {
    const parsed = SourceSchema.safeParse(raw);
    if (!parsed.success) continue;
    const file = resolve(baseDir, parsed.data.file);
    if (existsSync(file)) texts.set(parsed.data.id, stripByteOrderMark(readFileSync(file, 'utf8')));
  }
  return texts;
}
