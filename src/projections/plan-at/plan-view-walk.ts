import type { PlanView, SatsningsomradeView, TiltakView, TiltaksomradeView } from '../read-model.js';

/** A tiltak with the areas it sits in, as the plan tree places it. */
export interface PlacedTiltak {
  plan: PlanView;
  satsningsomrade: SatsningsomradeView;
  tiltaksomrade: TiltaksomradeView;
  tiltak: TiltakView;
  /** Its place in a walk of the tree: satsningsområde by number, tiltaksområder and tiltak as the view orders them. */
  order: number;
}

/** Every tiltak of the plan in tree order. */
export function placedTiltak(plan: PlanView): PlacedTiltak[] {
  const placed: PlacedTiltak[] = [];
  for (const satsningsomrade of plan.satsningsomrader) {
    for (const tiltaksomrade of satsningsomrade.tiltaksomrader) {
      for (const tiltak of tiltaksomrade.tiltak) {
        placed.push({ plan, satsningsomrade, tiltaksomrade, tiltak, order: placed.length });
      }
    }
  }
  return placed;
}

/** Norwegian collation for names people read (æ, ø, å last, in that order). */
export const NORWEGIAN = new Intl.Collator('nb');

/** Norwegian collation with digit runs compared as numbers: "2.9" before "2.10". */
export const NATURAL = new Intl.Collator('nb', { numeric: true });

/** Tiltak numbers in natural order; a tiltak without a number comes after those with one. */
export function compareTiltakNumbers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return NATURAL.compare(a, b);
}

/** Plain code-point order for ids: stable and locale-free, only to break ties. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
