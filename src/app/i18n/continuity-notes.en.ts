/**
 * English texts of the continuity model's coded warnings and refusals (FitNote / CodedInputError codes from
 * src/core/continuity and src/core/stats), keyed `cnote.<code>`. Parameters named variable, other, variables and
 * basis are shown as the variables' labels. Keys must match continuity-notes.ko.ts.
 */
export const continuityNotesEn = {
  'cnote.dropped-constant':
    '“{variable}” was left out of the default selection: it is constant ({value}) on every labelled row. Switch it back on in the screening table to fit it anyway.',
  'cnote.dropped-equal':
    '“{variable}” was left out of the default selection: it equals “{other}” on every labelled row, so the two effects cannot be told apart (aliased). Switch it back on in the screening table to fit it anyway.',
  'cnote.dropped-aliased':
    '“{variable}” was left out of the default selection: on every labelled row it is an exact linear combination of {basis} ({formula}), so its effect cannot be estimated separately (aliased). Switch it back on in the screening table to fit it anyway.',
  'cnote.dropped-vif':
    '“{variable}” was left out of the default selection: VIF {vif} with “{other}” (r = {r}), at or above {limit}. Switch it back on in the screening table to fit it anyway.',
  'cnote.separation-penalised':
    '{variables} separate the outcome ({kind}, {rows} rows predicted with certainty), so plain maximum-likelihood estimates do not exist. The default selection was refitted with an L2 penalty of {l2} on the standardised slopes so that an index exists (standard errors are approximate). Switch a variable off to fit without the penalty.',
  'cnote.kind.complete': 'complete separation',
  'cnote.kind.quasi-complete': 'quasi-complete separation',
  'cnote.separation-complete':
    'Complete separation: {variables} predict the outcome for every row, so the coefficients would be infinite and no estimates exist. Switch them off or set an L2 penalty.',
  'cnote.separation-quasi-complete':
    'Quasi-complete separation: {variables} predict the outcome perfectly for {rows} of {n} rows; their coefficients would be infinite and are shown as empty. Switch them off or set an L2 penalty.',
  'cnote.non-convergence':
    'The fit did not converge in {iterations} iterations (the coefficient of “{variable}” was still changing most); the estimates may be unreliable. Check that variable for extreme or nearly collinear values, or refit with an L2 penalty.',
  'cnote.few-events':
    'Only {smaller} rows in the smaller outcome class for {variables} variables (fewer than 10 per variable): the estimates may be unstable; consider fewer variables.',
  'cnote.l2-penalty':
    'L2 penalty {l2} on the standardised slopes: estimates are shrunk toward 0, and standard errors, z and p come from the penalised Hessian (approximate).',
  'cnote.validation': 'Validation model: {text}',
  'cnote.test-one-class':
    'The test year {year} has only one outcome (all {outcome}): AUC and KS are undefined.',
  'cnote.no-validation': 'No out-of-time validation: {text}',
  'cnote.no-monitoring': 'No monitoring: {text}',
  'cnote.monitor-no-rows':
    "No labelled firm-year up to {year}: the monitored model's training years start in {first}.",
  'cnote.no-model': 'No model: {text}',
  'cnote.year-gap':
    'No exporter is observed in {years} (no firm_years or exports rows): firms are pending in the window around a missing year, and those years give no labels. Load the missing year if it exists.',
  'cnote.constant-column':
    '{variables}: constant on the rows fitted; it carries no information and duplicates the intercept. Switch it off.',
  'cnote.almost-constant': '“{variable}” is almost constant (variation at rounding level). Switch it off.',
  'cnote.intercept-lost':
    'The constant term cannot be estimated: the variables’ values are so large (or so alike) that it is lost at rounding level. Rescale them and fit again.',
  'cnote.collinear':
    '“{variable}” is a linear combination of {basis} (perfect collinearity): their separate effects cannot be estimated. Switch off “{variable}” or one of {basis}.',
  'cnote.single-class':
    'All {n} labelled rows have the same outcome; a logistic regression needs both continuing and stopped firms.',
  'cnote.too-few-rows':
    '{n} rows for {parameters} parameters: a fit needs more rows than parameters (in practice 10 events per variable). Switch variables off or load more data.',
  'cnote.non-finite': '“{variable}” has a missing or infinite value at row {row}.',
  'cnote.non-finite-value':
    '“{variable}” is missing or infinite for {firm} in {year}: fix that firm’s source values (firm_years, exports, country_macro) or switch “{variable}” off and refit.',
  'cnote.no-labels':
    'No labelled firm-years: the label of year t is the status at t+1 (continuing or stopped), so the data need firms observed in at least four consecutive years (t−2 … t+1). Load a dataset with more years.',
  'cnote.no-variables':
    'No variable is switched on: choose at least one variable in the screening table, then refit.',
  'cnote.no-variables-screened':
    'No candidate passed the screening rule (|r| ≥ {minAbsR} and p < {alpha}). Switch variables on by hand.',
  'cnote.unknown-variable': 'Unknown variable “{variable}”.',
  'cnote.too-few-years':
    'Out-of-time validation needs labels in at least two years (found: {found}). Load a dataset with more years.',
  'cnote.train-separation':
    'The training years are separated perfectly by {variables}; switch them off or set an L2 penalty.',
  'cnote.separation':
    'Separation: {variables} predict the outcome perfectly, so the index cannot be computed from this model. Switch them off (or set an L2 penalty) and refit.',
  'cnote.bad-year': 'No exporter has a status in {year}; the data give statuses for {from}–{to}.',
  'cnote.no-status':
    'No exporter has a status: no firm in the data ever exported (exports.value_usd > 0). Check the exports table.',
  'cnote.internal': 'Unexpected error: {message}',
} as const;
