import { z } from 'zod';

/** The number a plan document gives a tiltak within its tiltaksområde ("1", "2.2"); a label, not an identity. */
export const TiltakNumberSchema = z.string().trim().min(1).max(20);
