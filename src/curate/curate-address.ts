/** `?curate` in the address opens the curation editor instead of the dashboard. */
export const isCurateAddress = (search: string): boolean => new URLSearchParams(search).has('curate');

/**
 * Where `npm run curate` takes the editor's saves (scripts/lib/curate-write-plugin.ts); undefined
 * in the static build, which offers the changed files as a download instead.
 */
export const curateWriteUrl = (): string | undefined => {
  const url: unknown = import.meta.env.VITE_CURATE_WRITE;
  return typeof url === 'string' && url !== '' ? url : undefined;
};
