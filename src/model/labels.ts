import type { InstrumentKind, OrganisationKind, PlaceScope, Status } from '../data/schema';

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
