import { z } from 'zod';
import { EntityIdSchema } from '../shared/ids.js';
import { TitleSchema } from '../shared/text.js';

/** The kinds of organisation or body (aktør) that are responsible for or take part in a tiltak. */
export const PARTY_KINDS = [
  'helseforetak',
  'kommune',
  'fagrad',
  'utvalg',
  'klinikk',
  'brukerorganisasjon',
  'other',
] as const;
export const PartyKindSchema = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKindSchema>;

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  helseforetak: 'Helseforetak',
  kommune: 'Kommune',
  fagrad: 'Fagråd',
  utvalg: 'Utvalg',
  klinikk: 'Klinikk/avdeling',
  brukerorganisasjon: 'Brukerorganisasjon',
  other: 'Annen aktør',
};

/** Norway's four-digit municipality number (kommunenummer), leading zero kept. */
export const KommunenummerSchema = z.string().regex(/^\d{4}$/, 'a kommunenummer has four digits');

/** A party as events carry it: resolved, with its stable id. */
export const PartySchema = z.strictObject({
  id: EntityIdSchema,
  kind: PartyKindSchema,
  name: TitleSchema,
  kommunenummer: KommunenummerSchema.nullable(),
});
export type Party = z.infer<typeof PartySchema>;

/** A party as a command names it; `resolveParty` turns it into a Party with its id. */
export const PartyInputSchema = z.strictObject({
  kind: PartyKindSchema,
  name: TitleSchema,
  kommunenummer: KommunenummerSchema.optional(),
});
export type PartyInput = z.infer<typeof PartyInputSchema>;

export const MAX_PARTIES = 50;
export const PartyListSchema = z.array(PartySchema).max(MAX_PARTIES);
export const PartyInputListSchema = z.array(PartyInputSchema).max(MAX_PARTIES);
