import type { CurateDraft, JsonObject } from './curate-types';
import { setInitiative } from './draft-updaters';
import { listAt } from './json-path';
import { newOrganisation } from './new-records';
import { suggestId } from './slug';

/** Adds an organisation as a party; its role stays unset until the curator picks one. */
export function addParty(draft: CurateDraft, organisationId: string): CurateDraft {
  const parties = listAt(draft.initiative, ['parties']) as JsonObject[];
  if (parties.some((p) => p.organisation === organisationId)) return draft;
  return setInitiative(draft, ['parties'], [...parties, { organisation: organisationId }]);
}

/** A new organisation named as the curator typed it, added as a party; its kind unset, its home country unknown. */
export function createOrganisation(draft: CurateDraft, name: string): CurateDraft {
  // A name searched for in Chinese is the Chinese name; the English one is the curator's to give.
  const chinese = /\p{Script=Han}/u.test(name);
  const organisation = newOrganisation({ id: chinese ? '' : suggestId(name), name: chinese ? '' : name, nameZh: chinese ? name : '', kind: '', homeCountry: '' });
  return addParty({ ...draft, newOrganisations: [...draft.newOrganisations, organisation] }, String(organisation.id));
}

/** Renames an organisation wherever the initiative names it: its parties and people. */
function renameOrganisation(draft: CurateDraft, from: string, to: string): CurateDraft {
  const rename = (items: JsonObject[]) => items.map((item) => (item.organisation === from ? { ...item, organisation: to } : item));
  const parties = setInitiative(draft, ['parties'], rename(listAt(draft.initiative, ['parties']) as JsonObject[]));
  return setInitiative(parties, ['people'], rename(listAt(draft.initiative, ['people']) as JsonObject[]));
}

/**
 * Sets a field of an organisation made in this draft. Its id follows its name while it is still
 * the one suggested from it, and the initiative follows its id. An empty home country is unknown (null).
 */
export function setNewOrganisationField(draft: CurateDraft, index: number, key: string, value: string): CurateDraft {
  const organisation = draft.newOrganisations[index];
  if (!organisation) return draft;
  let next: JsonObject = { ...organisation, [key]: value === '' ? (key === 'homeCountry' ? null : undefined) : key === 'homeCountry' ? value.toUpperCase() : value };
  if (key === 'name' && organisation.id === suggestId(typeof organisation.name === 'string' ? organisation.name : '')) next = { ...next, id: suggestId(value) };
  const withOrganisation = { ...draft, newOrganisations: draft.newOrganisations.map((o, i) => (i === index ? next : o)) };
  return next.id !== organisation.id ? renameOrganisation(withOrganisation, String(organisation.id ?? ''), String(next.id ?? '')) : withOrganisation;
}

/** Drops an organisation made in this draft, and the parties naming it. */
export function dropNewOrganisation(draft: CurateDraft, index: number): CurateDraft {
  const id = draft.newOrganisations[index]?.id;
  const parties = (listAt(draft.initiative, ['parties']) as JsonObject[]).filter((p) => p.organisation !== id);
  return { ...setInitiative(draft, ['parties'], parties), newOrganisations: draft.newOrganisations.filter((_, i) => i !== index) };
}
