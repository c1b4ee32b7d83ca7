// The Prometheus text format read by a parser that is not ours (parse-prometheus-text-format, a port of the
// Python client's parser), so a test checks what Prometheus would read rather than what we think we wrote.
import { createRequire } from 'node:module';

export interface Sample {
  value?: string;
  labels?: Record<string, string>;
  buckets?: Record<string, string>;
  count?: string;
  sum?: string;
}
export interface Family {
  name: string;
  help: string;
  type: string;
  metrics: Sample[];
}

const parse = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => Family[];

export function parsePrometheusText(text: string): Map<string, Family> {
  return new Map(parse(text).map((family) => [family.name, family]));
}

/** The samples of a family whose labels include every given one. */
export function samples(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): Sample[] {
  return (families.get(name)?.metrics ?? []).filter((sample) =>
    Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
  );
}

/** The sum of a counter's (or a histogram's count of) samples matching the labels; 0 when there are none. */
export function total(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples(families, name, labels).reduce(
    (sum, sample) => sum + Number(sample.value ?? sample.count ?? 0),
    0,
  );
}
