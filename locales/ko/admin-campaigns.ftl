# 관리 페이지: 대시보드, 배포 행사, 배치(locales/en/admin-campaigns.ftl 참조).

## 대시보드
admin-dashboard-title = 관리 대시보드
admin-dashboard-heading = 대시보드
admin-dashboard-locked = 마지막 방문 이후, 잘못된 코드가 너무 많이 입력되어 계정의 관리 영역이 잠겼습니다.
admin-dashboard-locked-when = { $at }부터 { $until }까지
admin-dashboard-locked-advice = 이 코드를 입력하지 않으셨다면 다른 사람이 로그인 링크를 가지고 있었던 것입니다. 다른 관리자에게 알리고 { $command } 명령으로 모든 세션에서 로그아웃하십시오.
admin-dashboard-adoption-heading = 핵심 프로젝트 메인테이너의 2단계 인증 사용 현황
admin-dashboard-adoption-region = 2단계 인증 사용 현황
admin-dashboard-protection = 보호 수단
admin-dashboard-maintainers = 메인테이너
admin-dashboard-share = 비율
admin-dashboard-security-key = 보안 키
admin-dashboard-totp-only = TOTP만
admin-dashboard-no-factor = 없음
admin-dashboard-all = 전체
admin-dashboard-registry-heading = 레지스트리에서 확인한 소유권
admin-dashboard-registry-hint = 이 서버가 시작된 이후의 값입니다. 레지스트리가 쓸 수 있는 답을 주지 않으면 가져온 데이터로 판단했습니다.
admin-dashboard-registry-asked = 조회
admin-dashboard-registry-cached = 캐시에서 응답
admin-dashboard-registry-fallbacks = 쓸 수 있는 답 없음(가져온 데이터로 판단)
admin-dashboard-registry-refusals = 거부된 신청: 핵심 역할을 모두 잃음
admin-dashboard-mail-heading = 메일
admin-dashboard-mail-queued = 대기 중
admin-dashboard-mail-retrying = 그중 재시도 대기
admin-dashboard-mail-sent = 보냄
admin-dashboard-mail-failed = 실패
admin-dashboard-mail-cancelled = 취소됨(더 이상 해당 없음)
admin-dashboard-mail-waits = 대기 중인 메일이 기다리는 이유: { $error }
admin-dashboard-failed-region = 발송을 포기한 메시지
admin-dashboard-failed-caption = 발송을 포기한 메시지, 최신순({ $command } 명령으로 다시 대기열에 넣습니다)
admin-dashboard-failed-message = 메시지
admin-dashboard-failed-to = 받는 사람
admin-dashboard-campaign = 배포 행사
admin-dashboard-failed-attempts = 시도 횟수
admin-dashboard-failed-given-up = 포기한 시각
admin-dashboard-failed-last-error = 마지막 오류
admin-dashboard-no-campaign = 아직 배포 행사가 없습니다.
admin-dashboard-dates = 신청 기간: { $from }부터 { $to }까지.
admin-dashboard-dates-closed = 신청 기간: { $from }부터 { $to }까지. 관리자가 마감했습니다.
admin-dashboard-eligible = 자격이 있는 메인테이너
admin-dashboard-signed-in = 로그인함
admin-dashboard-claimed = 신청함
admin-dashboard-redeemed = 사용됨
admin-dashboard-expired = 만료됨
admin-dashboard-revoked = 취소됨
admin-dashboard-codes-left = 남은 코드
admin-dashboard-keys-heading = 사용 중인 키
admin-dashboard-keys-holders = 코드를 받은 메인테이너
admin-dashboard-keys-at-claim = 신청할 때 보안 키 보유
admin-dashboard-keys-now = 현재 보안 키 보유
admin-dashboard-keys-gained = 신청 후 보안 키 등록
admin-dashboard-keys-unknown = { $count ->
       *[other] { $count }명은 keydrop이 신청 시점의 키를 기록하기 전에 신청했습니다. 이들은 '현재' 항목에만 집계됩니다.
    }
admin-dashboard-keys-now-note = '현재'는 최신 레지스트리 가져오기 기준입니다.
admin-dashboard-batches-heading = 배치
admin-dashboard-no-batch = 아직 불러온 배치가 없습니다: { $link }.
admin-dashboard-no-batch-link = 배치를 업로드하거나 생성하기
admin-dashboard-batch = 배치
admin-dashboard-countries = 국가
admin-dashboard-expires = 만료일
admin-dashboard-days-to-expiry = 만료까지 남은 일수
admin-dashboard-codes = 코드
admin-dashboard-left = 남음
admin-dashboard-assigned = 할당됨
admin-dashboard-all-countries = 전체
admin-dashboard-batch-expired = 만료됨
admin-dashboard-no-country = 아직 국가가 없습니다. 배치를 불러오면 국가별로 코드를 집계합니다.
admin-dashboard-country = 국가

## 일별 차트
admin-chart-title = 일별 신청 및 사용
admin-chart-period-day = { $day }:
admin-chart-period = { $from }부터 { $to }까지:
admin-chart-totals = 신청 { $claimed }건, 사용 { $redeemed }건.
admin-chart-desc-lines = 신청은 실선, 사용은 점선입니다. 차트 아래의 일별 수치 표에 모든 값이 있습니다.
admin-chart-day = 날짜
admin-chart-per-day = 일별 코드 수
admin-chart-claims = 신청
admin-chart-redemptions = 사용
admin-chart-caption-day = { $day }의 일별 신청(실선)과 사용(점선).
admin-chart-caption = { $from }부터 { $to }까지의 일별 신청(실선)과 사용(점선).
admin-chart-in-total = 합계: 신청 { $claimed }건, 사용 { $redeemed }건.
admin-chart-no-data = 이 기간에는 신청되거나 사용된 코드가 없습니다.
admin-chart-daily-numbers = 일별 수치
admin-chart-total = 합계
admin-phase-from = { $day }부터의 단계

## 성과 차트
admin-outcome-heading = 가져오기별 성과
admin-outcome-title = 레지스트리 가져오기별 핵심 프로젝트 메인테이너의 2차 인증 수단
admin-outcome-imports = { $count ->
       *[other] { $from }부터 { $to }까지 레지스트리 가져오기 { $count }회.
    }
admin-outcome-latest = 최신 기준: 핵심 프로젝트 { $projects }개, 핵심 프로젝트 메인테이너 { $maintainers }명. 그중 2차 인증 수단 보유 { $any }명, TOTP 보유 { $totp }명, 보안 키 보유 { $keys }명.
admin-outcome-desc-table = 차트 아래 표에 모든 값이 있습니다.
admin-outcome-x-caption = 레지스트리 가져오기
admin-outcome-y-caption = 프로젝트 또는 메인테이너 수
admin-outcome-critical-projects = 핵심 프로젝트
admin-outcome-critical-maintainers = 핵심 프로젝트 메인테이너
admin-outcome-any-factor = 2차 인증 수단 보유
admin-outcome-totp = TOTP
admin-outcome-security-key = 보안 키
admin-outcome-caption = 각 레지스트리 가져오기에서 확인된 핵심 프로젝트(회색 점선), 그 메인테이너(파란 실선), 그중 2차 인증 수단이 있는 사람(보라색 일점쇄선), TOTP가 있는 사람(주황 파선), 보안 키가 있는 사람(초록 실선).
admin-outcome-figures = 가져오기별 수치
admin-outcome-table-caption = 레지스트리 가져오기별 핵심 프로젝트와 그 메인테이너의 2차 인증 수단
admin-outcome-import-utc = 가져온 시각(UTC)
admin-outcome-with-totp = TOTP 보유
admin-outcome-with-key = 보안 키 보유
admin-outcome-with-any = 2차 인증 수단 보유
admin-outcome-none = 아직 기록된 레지스트리 가져오기가 없습니다. 다음 { $command } 실행부터 수치가 기록됩니다.

## 배포 행사
admin-campaign-error-prefix = 오류:{" "}
admin-campaign-list-title = 배포 행사 · 관리
admin-campaign-list-heading = 배포 행사
admin-campaign-list-empty = 아직 배포 행사가 없습니다. 아래에서 첫 배포 행사를 만드십시오.
admin-campaign-list-caption = 모든 배포 행사(시작일이 늦은 순)
admin-campaign-column-campaign = 배포 행사
admin-campaign-column-claims = 신청
admin-campaign-column-from = 시작
admin-campaign-column-to = 종료
admin-campaign-column-countries = 국가
admin-campaign-new-heading = 새 배포 행사
admin-campaign-create = 배포 행사 만들기
admin-campaign-badge-open = 진행 중
admin-campaign-badge-not-open = 진행 중 아님
admin-campaign-status-upcoming = 아직 시작 전
admin-campaign-status-open = 진행 중
admin-campaign-status-closed = 관리자가 마감함
admin-campaign-status-ended = 종료됨
admin-campaign-status-purged = 개인 데이터 삭제됨
admin-campaign-page-title = { $name } · 관리
admin-campaign-saved = 저장했습니다.
admin-campaign-claims-status = 신청: { $status }.
admin-campaign-purged = 개인 데이터가 { $day }에 삭제되었습니다. 보관본에는 집계가 남아 있습니다.
admin-campaign-switch-heading = 긴급 중지
admin-campaign-closed-note = 날짜와 관계없이 신청이 마감되었습니다. 코드를 가진 메인테이너는 계속 코드를 보고 사용할 수 있습니다.
admin-campaign-reopen = 신청 다시 열기
admin-campaign-close-note = 마감하면 모든 서버에서 모든 신청이 즉시 중지됩니다. 이미 신청된 코드는 보유자에게 그대로 남습니다.
admin-campaign-close = 지금 신청 마감
admin-campaign-coupon = 쿠폰: { $coupon }.
admin-campaign-no-coupon = 쿠폰: 아직 만들지 않음.
admin-campaign-promotion-codes = 프로모션 코드: 게시 { $published }건, 대기 { $pending }건, 실패 { $failed }건(나중에 다시 시도), 비활성화 { $deactivated }건.
admin-campaign-stripe-failure = 최근 실패: { $reason }
admin-campaign-exports-heading = 내보내기(CSV)
admin-campaign-export-codes = 코드와 상태, 보유자
admin-campaign-export-claims = 국가별·일별 신청 및 사용
admin-campaign-export-audit = 배포 행사의 감사 로그
admin-campaign-archives-heading = 보관본
admin-campaign-no-archive = 아직 없습니다. 배포 행사가 끝나면 { $archive } 명령으로 집계(국가별, 일별, 배치별이며 사용자 이름이나 이메일은 없음)를 보관하고, 그다음 { $purge } 명령으로 개인 데이터를 삭제합니다.
admin-campaign-archive = 보관본 { $id }
admin-campaign-archive-made = ({ $day }에 { $by }이(가) 만듦)
admin-campaign-settings-heading = 설정
admin-campaign-settings-hint = 여기서 무엇을 바꾸든 이미 신청된 코드는 보유자에게 그대로 남습니다.
admin-campaign-save-settings = 설정 저장
admin-campaign-not-saved = { $count ->
       *[other] 배포 행사를 저장하지 못했습니다. 고칠 문제가 { $count }개 있습니다.
    }
admin-campaign-field-name = 이름
admin-campaign-field-countries = 키를 배송하는 국가(ISO 3166-1 코드, 예: US,CA,GB)
admin-campaign-field-starts = 신청 첫날(UTC)
admin-campaign-field-ends = 신청 마지막 날(UTC)
admin-campaign-field-store = 코드를 사용하는 판매처 스토어(선택)
admin-campaign-field-keys = 코드 하나로 받을 수 있는 키 수
admin-campaign-field-cutoff = 이 날 이후에 만든 계정은 자격이 없음(선택)
admin-campaign-field-key-holders = 이미 보안 키를 사용하는 메인테이너도 신청 가능
admin-campaign-field-fulfilment = 코드 사용처
admin-campaign-field-vendor = 판매처 스토어(위의 링크)
admin-campaign-field-stripe = keydrop의 Stripe 결제(주문은 무료: 각 코드는 100% 할인 프로모션 코드입니다)
admin-campaign-field-product = Stripe: 상품 이름
admin-campaign-field-price = Stripe: 키 하나의 가격, 통화의 최소 단위(30.00이면 3000)
admin-campaign-field-currency = Stripe: 통화(ISO 4217, 예: krw)
admin-campaign-field-ended-message = 배포 행사가 끝나거나 마감된 뒤 메인테이너가 보는 메시지(선택)
admin-campaign-problem-starts = 첫날을 날짜로 입력하십시오(예: 2026-12-01).
admin-campaign-problem-ends = 마지막 날을 날짜로 입력하십시오(예: 2027-01-31).
admin-campaign-problem-cutoff = 계정 생성 기한을 날짜로 입력하거나 비워 두십시오.
admin-campaign-problem-keys-number = 코드당 키 수를 정수로 입력하십시오.
admin-campaign-problem-countries = 국가: { $problem }.
admin-campaign-problem-name-empty = 배포 행사의 이름을 입력하십시오.
admin-campaign-problem-name-long = 이름이 너무 깁니다. 80자 이하로 입력하십시오.
admin-campaign-problem-name-slash = 이름에는 '/'를 쓸 수 없습니다. API 주소의 일부이기 때문입니다.
admin-campaign-problem-ends-before = 마지막 날({ $ends })이 첫날({ $starts })보다 앞섭니다.
admin-campaign-problem-keys-range = 코드당 키 수는 1에서 10 사이여야 합니다.
admin-campaign-problem-store-url = 스토어 링크는 https:// 또는 http://로 시작하는 웹 주소여야 합니다.
admin-campaign-problem-message-long = 종료 후 메시지가 너무 깁니다. 2,000자 이하로 입력하십시오.
admin-campaign-problem-fulfilment = 코드 사용처로 판매처 스토어나 Stripe를 선택하십시오.
admin-campaign-problem-stripe-product = Stripe 배포 행사에는 상품 이름, 가격, 통화가 필요합니다.
admin-campaign-problem-unit-amount = 가격을 통화의 최소 단위 정수로 입력하십시오(30.00이면 3000).
admin-campaign-problem-currency = 통화를 세 글자 ISO 4217 코드로 입력하십시오(예: krw, usd).
admin-campaign-problem-name-taken = '{ $name }'이라는 배포 행사가 이미 있습니다.
admin-campaign-problem-hand-back = 반환된 코드는 재고로 돌아가거나 폐기됩니다
admin-campaign-country-empty = 국가를 입력하지 않았습니다
admin-campaign-country-mistake = { $given }은(는) ISO 3166-1 코드가 아닙니다. { $meant }({ $name })을(를) 사용하십시오
admin-campaign-country-unknown = { $given }은(는) ISO 3166-1 alpha-2 국가 코드가 아닙니다
admin-campaign-nothing-saved = 아무것도 저장하지 않았습니다: { $problem }.
admin-campaign-hand-back-heading = 반환된 코드
admin-campaign-hand-back-legend = 보유자가 반환한 코드는
admin-campaign-hand-back-restock = 재고로 돌아가 다음 신청에 배정됨
admin-campaign-hand-back-retire = 폐기되어 아무도 다시 받지 않음
admin-campaign-hand-back-claim-again = 코드를 반환한 보유자는 다른 코드를 신청할 수 있음
admin-campaign-save = 저장
admin-dashboard-handed-back = 보유자가 반환한 코드: 재고로 돌아감 { $restocked }건, 폐기됨 { $retired }건.

## 제공 항목
admin-offer-heading = 제공 항목
admin-offer-hint = 배포 행사에서 제공하는 키의 종류입니다. 여러 제공 항목(남은 코드가 있는 것)이 배송되는 국가의 메인테이너는 하나를 고릅니다. 모든 배치는 하나의 제공 항목에 속합니다.
admin-offer-save = 이 제공 항목 저장
admin-offer-add-legend = 제공 항목 추가
admin-offer-add = 제공 항목 추가하기
admin-offer-column = 제공 항목
admin-offer-field-name = 이름
admin-offer-field-vendor = 판매처
admin-offer-field-store = 스토어 링크
admin-offer-field-keys = 코드당 키 수
admin-offer-field-countries = 배송 국가(예: US,CA)
admin-offer-field-offer = 제공 항목(배포 행사에 여러 개가 있을 때 필요하며, 배포 행사 페이지에 목록이 있습니다)
admin-offer-problem-name-empty = 제공 항목 이름은 비워 둘 수 없습니다
admin-offer-problem-name-long = 제공 항목 이름이 { $max }자를 넘습니다
admin-offer-problem-vendor-long = 판매처 이름이 { $max }자를 넘습니다
admin-offer-problem-keys = 코드당 키 수는 1에서 { $max } 사이여야 합니다
admin-offer-problem-store-url = 스토어 링크는 http 또는 https URL이어야 합니다
admin-offer-problem-no-countries = 제공 항목은 적어도 한 국가로 배송되어야 합니다
admin-offer-problem-name-taken = 이 배포 행사에는 '{ $name }'이라는 제공 항목이 이미 있습니다
admin-offer-problem-keys-number = 코드당 키 수를 정수로 입력하십시오
admin-offer-problem-countries = 국가: { $problem }

## 단계
admin-phase-heading = 단계
admin-phase-hint = 위의 규칙은 배포 행사 첫날부터 적용됩니다. 단계는 시작일부터 그중 일부를 바꿉니다. 시작일이 된 단계 중 가장 최근 단계가 적용됩니다.
admin-phase-none-scheduled = 예정된 단계가 없습니다.
admin-phase-from-changes = { $day }부터: { $changes }
admin-phase-remove = 삭제
admin-phase-field-from = 시작일(첫날 다음 날부터 마지막 날까지)
admin-phase-rule-critical = 핵심 프로젝트 메인테이너만
admin-phase-rule-totp = TOTP를 쓰는 메인테이너 제외
admin-phase-rule-key-holders = 키 보유자도 신청 가능
admin-phase-rule-cutoff = 계정 생성 기한
admin-phase-rule-set = { $rule }: { $value }
admin-phase-rule-separator = {"; "}
admin-phase-as-before = 이전과 같음
admin-phase-yes = 예
admin-phase-no = 아니요
admin-phase-no-cutoff = 없음
admin-phase-field-cutoff = 계정 생성 기한(비워 두면 이전과 같음, none이면 기한 없음, 또는 날짜)
admin-phase-schedule = 단계 예약
admin-phase-column-from = 시작일
admin-phase-column-critical = 핵심 역할 필요
admin-phase-column-totp = TOTP 사용자 제외
admin-phase-column-key-holders = 키 보유자 신청 가능
admin-phase-column-eligible = 자격 있음
admin-phase-problem-not-a-date = 단계의 첫날을 날짜로 입력하십시오(예: 2026-12-01)
admin-phase-problem-changes-nothing = 단계는 적어도 하나의 규칙을 바꿔야 합니다: require-critical, exclude-totp, allow-key-holders, account-cutoff
admin-phase-problem-outside = 단계는 배포 행사 첫날({ $starts }) 이후, 마지막 날({ $ends }) 이전에 시작해야 합니다
admin-phase-problem-cutoff = 계정 생성 기한은 2022-07-01 같은 날짜이거나 none이어야 합니다('{ $given }'은(는) 사용할 수 없음)
admin-phase-problem-taken = 이 배포 행사에는 { $day }부터의 단계가 이미 있습니다
admin-phase-problem-no-such = { $day }부터의 단계가 없습니다
admin-phase-problem-rule-choice = 규칙은 그대로 두거나, 예 또는 아니요로 설정합니다

## 배치
admin-batch-title = 배치 · 관리
admin-batch-problem-expiry = 만료일을 날짜로 입력하십시오(예: 2026-12-31).
admin-batch-problem-count = 코드 수를 1에서 1,000,000 사이로 입력하십시오.
admin-batch-problem-prefix = 접두사는 최대 12자이며 A–Z 영문자와 숫자만 쓸 수 있습니다.
admin-batch-problem-no-campaign = '{ $name }'이라는 배포 행사가 없습니다.
admin-batch-problem-expiry-past = 만료일 { $day }은(는) 이미 지났습니다.
admin-batch-problem-outside = 제공 항목 '{ $offer }'은(는) { $outside }(으)로 배송되지 않습니다.
admin-batch-problem-unknown-offer = 배포 행사 '{ $campaign }'에는 '{ $offer }'이라는 제공 항목이 없습니다. 제공 항목: { $offers }.
admin-batch-problem-offer-needed = 배포 행사 '{ $campaign }'에는 제공 항목이 여러 개 있습니다. 배치의 제공 항목을 지정하십시오({ $offers }).
admin-batch-generate-heading = 배치 생성
admin-batch-generate-intro = keydrop이 검사 문자를 붙여 만들고 바로 불러오는 코드입니다. 다음 페이지에서 판매처용 CSV로 받을 수 있습니다.
admin-batch-field-count = 코드 수
admin-batch-field-prefix = 접두사(선택: 영문자와 숫자 최대 12자)
admin-batch-generate = 코드 생성
admin-batch-field-expires = 코드 만료일
admin-batch-field-countries = 다음 국가만 대상(선택, 예: US,CA)
admin-batch-field-label = 라벨(선택, 예: 판매처의 주문 번호)
admin-batch-generated-title = 배치 생성됨 · 관리
admin-batch-loaded-title = 배치 불러옴 · 관리
admin-batch-generated-heading = 배치를 생성했습니다
admin-batch-loaded-heading = 배치를 불러왔습니다
admin-batch-generated-note = { $count ->
       *[other] 코드 { $count }개를 생성하여 배치 { $batch }(으)로 불러왔습니다.
    }
admin-batch-loaded-note = { $count ->
       *[other] 코드 { $count }개를 배치 { $batch }(으)로 불러왔습니다.
    }
admin-batch-download = 코드 내려받기(CSV, 판매처용)
admin-batch-back-dashboard = 대시보드로 돌아가기
admin-batch-load-another = 다른 배치 불러오기
admin-upload-problem-no-file = 업로드할 파일을 선택하십시오.
admin-upload-problem-too-large = 파일이 { $mib } MiB보다 큽니다. 여러 배치로 나누십시오.
admin-upload-problem-confirmed = 이 업로드는 이미 불러왔습니다.
admin-upload-problem-bad-lines = { $count ->
       *[other] 아무것도 불러오지 않았습니다. 잘못된 줄이 { $count }개 있습니다(또는 미리 보기 이후 다른 사람이 불러왔습니다). 확인하려면 파일을 다시 업로드하십시오.
    }
admin-upload-problem-nothing = 아무것도 불러오지 않았습니다. 업로드에 올바른 코드가 없습니다.
admin-upload-heading = 배치 업로드
admin-upload-intro = 한 줄에 코드 하나씩 적은 파일 또는 { $column } 열이 있는 CSV입니다. 먼저 모든 줄을 검사한 뒤 결과를 보고 확정합니다.
admin-upload-busy = 파일을 검사하는 중입니다… 코드 백만 개에는 1~2분이 걸립니다.
admin-upload-field-file = 파일(최대 { $mib } MiB)
admin-upload-check = 파일 검사
admin-upload-preview-title = 미리 보기 · 관리
admin-upload-preview-heading = 불러오기 전에 확인
admin-upload-all-countries = 배포 행사의 모든 국가
admin-upload-label = 라벨
admin-upload-lines-read = 읽은 줄
admin-upload-good-codes = 올바른 코드
admin-upload-bad-lines = 잘못된 줄
admin-upload-first-of = { $count }개 중 처음 { $shown }개:
admin-upload-loading = 불러오는 중…
admin-upload-no-good-code = 불러올 올바른 코드가 없습니다.
admin-upload-load-all = { $count ->
       *[other] 코드 { $count }개 모두 불러오기
    }
admin-upload-some-bad = 잘못된 줄이 있는 동안에는 모든 줄을 불러올 수 없습니다. 파일을 고쳐 다시 업로드하거나 올바른 줄만 불러오십시오.
admin-upload-load-good = { $count ->
       *[other] 올바른 코드 { $count }개만 불러오기
    }
admin-line-column = 줄
admin-line-why = 이유
admin-line-empty = 비어 있음
admin-line-bad-characters = 잘못된 문자 '{ $chars }': A–Z, 0–9, '-'만 쓸 수 있습니다
admin-line-too-short = 너무 짧음: { $count }자, 최소 4자
admin-line-too-long = 너무 김: { $count }자, 최대 64자
admin-line-duplicate = 파일 안에서 중복: { $line }번째 줄과 같은 코드
admin-line-already-loaded = 이미 불러옴
admin-line-not-utf8 = 읽을 수 없음: UTF-8 텍스트가 아님
admin-line-not-csv = 읽을 수 없음: CSV 레코드가 아님
admin-upload-unreadable-header = 머리글 줄을 읽을 수 없습니다
admin-upload-missing-column = '{ $name }' 열이 없습니다(머리글에 { $names }이(가) 있어야 합니다)
admin-upload-unreadable-record = 이 줄을 CSV로 읽을 수 없습니다
admin-upload-report-code = 코드: { $problem }
admin-upload-report-date = 날짜는 2026-11-30 형식이어야 합니다('{ $date }'은(는) 사용할 수 없음)
admin-upload-problem-separator = {"; "}

## 판매처의 사용 보고서
admin-vendor-title = 사용 보고서 · 관리
admin-vendor-heading = 사용 보고서를 읽었습니다
admin-vendor-summary = { $lines }줄을 읽었습니다. 코드 { $redeemed }개를 사용됨으로 표시했습니다(메인테이너 보유 { $held }개, 배포된 적 없음 { $never }개). 이미 사용됨 { $confirmed }개, 알 수 없음 { $unknown }개, 취소됨 { $revoked }개(취소 상태 유지).
admin-vendor-unknown = keydrop이 모르는 코드
admin-vendor-never-assigned = keydrop이 배포한 적 없는 코드: 배포 행사 밖에서 사용되었으며, 아무도 받지 않도록 이제 사용됨으로 표시했습니다
admin-vendor-revoked = 취소된 코드(취소 상태 유지)
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = { $line }번째 줄:
admin-vendor-back = 코드로 돌아가기

## 반환된 코드
admin-release-heading = 반환된 코드
admin-release-restocked = { $day }, 재고로 돌아감
admin-release-retired = { $day }, 폐기됨
