import type { VariantResult } from '@cascade/stats';
import { IntervalPlot, LineChart } from '../../ui/charts';
import { formatCount, formatDateTime, formatMoney, formatPercent, formatPValue } from '../../ui/format';
import type { SplitExperiment } from './experiments-api';
import {
  cumulativeConversion, dayLabel, formatInterval, formatMoneyDifference, formatPoints, formatRelative, pEquals, plotLabel, sampleRatioRows, shareWidth, showsHolm,
  variantLabel, verdictTone,
} from './experiment-view';
import { HINTS } from './hints';

const rate = (value: number) => formatPercent(value, 2);

/** One split node's A/B test: verdict, variants side by side, the tests behind them and the daily trend. */
export function SplitExperimentCard({ split, mdeGiven }: { split: SplitExperiment; mdeGiven: boolean }) {
  const name = split.label ?? split.nodeId;
  const control = split.variants.find((variant) => variant.isControl) ?? null;
  return (
    <section className="card split" role="region" aria-label={`Experiment ${name}`}>
      <header className="split-head">
        <h2>{name}</h2>
        <span className="muted small">split node <code>{split.nodeId}</code> · control: {variantLabel(split.variants, split.controlId)}</span>
      </header>
      <Verdict split={split} />
      <WinnerDecision split={split} />
      <VariantsTable variants={split.variants} />
      <h3>Conversion rate with 95% intervals</h3>
      <IntervalPlot
        title={`Conversion rate of each variant of ${name} with its 95% Wilson interval; dashed line: the control's rate`}
        rows={split.variants.map((variant) => ({
          id: variant.id, label: plotLabel(variant.label, variant.isControl),
          estimate: variant.rate, lower: variant.interval?.lower ?? null, upper: variant.interval?.upper ?? null,
        }))}
        reference={control?.rate === null || control?.rate === undefined ? null : { value: control.rate, label: `control ${rate(control.rate)}` }}
        format={(value) => formatPercent(value, 1)}
        floor={0}
      />
      <p className="hint">{HINTS.intervalPlot}</p>
      <div className="grid cols-3 tests">
        <ChiSquare split={split} />
        <SampleRatio split={split} />
        <Power split={split} mdeGiven={mdeGiven} />
      </div>
      <h3>Conversion over time</h3>
      <ConversionOverTime split={split} name={name} />
    </section>
  );
}

function Verdict({ split }: { split: SplitExperiment }) {
  const tone = verdictTone(split.verdict.status);
  if (split.verdict.status === 'sample_ratio_mismatch') {
    return (
      <div role="alert" className="banner error verdict">
        <strong>{split.verdict.text}</strong>
        <div className="small">
          The assignment counts differ from the configured weights beyond chance (SRM check, {pEquals(split.sampleRatio?.pValue)}).
          The split is broken somewhere, so rates and uplifts below cannot be trusted.
        </div>
      </div>
    );
  }
  return <p className={`verdict tone-${tone}`} data-status={split.verdict.status}>{split.verdict.text}</p>;
}

function WinnerDecision({ split }: { split: SplitExperiment }) {
  const { winner, winnerRule } = split;
  return (
    <div className="winner small">
      {winner && winner.variantId !== null && (
        <p>
          <strong>Winner: {variantLabel(split.variants, winner.variantId)}</strong>, chosen by the winner rule on {formatDateTime(winner.decidedAt)}.
          {winner.reason && <> <span className="muted">{winner.reason}</span></>}
        </p>
      )}
      {winner && winner.variantId === null && (
        <p>The winner rule found no winner on {formatDateTime(winner.decidedAt)}.{winner.reason && <> <span className="muted">{winner.reason}</span></>}</p>
      )}
      {!winner && winnerRule && (
        <p className="muted">
          Winner rule: once every variant has at least {formatCount(winnerRule.minimumPerVariant)} contacts, the variant with a probability to be best
          of at least {formatPercent(winnerRule.probability, 0)} gets every new contact. No decision yet.
        </p>
      )}
      {(winner || winnerRule || split.sentToWinner > 0) && (
        <p title={HINTS.sentToWinner}>
          Sent to the winner: <strong>{formatCount(split.sentToWinner)}</strong> contacts <span className="muted">(not randomised, so not in the figures)</span>
        </p>
      )}
    </div>
  );
}

function VariantsTable({ variants }: { variants: VariantResult[] }) {
  const holm = showsHolm(variants);
  return (
    <div className="table-scroll">
      <table className="data variants">
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col" className="num" title={HINTS.assigned}>Assigned</th>
            <th scope="col" className="num" title={HINTS.converted}>Converted</th>
            <th scope="col" className="num" title={HINTS.rate}>Rate (95% CI)</th>
            <th scope="col" className="num" title={HINTS.upliftAbsolute}>Uplift, pp (95% CI)</th>
            <th scope="col" className="num" title={HINTS.upliftRelative}>Uplift, relative (95% CI)</th>
            <th scope="col" className="num" title={HINTS.pValue}>p-value</th>
            {holm && <th scope="col" className="num" title={HINTS.holm}>p, Holm</th>}
            <th scope="col" title={HINTS.probabilityToBeBest}>P(best)</th>
            <th scope="col" className="num" title={HINTS.revenuePerContact}>Revenue / contact</th>
            <th scope="col" className="num" title={HINTS.revenueDifference}>vs control (95% CI, p)</th>
          </tr>
        </thead>
        <tbody>
          {variants.map((variant) => (
            <tr key={variant.id}>
              <th scope="row">
                {variant.label}
                {variant.isControl && <> <span className="badge">control</span></>}
                <div className="muted small">weight {variant.weight}</div>
              </th>
              <td className="num">{formatCount(variant.assigned)}</td>
              <td className="num">{formatCount(variant.converted)}</td>
              <td className="num">
                <strong>{formatPercent(variant.rate, 2)}</strong>
                <div className="muted small">{formatInterval(variant.interval, rate)}</div>
              </td>
              <td className="num">
                {variant.isControl ? <span className="muted">baseline</span> : (
                  <>
                    {formatPoints(variant.uplift?.absolute)}
                    <div className="muted small">{formatInterval(variant.uplift?.absoluteInterval, (value) => formatPoints(value))}</div>
                  </>
                )}
              </td>
              <td className="num">
                {variant.isControl ? <span className="muted">baseline</span> : (
                  <>
                    {formatRelative(variant.uplift?.relative)}
                    <div className="muted small">{formatInterval(variant.uplift?.relativeInterval, (value) => formatRelative(value))}</div>
                  </>
                )}
              </td>
              <td className="num">{variant.isControl ? '' : formatPValue(variant.uplift?.pValue)}</td>
              {holm && <td className="num">{variant.isControl ? '' : formatPValue(variant.uplift?.adjustedPValue)}</td>}
              <td>
                <div className="share" title={`${variant.label}: ${formatPercent(variant.probabilityToBeBest, 1)} probability to be best`}>
                  <div className="share-bar" role="meter" aria-label={`Probability that ${variant.label} is best`}
                    aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(shareWidth(variant.probabilityToBeBest))}>
                    <span style={{ width: `${shareWidth(variant.probabilityToBeBest)}%` }} />
                  </div>
                  <span className="share-value">{formatPercent(variant.probabilityToBeBest, 1)}</span>
                </div>
              </td>
              <td className="num">{formatMoney(variant.revenue.perContact)}</td>
              <td className="num">
                {variant.revenue.vsControl === null ? (variant.isControl ? <span className="muted">baseline</span> : '—') : (
                  <>
                    {formatMoneyDifference(variant.revenue.vsControl.difference)}
                    <div className="muted small">{formatInterval(variant.revenue.vsControl.interval, formatMoneyDifference)}</div>
                    <div className="muted small">{pEquals(variant.revenue.vsControl.pValue)}</div>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChiSquare({ split }: { split: SplitExperiment }) {
  const test = split.chiSquare;
  return (
    <div className="test" aria-label="Chi-square test">
      <h3>Do the variants differ? <span className="muted small">(chi-square)</span></h3>
      {test ? (
        <p>
          <strong>{pEquals(test.pValue)}</strong>
          <span className="muted small"> · χ² = {test.statistic.toFixed(2)}, df = {test.degreesOfFreedom}</span>
        </p>
      ) : <p className="muted">Not computable yet (no contacts or no conversions).</p>}
      <p className="hint">{HINTS.chiSquare}</p>
    </div>
  );
}

function SampleRatio({ split }: { split: SplitExperiment }) {
  const check = split.sampleRatio;
  const rows = sampleRatioRows(split.variants, check?.expected);
  return (
    <div className="test" aria-label="Sample ratio check">
      <h3>Is the split healthy? <span className="muted small">(SRM check)</span></h3>
      {check ? (
        <>
          <p>
            {check.mismatch ? <strong className="error">Mismatch</strong> : <strong className="ok">No mismatch</strong>}
            <span className="muted small"> · {pEquals(check.pValue)}, χ² = {check.statistic.toFixed(2)}</span>
          </p>
          <table className="compact">
            <thead><tr><th scope="col">Variant</th><th scope="col" className="num">Observed</th><th scope="col" className="num">Expected</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{formatCount(row.observed)}</td>
                  <td className="num">{row.expected === null ? '—' : formatCount(Math.round(row.expected * 10) / 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : <p className="muted">Not computable yet (no contacts assigned, or a single variant).</p>}
      <p className="hint">{HINTS.sampleRatio}</p>
    </div>
  );
}

function Power({ split, mdeGiven }: { split: SplitExperiment; mdeGiven: boolean }) {
  const power = split.power;
  return (
    <div className="test" aria-label="Sample size">
      <h3>Enough contacts? <span className="muted small">(power)</span></h3>
      {power ? (
        <>
          <p>
            <strong>{formatCount(power.neededPerVariant)}</strong> per variant needed
            {power.remaining > 0 ? <>, <strong>{formatCount(power.remaining)}</strong> more in total</> : <>, <strong className="ok">reached</strong></>}
          </p>
          <p className="small muted">
            To detect {formatRelative(power.relativeEffect)} ({formatPoints(power.minimumDetectableEffect)}) from the control’s {formatPercent(power.baselineRate, 2)},{' '}
            {mdeGiven ? 'your minimum detectable effect.' : 'the effect observed so far (set an MDE above to plan for another).'}
          </p>
        </>
      ) : <p className="muted">Not computable yet (the control needs conversions, and an effect to look for).</p>}
      <p className="hint">{HINTS.power}</p>
    </div>
  );
}

function ConversionOverTime({ split, name }: { split: SplitExperiment; name: string }) {
  const series = cumulativeConversion(split.daily, split.variants);
  if (series.length === 0) return <p className="muted">No contacts assigned in this period yet.</p>;
  return (
    <>
      <LineChart
        title={`Cumulative conversion rate per variant of ${name}, by day of assignment (UTC)`}
        series={series}
        width={760}
        formatX={dayLabel}
        formatY={(value) => formatPercent(value, 1)}
        yMin={0}
      />
      <p className="hint">{HINTS.daily}</p>
    </>
  );
}
