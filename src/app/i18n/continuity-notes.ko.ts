/**
 * 수출지속지수 모델의 경고·거부 메시지(코드별, `cnote.<code>`). 매개변수 variable, other, variables, basis는
 * 변수 이름(한국어 표시명)으로 바뀝니다. 키는 continuity-notes.en.ts와 같아야 합니다.
 */
export const continuityNotesKo = {
  'cnote.dropped-constant':
    '“{variable}”은(는) 기본 선택에서 제외했습니다: 라벨이 있는 모든 행에서 값이 {value}(으)로 일정합니다. 그래도 넣으려면 선별표에서 다시 켜세요.',
  'cnote.dropped-equal':
    '“{variable}”은(는) 기본 선택에서 제외했습니다: 라벨이 있는 모든 행에서 “{other}”와(과) 값이 같아 두 효과를 구별할 수 없습니다(별칭). 그래도 넣으려면 선별표에서 다시 켜세요.',
  'cnote.dropped-aliased':
    '“{variable}”은(는) 기본 선택에서 제외했습니다: 라벨이 있는 모든 행에서 {basis}의 정확한 선형결합({formula})이라 따로 추정할 수 없습니다(별칭). 그래도 넣으려면 선별표에서 다시 켜세요.',
  'cnote.dropped-vif':
    '“{variable}”은(는) 기본 선택에서 제외했습니다: “{other}”와(과) 함께 VIF {vif}(r = {r})로 기준 {limit} 이상입니다. 그래도 넣으려면 선별표에서 다시 켜세요.',
  'cnote.separation-penalised':
    '{variables}이(가) 결과를 가릅니다({kind}, {rows}개 행을 확실하게 예측). 보통의 최대우도 추정값이 없으므로, 지수를 계산할 수 있도록 기본 선택을 표준화 계수에 L2 벌점 {l2}을(를) 주어 다시 적합했습니다(표준오차는 근삿값). 벌점 없이 적합하려면 변수 하나를 끄세요.',
  'cnote.kind.complete': '완전 분리',
  'cnote.kind.quasi-complete': '준완전 분리',
  'cnote.separation-complete':
    '완전 분리: {variables}이(가) 모든 행의 결과를 맞혀 계수가 무한대가 되므로 추정값이 없습니다. 해당 변수를 끄거나 L2 벌점을 주세요.',
  'cnote.separation-quasi-complete':
    '준완전 분리: {variables}이(가) {n}개 행 중 {rows}개의 결과를 완벽하게 맞힙니다. 이 계수는 무한대가 되어 빈칸으로 표시합니다. 해당 변수를 끄거나 L2 벌점을 주세요.',
  'cnote.non-convergence':
    '{iterations}회 반복 안에 수렴하지 않았습니다(“{variable}”의 계수가 가장 크게 변하고 있었습니다). 추정값을 믿기 어렵습니다. 그 변수의 극단값이나 공선성을 확인하거나 L2 벌점을 주고 다시 적합하세요.',
  'cnote.few-events':
    '변수 {variables}개에 비해 적은 쪽 결과가 {smaller}개 행뿐입니다(변수당 10개 미만). 추정값이 불안정할 수 있으니 변수를 줄여 보세요.',
  'cnote.l2-penalty':
    '표준화 계수에 L2 벌점 {l2}을(를) 주었습니다. 추정값이 0 쪽으로 줄어들고, 표준오차·z·p는 벌점을 준 헤시안에서 구한 근삿값입니다.',
  'cnote.validation': '검증 모델: {text}',
  'cnote.test-one-class':
    '검증 연도 {year}의 결과가 한 가지뿐입니다(모두 {outcome}). AUC와 KS를 계산할 수 없습니다.',
  'cnote.no-validation': '시점 외 검증 없음: {text}',
  'cnote.no-monitoring': '모니터링 없음: {text}',
  'cnote.monitor-no-rows':
    '{year}년까지 라벨이 있는 기업-연도가 없습니다. 모니터링 모델의 학습 연도는 {first}년부터입니다.',
  'cnote.no-model': '모델 없음: {text}',
  'cnote.year-gap':
    '{years}년에는 관측된 수출기업이 없습니다(firm_years·exports 행 없음). 빠진 연도 주변 창의 기업은 보류가 되고 그 연도는 라벨을 주지 못합니다. 그 연도 자료가 있으면 불러오세요.',
  'cnote.constant-column':
    '{variables}: 적합한 행에서 값이 일정해 정보가 없고 절편과 겹칩니다. 이 변수를 끄세요.',
  'cnote.almost-constant': '“{variable}”은(는) 거의 일정합니다(반올림 수준의 변동). 이 변수를 끄세요.',
  'cnote.intercept-lost':
    '변수 값이 너무 커서(또는 서로 너무 비슷해서) 상수항을 추정할 수 없습니다. 변수의 단위를 줄여(예: 10의 거듭제곱으로 나누어) 다시 계산하세요.',
  'cnote.collinear':
    '“{variable}”은(는) {basis}의 선형결합입니다(완전 공선성). 따로 추정할 수 없으니 “{variable}” 또는 {basis} 중 하나를 끄세요.',
  'cnote.single-class':
    '라벨이 있는 {n}개 행의 결과가 모두 같습니다. 로지스틱 회귀에는 지속 기업과 중단 기업이 모두 있어야 합니다.',
  'cnote.too-few-rows':
    '모수 {parameters}개에 행이 {n}개뿐입니다. 행이 모수보다 많아야 하며 실제로는 변수당 사건 10개가 필요합니다. 변수를 끄거나 자료를 더 불러오세요.',
  'cnote.non-finite': '“{variable}”의 {row}번째 행에 결측 또는 무한대 값이 있습니다.',
  'cnote.non-finite-value':
    '{firm}의 {year}년 “{variable}” 값이 결측이거나 무한대입니다. 그 기업의 원자료(firm_years, exports, country_macro)를 고치거나 “{variable}”을(를) 끄고 다시 적합하세요.',
  'cnote.no-labels':
    '라벨이 있는 기업-연도가 없습니다. t년의 라벨은 t+1년 상태(지속 또는 중단)이므로 연속 4년(t−2 … t+1) 이상 관측된 기업이 필요합니다. 연도가 더 많은 자료를 불러오세요.',
  'cnote.no-variables': '켜진 변수가 없습니다. 선별표에서 변수를 하나 이상 고른 뒤 다시 적합하세요.',
  'cnote.no-variables-screened':
    '선별 규칙(|r| ≥ {minAbsR}, p < {alpha})을 통과한 후보가 없습니다. 변수를 직접 켜세요.',
  'cnote.unknown-variable': '알 수 없는 변수 “{variable}”입니다.',
  'cnote.too-few-years':
    '시점 외 검증에는 라벨이 있는 연도가 두 해 이상 필요합니다(찾은 연도: {found}). 연도가 더 많은 자료를 불러오세요.',
  'cnote.train-separation':
    '학습 연도에서 {variables}이(가) 결과를 완벽하게 가릅니다. 해당 변수를 끄거나 L2 벌점을 주세요.',
  'cnote.separation':
    '분리: {variables}이(가) 결과를 완벽하게 맞혀 이 모델로는 지수를 계산할 수 없습니다. 해당 변수를 끄거나 L2 벌점을 주고 다시 적합하세요.',
  'cnote.bad-year': '{year}년에는 상태가 있는 수출기업이 없습니다. 상태가 있는 연도는 {from}–{to}년입니다.',
  'cnote.no-status':
    '상태가 있는 수출기업이 없습니다. 자료의 어떤 기업도 수출한 적이 없습니다(exports.value_usd > 0). exports 표를 확인하세요.',
  'cnote.internal': '예상하지 못한 오류: {message}',
} as const;
