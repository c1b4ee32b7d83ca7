import { isDomainError, resolveParty, type PartyInput } from '../domain/index.js';
import type { PlanDocument } from './plan-document.schema.js';
import type { ImportProblem } from './plan-import.errors.js';

export interface DocumentParties {
  /** How a command names each of the document's parties, by the document's party id. */
  inputs: ReadonlyMap<string, PartyInput>;
  /** The id the domain gives each of them (`resolveParty`), by the document's party id. */
  domainIds: ReadonlyMap<string, string>;
  problems: ImportProblem[];
}

/**
 * The document's parties as the domain will name them. The domain identifies a party by kind and name, not by the
 * document's id, so two parties of the document that the domain would take for one are refused here: merging them
 * silently would change who is responsible for what.
 */
export function documentParties(document: PlanDocument): DocumentParties {
  const inputs = new Map<string, PartyInput>();
  const domainIds = new Map<string, string>();
  const problems: ImportProblem[] = [];
  const byDomainId = new Map<string, string>();
  const byDocumentId = new Map(document.parties.map((party) => [party.id, party]));
  // A unit's id is made with its parent's domain id; the schema refused cycles, so this ends.
  const parentDomainId = (documentId: string): string | undefined => {
    const parent = byDocumentId.get(documentId);
    if (parent === undefined) return undefined;
    try {
      return resolveParty(inputOf(parent)).id;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return undefined;
    }
  };
  const inputOf = (party: PlanDocument['parties'][number]): PartyInput => {
    const partOf = party.partOf === undefined ? undefined : parentDomainId(party.partOf);
    return {
      kind: party.kind,
      name: party.name,
      ...(party.kommunenummer === undefined ? {} : { kommunenummer: party.kommunenummer }),
      ...(party.abbreviation === undefined ? {} : { abbreviation: party.abbreviation }),
      ...(partOf === undefined ? {} : { partOf }),
    };
  };
  document.parties.forEach((party, index) => {
    const input = inputOf(party);
    const path = `/parties/${index}`;
    let domainId: string;
    try {
      domainId = resolveParty(input).id;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ path, code: error.code, command: null, message: error.message });
      return;
    }
    const other = byDomainId.get(domainId);
    if (other !== undefined) {
      problems.push({
        path,
        code: 'IMPORT.PARTIES_MERGED',
        command: null,
        message: `${party.id} and ${other} would both be the party ${domainId}`,
      });
      return;
    }
    byDomainId.set(domainId, party.id);
    inputs.set(party.id, input);
    domainIds.set(party.id, domainId);
  });
  return { inputs, domainIds, problems };
}
