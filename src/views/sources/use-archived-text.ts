import { useQuery } from '@tanstack/react-query';
import { archivedTextQuery } from '../../data/archived-text-query';

/** The archived text at `path`, read once per page (the files do not change while the app runs). */
export function useArchivedText(path: string) {
  return useQuery(archivedTextQuery(path));
}
