import { useCore } from '../../store/dashboard-context';
import { CaptionBar } from './CaptionBar';
import { TourCard } from './TourCard';
import { toTourCard } from '../deck/tour-card';
import type { PresentSession } from '../session/use-present-session';

/** On screen while presenting: the scene's card (tours), the caption bar, and the blank screen. */
export function PresentStage({ session }: { session: PresentSession }) {
  const { dataset, index } = useCore();
  const cardOf = session.scene?.card && session.scene.selected ? index.byId.get(session.scene.selected)?.initiative : undefined;
  return (
    <>
      {cardOf && <TourCard card={toTourCard(dataset, cardOf)} />}
      <CaptionBar session={session} />
      {session.blanked && (
        <button type="button" className="present-blank" onClick={() => session.setBlanked(false)} aria-label="Screen blanked: press any key or click to show it again" autoFocus />
      )}
    </>
  );
}
