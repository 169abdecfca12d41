import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOwnFile } from '../lib/inlined-files';
import { CurateEditor } from './CurateEditor';
import { readBaseDataset } from './read-base-dataset';
import './curate.css';

/** The dataset curation mode edits: the curated one, which `npm run curate` writes into. */
const DATASET = '/data/';

async function readFile(path: string): Promise<string | null> {
  const response = await fetchOwnFile(DATASET + path, { cache: 'no-cache' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${DATASET}${path}: ${response.status} ${response.statusText}`);
  return response.text();
}

export const baseQuery = { queryKey: ['curate', 'base', DATASET], queryFn: () => readBaseDataset(readFile), staleTime: Infinity, retry: false } as const;

/** Curation mode: the dataset's files as they are, then the editor. */
export default function CurateMode() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(baseQuery);
  if (error) {
    return (
      <main className="status-screen">
        <h1>{t('curate.title')}</h1>
        <p role="alert">{t('curate.loadError', { detail: error.message })}</p>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="status-screen">
        <p role="status">{t('curate.loading')}</p>
      </main>
    );
  }
  return <CurateEditor base={data} dataset={DATASET} onSaved={() => void refetch()} />;
}
