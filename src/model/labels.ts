import type { TFunction } from 'i18next';
import type { InstrumentKind, OrganisationKind, PartyRoleKind, PlaceScope, ProvincialType, Status } from '../data/schema';

/** The vocabularies' labels in the display language (src/i18n/locales/<lang>/common.json, `vocab`). */
export const statusLabel = (t: TFunction, status: Status): string => t(`common.vocab.status.${status}`);
export const instrumentLabel = (t: TFunction, instrument: InstrumentKind): string => t(`common.vocab.instrument.${instrument}`);
export const organisationKindLabel = (t: TFunction, kind: OrganisationKind): string => t(`common.vocab.organisationKind.${kind}`);
export const scopeLabel = (t: TFunction, scope: PlaceScope): string => t(`common.vocab.scope.${scope}`);
export const roleLabel = (t: TFunction, role: PartyRoleKind): string => t(`common.vocab.role.${role}`);
/** 省, 自治区, 直辖市, 特别行政区 / province, autonomous region, municipality, special administrative region. */
export const provincialTypeLabel = (t: TFunction, type: ProvincialType, short = false): string => t(short ? `common.geo.unitShort.${type}` : `common.geo.unit.${type}`);
