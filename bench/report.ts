import type { ScenarioKind } from './scenarios';

export interface SideMeasure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  conflicts: number;
  errors: number;
  total: number;
}

export interface ScenarioResult {
  name: string;
  kind: ScenarioKind;
  service: SideMeasure;
  baseline: SideMeasure;
  /** The service's VmHWM right after its side of this scenario: which load raised the peak. */
  servicePeakRssMiB: number | null;
}

export interface RunFacts {
  mode: string;
  database: string;
  volumes: string;
  startupMs: number;
  peakRssMiB: number | null;
  loadAverage: string;
  notes: string[];
}

/** The issue's targets, as ratios service/baseline measured in one run. */
const TARGETS = { writeThroughput: 0.5, readThroughput: 0.6, p99: 3, figuresTime: 1.5, rssMB: 300 };
const BYTES_PER_MIB = 1024 * 1024;
const MB = 1_000_000;

/** The issue's budget is in MB (10^6 bytes); VmHWM is read in MiB. */
function inMB(mebibytes: number): number {
  return (mebibytes * BYTES_PER_MIB) / MB;
}

function ratio(service: number, baseline: number): number {
  return baseline > 0 ? service / baseline : Number.NaN;
}

/** A row passes when its ratios meet the target and the service answered every request as expected. */
function verdict(result: ScenarioResult): { target: string; pass: boolean } {
  const answered = result.service.errors === 0;
  if (result.kind === 'figures') {
    const timeRatio = ratio(result.service.p50, result.baseline.p50);
    return {
      target: `time ≤ ${TARGETS.figuresTime}× SQL, no errors`,
      pass: answered && timeRatio <= TARGETS.figuresTime,
    };
  }
  const minimum = result.kind === 'write' ? TARGETS.writeThroughput : TARGETS.readThroughput;
  const pass =
    answered &&
    ratio(result.service.requestsPerSecond, result.baseline.requestsPerSecond) >= minimum &&
    ratio(result.service.p99, result.baseline.p99) <= TARGETS.p99;
  return { target: `req/s ≥ ${minimum}×, p99 ≤ ${TARGETS.p99}×, no errors`, pass };
}

const number = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The results as a Markdown document: the table, PASS/MISS per row, the run's circumstances. */
export function renderReport(results: ScenarioResult[], facts: RunFacts): string {
  const lines = [
    `# Benchmark results (${facts.mode})`,
    '',
    `Database: ${facts.database}. Data: ${facts.volumes}. Load average at start: ${facts.loadAverage} (2 shared cores; compare ratios, not absolute numbers).`,
    '',
    '| scenario | service req/s | baseline req/s | ratio | service p50 / p99 ms | baseline p50 / p99 ms | p99 ratio | 409 (svc/base) | errors (svc/base) | target | result |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const result of results) {
    const { service, baseline } = result;
    const { target, pass } = verdict(result);
    const throughputRatio =
      result.kind === 'figures'
        ? `time ${number(ratio(service.p50, baseline.p50), 2)}×`
        : number(ratio(service.requestsPerSecond, baseline.requestsPerSecond), 2);
    lines.push(
      `| ${result.name} | ${number(service.requestsPerSecond, 1)} | ${number(baseline.requestsPerSecond, 1)} | ${throughputRatio} | ${service.p50} / ${service.p99} | ${baseline.p50} / ${baseline.p99} | ${number(ratio(service.p99, baseline.p99), 2)} | ${service.conflicts} / ${baseline.conflicts} | ${service.errors} / ${baseline.errors} | ${target} | ${pass ? 'PASS' : 'MISS'} |`,
    );
  }
  const rssPass = facts.peakRssMiB !== null && inMB(facts.peakRssMiB) <= TARGETS.rssMB;
  lines.push(
    `| start-up to /health/ready | ${number(facts.startupMs)} ms | | | | | | | | reported | – |`,
    `| service peak RSS (VmHWM) | ${facts.peakRssMiB === null ? 'n/a' : `${number(facts.peakRssMiB)} MiB (${number(inMB(facts.peakRssMiB))} MB)`} | | | | | | | | ≤ ${TARGETS.rssMB} MB | ${rssPass ? 'PASS' : 'MISS'} |`,
    '',
    `- Service peak RSS after each scenario (MiB): ${results.map((result) => `${result.name} ${result.servicePeakRssMiB === null ? 'n/a' : number(result.servicePeakRssMiB)}`).join('; ')}.`,
    ...facts.notes.map((note) => `- ${note}`),
    '',
  );
  return lines.join('\n');
}

/** The read scenarios and figures of one dataset scale. */
export interface ScaleRun {
  scale: number;
  volumes: string;
  results: ScenarioResult[];
  generationSeconds: number;
  /** How the first GET of the yearly figures went, when it recounted the months the generation made stale. */
  firstFigures?: string;
}

/** How each read scenario's latency grows with the data: service p50 / p99 and its ratio to the baseline, per scale. */
export function renderScaleTable(runs: ScaleRun[]): string {
  const names = [
    ...new Set(
      runs.flatMap((run) => run.results.filter((result) => result.kind !== 'write').map((result) => result.name)),
    ),
  ];
  const cell = (run: ScaleRun, name: string) => {
    const result = run.results.find((each) => each.name === name);
    if (!result) return '–';
    const { service, baseline } = result;
    const against =
      result.kind === 'figures'
        ? `time ${number(ratio(service.p50, baseline.p50), 2)}×`
        : `${number(ratio(service.requestsPerSecond, baseline.requestsPerSecond), 2)}× req/s`;
    return `${service.p50} / ${service.p99} (${against})`;
  };
  return [
    '',
    '## How the cost grows with the data (`--scale`)',
    '',
    "Each scale is a fresh dataset of that many times the rows, with its own service and baseline start. Cells: service p50 / p99 ms (ratio to the baseline in the same run). Keyset lists should stay flat, and so should the yearly figures: a closed year reads its months' kept parts.",
    '',
    `| scenario | ${runs.map((run) => `${run.scale}×`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...names.map((name) => `| ${name} | ${runs.map((run) => cell(run, name)).join(' | ')} |`),
    '',
    ...runs.map(
      (run) =>
        `- ${run.scale}×: ${run.volumes}; generated in ${number(run.generationSeconds, 0)} s` +
        (run.firstFigures ? `; the first yearly figures after it ${run.firstFigures}.` : '.'),
    ),
    '',
  ].join('\n');
}
