import curated from '../../data/vocabulary.json';
import { readVocabulary, type Vocabulary, type VocabularyFile } from './vocabulary-terms';

/**
 * The built-in vocabulary, for a dataset whose manifest names no vocabulary file: the curated
 * dataset's own file, so the terms live in one place. Imported only by the validation chunk, the
 * scripts and tests: the first screen reads the loaded dataset's terms.
 */
export const DEFAULT_VOCABULARY_FILE: VocabularyFile = curated;

/** The built-in vocabulary as code reads it. */
export const DEFAULT_VOCABULARY: Vocabulary = readVocabulary(DEFAULT_VOCABULARY_FILE);
