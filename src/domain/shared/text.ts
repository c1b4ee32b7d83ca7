import { z } from 'zod';

// Limits generous enough for the seed plans' longest texts, small enough that nobody stores a novel by mistake.
export const TITLE_MAX = 300;
export const DESCRIPTION_MAX = 5000;
export const REASON_MAX = 2000;
export const LABEL_MAX = 200;

function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** A title: satsningsområde, tiltaksområde, tiltak, plan. */
export const TitleSchema = text(TITLE_MAX);
/** A longer free text: a description, a goal, a progress note. */
export const DescriptionSchema = text(DESCRIPTION_MAX);
/** Why a change was made; required for reopening, retractions and corrections. */
export const ReasonSchema = text(REASON_MAX);
/** Short labels: a funding source, a decision reference, a party name. */
export const LabelSchema = text(LABEL_MAX);
