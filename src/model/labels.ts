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

// The English-only tables below are being replaced by the functions above (issue 12).

export const STATUS_LABELS: Record<Status, string> = {
  announced: 'Announced',
  agreed: 'Agreed',
  signed: 'Signed',
  launched: 'Launched',
  'in-implementation': 'In implementation',
  completed: 'Completed',
};

export const INSTRUMENT_LABELS: Record<InstrumentKind, string> = {
  memorandum: 'Memorandum',
  'strategic-cooperation-agreement': 'Strategic cooperation agreement',
  'cooperation-agreement': 'Cooperation agreement',
  'agreement-on-visit': 'Agreement reached on a visit',
  'programme-launch': 'Programme launch',
  'joint-initiative': 'Joint initiative',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  'multinational-company': 'Multinational company',
  'state-owned-enterprise': 'State-owned enterprise',
  'private-company': 'Private company',
  'city-government': 'City government',
  'district-government': 'District government',
  'park-management-committee': 'Park management committee',
  association: 'Association',
  'certification-body': 'Certification body',
  university: 'University',
  'government-agency': 'Government agency',
};

export const SCOPE_LABELS: Record<PlaceScope, string> = {
  nationwide: 'Nationwide',
  province: 'Province',
  city: 'City',
  district: 'District',
  park: 'Park',
};

export const ROLE_LABELS: Record<string, string> = {
  signatory: 'Signatory',
  partner: 'Party to the agreement',
  host: 'Host',
  witness: 'Witness',
  facilitator: 'Facilitator',
  launcher: 'Launched it',
};

const NUMBER = new Intl.NumberFormat('en-US');
export function formatCount(n: number): string {
  return NUMBER.format(n);
}
