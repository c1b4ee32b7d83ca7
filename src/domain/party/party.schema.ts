import { z } from 'zod';
import { EntityIdSchema } from '../shared/ids.js';
import { LabelSchema, TitleSchema } from '../shared/text.js';

/** The kinds of organisation or body (aktør) that are responsible for or take part in a tiltak. */
export const PARTY_KINDS = [
  'helseforetak',
  'regionalt-helseforetak',
  'ideelt-sykehus',
  'kommune',
  'fagrad',
  'utvalg',
  'klinikk',
  'brukerorganisasjon',
  'gruppe',
  'other',
] as const;
export const PartyKindSchema = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKindSchema>;

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  helseforetak: 'Helseforetak',
  'regionalt-helseforetak': 'Regionalt helseforetak',
  'ideelt-sykehus': 'Ideelt sykehus med avtale',
  kommune: 'Kommune',
  fagrad: 'Fagråd',
  utvalg: 'Utvalg',
  klinikk: 'Klinikk/avdeling',
  brukerorganisasjon: 'Brukerorganisasjon',
  gruppe: 'Gruppe av aktører',
  other: 'Annen aktør',
};

/** Norway's four-digit municipality number (kommunenummer), leading zero kept. */
export const KommunenummerSchema = z.string().regex(/^\d{4}$/, 'a kommunenummer has four digits');

/**
 * A party as events carry it: resolved, with its stable id. `partOf` (the party it is a unit of: a clinic of its
 * hospital trust, a sykehjem of its kommune) and `abbreviation` were added later as optional fields, so every
 * payload written before them still reads as it is (absent: not a unit, no abbreviation).
 */
export const PartySchema = z.strictObject({
  id: EntityIdSchema,
  kind: PartyKindSchema,
  name: TitleSchema,
  kommunenummer: KommunenummerSchema.nullable(),
  abbreviation: LabelSchema.optional(),
  partOf: EntityIdSchema.optional(),
});
export type Party = z.infer<typeof PartySchema>;

/**
 * A party as a command names it; `resolveParty` turns it into a Party with its id. A unit names the party it is
 * part of by id (`partOf`): "Ortopedisk klinikk" of Ahus and of another trust are two parties.
 */
export const PartyInputSchema = z.strictObject({
  kind: PartyKindSchema,
  name: TitleSchema,
  kommunenummer: KommunenummerSchema.optional(),
  abbreviation: LabelSchema.optional(),
  partOf: EntityIdSchema.optional(),
});
export type PartyInput = z.infer<typeof PartyInputSchema>;

export const MAX_PARTIES = 50;
export const PartyListSchema = z.array(PartySchema).max(MAX_PARTIES);
export const PartyInputListSchema = z.array(PartyInputSchema).max(MAX_PARTIES);
