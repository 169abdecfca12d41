import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { CaptionBar } from './CaptionBar';
import { TourCard } from './TourCard';
import { showsCard, toTourCard } from '../deck/tour-card';
import type { PresentSession } from '../session/use-present-session';

/** On screen while presenting: the scene's card (tours), the caption bar, and the blank screen. */
export function PresentStage({ session }: { session: PresentSession }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, index } = useCore();
  const cardOf = showsCard(session.scene) && session.scene?.selected ? index.byId.get(session.scene.selected)?.initiative : undefined;
  const card = useMemo(() => (cardOf ? toTourCard(dataset, cardOf, format) : null), [dataset, cardOf, format]);
  return (
    <>
      {card && <TourCard card={card} />}
      <CaptionBar session={session} />
      {session.blanked && <button type="button" className="present-blank" onClick={() => session.setBlanked(false)} aria-label={t('present.blank.label')} autoFocus />}
    </>
  );
}
