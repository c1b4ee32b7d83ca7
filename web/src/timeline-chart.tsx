// The count per status over time as stacked SVG bars, one per interval; a bar is a button that selects it.
import type { Timeline } from './api.js';
import { STATUS_COLOURS, STATUS_LABELS, formatNumber, statusKey } from './format.js';

type Bucket = Timeline['buckets'][number];

const WIDTH = 900;
const HEIGHT = 220;
const AXIS = 28;

export function TimelineChart(props: {
  buckets: readonly Bucket[];
  selected: string | null;
  onSelect: (label: string) => void;
}) {
  const { buckets } = props;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.tiltakCount));
  const slot = (WIDTH - AXIS) / Math.max(1, buckets.length);
  const scale = (HEIGHT - 30) / max;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label="Antall tiltak per status over tid"
    >
      <text x={0} y={12} class="axis">
        {formatNumber(max)}
      </text>
      <line x1={AXIS} x2={WIDTH} y1={HEIGHT - 20} y2={HEIGHT - 20} class="baseline" />
      {buckets.map((bucket, index) => {
        let y = HEIGHT - 20;
        const x = AXIS + index * slot;
        const total = bucket.statusCounts.map((c) => `${c.statusLabel}: ${formatNumber(c.count)}`).join(', ');
        return (
          <g
            key={bucket.label}
            class={props.selected === bucket.label ? 'bar selected' : 'bar'}
            tabIndex={0}
            role="button"
            aria-label={`${bucket.label}: ${total}`}
            aria-pressed={props.selected === bucket.label}
            data-bucket={bucket.label}
            onClick={() => props.onSelect(bucket.label)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                props.onSelect(bucket.label);
              }
            }}
          >
            <title>{`${bucket.label}: ${total}`}</title>
            {bucket.statusCounts.map((count) => {
              const height = count.count * scale;
              y -= height;
              return (
                <rect
                  key={statusKey(count.status)}
                  x={x + 1}
                  y={y}
                  width={Math.max(1, slot - 2)}
                  height={height}
                  fill={STATUS_COLOURS[statusKey(count.status)]}
                  stroke="#555"
                  stroke-width={0.3}
                />
              );
            })}
            {index % 3 === 0 ? (
              <text x={x} y={HEIGHT - 5} class="axis">
                {bucket.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export function Legend() {
  return (
    <ul class="legend">
      {Object.entries(STATUS_LABELS).map(([key, label]) => (
        <li key={key}>
          <span class="swatch" style={{ background: STATUS_COLOURS[key] }} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
