// What each figure of the experiments report is, as its OpenAPI operation shows it (docs/experiments.md).

export const EXPERIMENTS_DOC = {
  summary: 'A/B results of every split node: rates with intervals, uplift, p-values, probability to be best, SRM check, verdict',
  description: [
    'One entry per split node of the version asked for, or of the latest; its contacts are those of that version, or (without `version`) of every version whose split has the same variants, weights and control — a changed design is a new experiment. The unit is the **contact**: a contact counts once, in the variant of its first randomised assignment at the node. Contacts a winner rule sent straight to the winner are not randomised, so they are left out of the figures and counted in `sentToWinner`.',
    '- **winner**: the winner rule\'s decision, once made: `variantId` (null when it found none), `decidedAt`, `reason`.',
    '- **converted**: the contact reached the journey goal (event, filter, window from enrollment) after being assigned, also after its journey ended or was cancelled (everyone assigned counts) — so a `control` variant that sends nothing (a holdout) converts like the others. `from`/`to` (instants with a zone) select contacts by when they were assigned.',
    '- **rate** with its 95% **Wilson** score interval (Wilson 1927).',
    '- **uplift** against the control (`controlId`; the first variant when none is set): absolute difference of rates with the **Newcombe** hybrid score interval (Newcombe 1998, method 10); relative uplift (ratio − 1) with the Katz log interval; two-sided **pooled two-proportion z-test** p-value, and Holm-adjusted p-value across the variants compared with the control.',
    '- **chiSquare**: Pearson chi-square test of independence of variant and conversion across all variants.',
    '- **probabilityToBeBest**: Bayesian probability that the variant has the highest conversion rate, Beta(1,1) priors, by numerical integration (deterministic).',
    '- **sampleRatio**: chi-square goodness of fit of the assignments against the configured weights; `mismatch` when p < 0.001 (a broken split: do not trust the results).',
    '- **power**: contacts per variant needed for 80% power at α = 0.05 (two-sided) at the control\'s observed rate, for the effect observed (or `mde`), and how many more are still needed in total.',
    '- **revenue**: the goal events\' `amount` per assigned contact; difference to the control with Welch\'s t-test.',
    '- **verdict**: the sentence an analyst would write, and a status (`no_data`, `sample_ratio_mismatch`, `winner`, `leading`, `inconclusive`).',
    '- **daily**: per UTC day of assignment and variant, contacts assigned and how many of them converted.',
    'p-values, intervals and probabilities are null where undefined (no contacts, no conversions at all).',
  ].join('\n'),
};
