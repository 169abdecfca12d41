import { useEffect, useRef } from 'react';
import { describePlace } from '../../model/describe-initiative';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, ROLE_LABELS, SCOPE_LABELS, STATUS_LABELS } from '../../model/labels';
import { useControls } from '../../store/use-controls';
import { DateLine } from './DateLine';
import { SourceList } from './SourceList';

export function DetailsPanel() {
  const { dataset, index, selectedId, select } = useControls();
  const heading = useRef<HTMLHeadingElement>(null);
  const initiative = selectedId ? index.byId.get(selectedId)?.initiative : undefined;

  useEffect(() => {
    if (initiative) heading.current?.focus();
  }, [initiative]);

  if (!initiative) {
    return (
      <section className="panel details-panel" aria-label="Details">
        <h2 id="details-title">Details</h2>
        <p className="empty">
          {selectedId ? `No initiative "${selectedId}" in this dataset (or it was left out for data problems).` : 'Select an initiative in the list or on the map to see its parties, places, people and sources.'}
        </p>
      </section>
    );
  }
  const inferred = initiative.inferred ?? [];
  return (
    <section className="panel details-panel" aria-label="Details">
      <div className="details-head">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {initiative.title}
        </h2>
        <button type="button" className="button small" onClick={() => select(null)} aria-label="Close details">
          Close
        </button>
      </div>
      <p>{initiative.summary}</p>
      <dl className="facts">
        <dt>Instrument</dt>
        <dd>{INSTRUMENT_LABELS[initiative.instrument]}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[initiative.status]}</dd>
        <dt>Date</dt>
        <dd>
          <DateLine date={initiative.date} />
        </dd>
        <dt>Sectors</dt>
        <dd>{initiative.sectors.map((id) => dataset.sectors.get(id)?.label ?? id).join(', ')}</dd>
      </dl>
      <h3>Parties</h3>
      <ul className="parties">
        {initiative.parties.map((party) => {
          const org = dataset.organisations.get(party.organisation);
          return (
            <li key={party.organisation}>
              <strong>{org?.name ?? party.organisation}</strong> — {ROLE_LABELS[party.role] ?? party.role}
              {org && (
                <span className="muted">
                  {' '}
                  · {ORGANISATION_KIND_LABELS[org.kind]} · {org.homeCountry ?? 'home country not stated'}
                  {org.inferred?.length ? ` · inferred: ${org.inferred.map((i) => i.field).join(', ')}` : ''}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <h3>Places</h3>
      <ul className="places">
        {initiative.places.map((place, i) => {
          const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
          return (
            <li key={i}>
              <strong>{describePlace(dataset, place)}</strong> <span className="muted">· {SCOPE_LABELS[place.scope]}</span>
              {hit && (
                <span className="muted">
                  {' '}
                  · {hit.nameZh} {hit.provinceZh !== hit.nameZh ? hit.provinceZh : ''} · {hit.lat.toFixed(3)}°N {hit.lon.toFixed(3)}°E (gazetteer {hit.id})
                </span>
              )}
              {place.basis === 'inferred' && <span className="tag inferred">inferred</span>}
              {place.reason && <span className="reason">{place.reason}</span>}
            </li>
          );
        })}
      </ul>
      {initiative.people.length > 0 && (
        <>
          <h3>People named</h3>
          <ul className="people">
            {initiative.people.map((person) => (
              <li key={person.name}>
                <strong>{person.name}</strong>
                {person.title ? `, ${person.title}` : <span className="muted"> (title not stated)</span>} — {person.role}
              </li>
            ))}
          </ul>
        </>
      )}
      {inferred.length > 0 && (
        <>
          <h3>Inferred, not stated</h3>
          <ul>
            {inferred.map((item) => (
              <li key={item.field}>
                <code>{item.field}</code>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <SourceList dataset={dataset} refs={initiative.sources} />
    </section>
  );
}
