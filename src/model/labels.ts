import type { TFunction } from 'i18next';
import type { Dataset } from '../data/dataset';
import type { InstrumentKind, OrganisationKind, PartyRoleKind, PlaceScope, ProvincialType, Status } from '../data/schema';
import { termLabel } from '../data/vocabulary-terms';
import type { Locale } from '../i18n/locale';

/** What a vocabulary label needs: the dataset's vocabulary (data/vocabulary.json, the curator's words in both languages). */
type WithVocabulary = Pick<Dataset, 'vocabulary'>;

/** The vocabularies' labels in the display language, from the dataset's vocabulary; a term it lacks shows its id. */
export const statusLabel = ({ vocabulary }: WithVocabulary, locale: Locale, status: Status): string => termLabel(vocabulary.statuses, status, locale);
export const instrumentLabel = ({ vocabulary }: WithVocabulary, locale: Locale, instrument: InstrumentKind): string => termLabel(vocabulary.instruments, instrument, locale);
export const organisationKindLabel = ({ vocabulary }: WithVocabulary, locale: Locale, kind: OrganisationKind): string => termLabel(vocabulary.organisationKinds, kind, locale);
export const scopeLabel = ({ vocabulary }: WithVocabulary, locale: Locale, scope: PlaceScope): string => termLabel(vocabulary.placeScopes, scope, locale);
export const roleLabel = ({ vocabulary }: WithVocabulary, locale: Locale, role: PartyRoleKind): string => termLabel(vocabulary.partyRoles, role, locale);
/** 省, 自治区, 直辖市, 特别行政区 / province, autonomous region, municipality, special administrative region. */
export const provincialTypeLabel = (t: TFunction, type: ProvincialType, short = false): string => t(short ? `common.geo.unitShort.${type}` : `common.geo.unit.${type}`);
