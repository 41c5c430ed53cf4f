/** What each figure of the experiments page means, in plain words with the method's name. */
export const HINTS = {
  assigned: 'Contacts randomly assigned to the variant. A contact counts once, in the variant of its first assignment; contacts sent straight to a chosen winner are left out.',
  converted: 'Of those contacts, how many reached the journey goal after being assigned.',
  rate: 'Converted ÷ assigned, with its 95% Wilson score interval: the range of true rates that fit the data.',
  upliftAbsolute: 'Variant rate minus control rate, in percentage points (pp), with its 95% Newcombe hybrid score interval. An interval that includes 0 means the difference may be chance.',
  upliftRelative: 'Variant rate ÷ control rate − 1, with its 95% Katz log interval. Missing while either side has no conversions.',
  pValue: 'Two-sided pooled two-proportion z-test against the control: how likely a difference at least this large would be if the variants truly converted equally. Below 0.05 is conventionally called significant.',
  holm: 'The same p-value adjusted with Holm’s method, because several variants are compared with the control: it keeps the chance of any false positive at 5%.',
  probabilityToBeBest: 'Bayesian probability that this variant has the highest true conversion rate, with uniform Beta(1,1) priors (computed by numerical integration).',
  revenuePerContact: 'Goal revenue ÷ assigned contacts; contacts without revenue count as 0.',
  revenueDifference: 'Revenue per contact minus the control’s, with its 95% interval and the p-value of Welch’s t-test (unequal variances).',
  chiSquare: 'Pearson’s chi-square test of independence: do all variants convert at the same rate? A small p-value says at least one differs.',
  sampleRatio: 'Sample ratio mismatch (SRM) check: chi-square goodness-of-fit test of the assignment counts against the configured weights. p < 0.001 means the split itself is broken, so the results cannot be trusted.',
  power: 'Contacts per variant needed to detect the effect with 80% power at α = 0.05 (two-sided), at the control’s observed rate (normal approximation); remaining is how many more contacts the experiment needs in total.',
  daily: 'Cumulative conversion rate of the contacts assigned up to each day (UTC). Early days swing widely; trust the table and its intervals, not a crossing of lines.',
  intervalPlot: 'Each dot is a variant’s conversion rate, each bar its 95% Wilson interval; the dashed line is the control’s rate. Bars that overlap a lot mean the data cannot tell the variants apart yet.',
  sentToWinner: 'Contacts the winner rule sent straight to the chosen variant. They were not randomised, so they are not part of the figures.',
} as const;
