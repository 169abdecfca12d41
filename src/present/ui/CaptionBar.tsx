import { Trans, useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-formatter';
import { sceneWords } from '../deck/scene-words';
import { PresentControls } from './PresentControls';
import { SceneWordsText } from './SceneWordsText';
import { useIdle } from '../session/use-idle';
import type { PresentSession } from '../session/use-present-session';

/** The band under the views: scene number, title and caption, large; the controls beside them. */
export function CaptionBar({ session }: { session: PresentSession }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { scene, index, count, digits, drifted, message } = session;
  const idle = useIdle(3000);
  const words = scene ? sceneWords(scene, locale) : null;
  return (
    <footer className={`present-bar${idle ? ' idle' : ''}`} aria-label={t('present.bar.label')}>
      <p className="present-counter">
        {count ? (
          <>
            <span className="visually-hidden">{t('present.bar.counter', { n: index + 1, total: count })}</span>
            <span aria-hidden="true">
              <span className="present-counter-now">{index + 1}</span> / {count}
            </span>
          </>
        ) : (
          t('present.bar.noScenes')
        )}
      </p>
      <div className="present-caption-text">
        {/* A card already shows the title in large type; the bar then gives the caption alone. One fallback mark serves both lines. */}
        {!scene?.card && <p className="present-scene-title">{words ? <SceneWordsText words={words.title} mark={!words.caption?.fallback} /> : t('present.bar.emptyDeck')}</p>}
        {words?.caption && (
          <p className="present-caption">
            <SceneWordsText words={words.caption} />
          </p>
        )}
      </div>
      <PresentControls session={session} />
      {(digits || message || drifted) && (
        <p className="present-hint">
          {digits ? (
            <Trans i18nKey="present.bar.goTo" values={{ digits }} components={{ strong: <strong /> }} />
          ) : message ? (
            message
          ) : (
            <Trans i18nKey="present.bar.exploring" values={{ n: index + 1 }} components={{ kbd: <kbd /> }} />
          )}
        </p>
      )}
    </footer>
  );
}
