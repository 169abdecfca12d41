import { useTranslation } from 'react-i18next';
import { curateWriteUrl } from './curate-address';

/** The header's way into the editor, under `npm run curate` only (the static build has it at `?curate`). */
export function CurateLink() {
  const { t } = useTranslation();
  if (!curateWriteUrl()) return null;
  return (
    <a className="button" href="/?curate">
      {t('curate.header.open')}
    </a>
  );
}
