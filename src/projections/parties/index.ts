// The party register with its hierarchy, and what each party is responsible for or takes part in.
export { buildPartyRegister, PartyRegister, type RegisteredParty } from './party-register.js';
export { involvementOf, PARTY_ROLES, type PartyInvolvement, type PartyRole } from './party-involvement.js';
