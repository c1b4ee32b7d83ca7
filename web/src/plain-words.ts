// The API's problem+json answers in sentences a person understands (bokmål): by the stable `code`, never the text.

const BY_CODE: Record<string, string> = {
  'AUTH.MISSING_TOKEN': 'Du må logge inn med en tilgangsnøkkel.',
  'AUTH.INVALID_TOKEN':
    'Tilgangsnøkkelen er ugyldig eller trukket tilbake. Sjekk at du limte inn hele nøkkelen.',
  'AUTH.TOKEN_EXPIRED': 'Tilgangsnøkkelen er utløpt. Be om en ny.',
  'AUTH.FORBIDDEN': 'Rollen din gir ikke lov til dette.',
  'AUTH.OUT_OF_SCOPE': 'Nøkkelen din gjelder ikke denne planen.',
  'PRECONDITION.REVISION_MISMATCH': 'Noen andre har endret dette tiltaket. Last inn på nytt.',
  'STORE.CONCURRENT_WRITE': 'Noen andre lagret samtidig. Prøv igjen.',
  'COMMAND.EFFECTIVE_IN_FUTURE': 'Datoen kan ikke ligge fram i tid.',
  'TILTAK.NO_CHANGE': 'Tiltaket har allerede denne verdien på den datoen.',
  'TILTAK.REOPEN_NEEDS_REASON': 'Å gjenåpne et avsluttet tiltak krever en begrunnelse.',
  'TILTAK.BEFORE_CREATION': 'Datoen ligger før tiltaket ble opprettet.',
  'TILTAK.TRANSITION_NOT_ALLOWED': 'Tiltaket kan ikke gå direkte fra sin status til denne.',
  'TILTAK.CONFLICTS_WITH_LATER_STATUS':
    'Endringen passer ikke med en senere statusrapport for tiltaket. Se historikken.',
  'TILTAK.REPEATS_LATER_STATUS':
    'Den neste statusrapporten for tiltaket sier det samme. Velg en annen status eller en annen dato.',
  'TILTAK.NOT_FOUND': 'Fant ikke tiltaket.',
  'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD': 'Året ligger utenfor planperioden (ett år før eller etter er tillatt).',
  'FUNDING.GRANT_EXISTS':
    'Tiltaket har allerede en tildeling fra denne kilden for dette året. Bruk en annen kilde eller et annet år, eller rett opp den som finnes.',
  'FUNDING.GRANT_NOT_FOUND': 'Tiltaket har ingen slik tildeling.',
  'FUNDING.BEFORE_GRANT': 'En tildeling kan ikke trekkes før den ble gitt.',
  'FUNDING.ALREADY_WITHDRAWN': 'Tildelingen er allerede trukket.',
  'RETRACTION.ALREADY_RETRACTED': 'Denne hendelsen er allerede trukket tilbake.',
  'RETRACTION.CANNOT_RETRACT_RETRACTION': 'En tilbaketrekking kan ikke trekkes tilbake.',
  'RETRACTION.CREATION_NOT_RETRACTABLE':
    'At tiltaket ble opprettet kan ikke trekkes tilbake; rett opp tittel, ansvar eller plassering i stedet.',
  'RETRACTION.EVENT_HAS_DEPENDENTS':
    'Senere hendelser bygger på denne (for eksempel en tilbaketrekking av tildelingen). Rett opp dem først.',
  'RETRACTION.EVENT_NOT_IN_STREAM': 'Fant ikke hendelsen i dette tiltaket.',
  'RETRACTION.REPLACEMENT_TYPE_MISMATCH': 'Rettelsen må være av samme slag som hendelsen den retter.',
  'RETRACTION.CORRECTION_CHANGES_NOTHING':
    'Rettelsen er lik det som står. Endre en verdi eller datoen før du lagrer.',
  'EVENT.NOT_FOUND': 'Fant ikke hendelsen.',
  'PLAN.NOT_FOUND': 'Fant ikke planen.',
  'REQUEST.RATE_LIMITED': 'For mange forespørsler. Vent litt og prøv igjen.',
  'REQUEST.INVALID_CURSOR': 'Sidehenvisningen er ugyldig. Start fra første side.',
  'EXPORT.TOO_MANY_ROWS': 'Utvalget er for stort til å lastes ned. Snevre inn filteret.',
  'SERVER.OVERLOADED': 'Tjenesten er travel akkurat nå. Prøv igjen om litt.',
  'STORE.UNAVAILABLE': 'Tjenesten får ikke kontakt med lageret sitt. Prøv igjen om litt.',
  'SERVICE.NOT_READY': 'Tjenesten starter opp. Prøv igjen om litt.',
};

/** Field names (the last part of an error's path) as a form labels them. */
const FIELD_WORDS: Record<string, string> = {
  amountNok: 'beløp',
  year: 'år',
  source: 'kilde',
  decisionReference: 'vedtaksreferanse',
  effectiveAt: 'dato',
  reason: 'begrunnelse',
  text: 'notat',
  status: 'status',
  actor: 'aktør',
  tiltakId: 'tiltak',
  type: 'hendelsestype',
  from: 'fra-dato',
  to: 'til-dato',
  validAt: 'dato',
  knownAt: 'kjent per',
};

export interface Problem {
  code?: string;
  detail?: string;
  title?: string;
  errors?: { path?: string; message?: string; code?: string }[];
}

function fieldsNamed(problem: Problem): string[] {
  const names = (problem.errors ?? []).map((error) => {
    const last =
      (error.path ?? '')
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? '';
    return FIELD_WORDS[last] ?? last;
  });
  return [...new Set(names.filter((name) => name !== ''))];
}

/** One sentence for an answer that is not 2xx. */
export function plainWords(status: number, problem: Problem): string {
  const known = problem.code === undefined ? undefined : BY_CODE[problem.code];
  if (known !== undefined) return known;
  if (status === 400) {
    const fields = fieldsNamed(problem);
    if (fields.length > 0) return `Sjekk feltet ${fields.join(', ')}: verdien ble ikke godtatt.`;
    return 'Noen av verdiene ble ikke godtatt. Sjekk skjemaet.';
  }
  if (status === 412) return BY_CODE['PRECONDITION.REVISION_MISMATCH']!;
  if (status === 404) return 'Fant ikke det du ba om.';
  if (status === 409) return 'Endringen passer ikke med det som allerede er registrert.';
  return `Noe gikk galt (${status}${problem.code === undefined ? '' : ` ${problem.code}`}). Prøv igjen.`;
}
