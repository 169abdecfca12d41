import { Trans } from 'react-i18next';
import { isHan } from '../../model/search-tokens';

/**
 * "Did you mean CATL?" / "您是不是要找宁德时代？": the nearest query that matches, as a button that
 * searches for it. The suggestion is the dataset's own words, in whichever language they are.
 */
export function SearchSuggestion({ suggestion, onUse }: { suggestion: string; onUse(suggestion: string): void }) {
  return (
    <span className="search-suggestion">
      <Trans
        i18nKey="search.suggestion.didYouMean"
        values={{ suggestion }}
        components={{
          suggestion: <button type="button" className="search-suggestion-button" lang={isHan(suggestion) ? 'zh-CN' : 'en'} onClick={() => onUse(suggestion)} />,
        }}
      />
    </span>
  );
}
