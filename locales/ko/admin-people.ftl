# 관리 영역의 코드, 메인테이너, 로그인, 보안 키 페이지와 탐색 메뉴, 확인 단계
# (templates/admin/, src/web/admin/).

## 탐색 메뉴 (모든 관리 페이지)
admin-nav-label = 관리
admin-nav-dashboard = 대시보드
admin-nav-campaigns = 캠페인
admin-nav-batches = 배치
admin-nav-codes = 코드
admin-nav-maintainers = 메인테이너
admin-nav-security-keys = 내 보안 키

## 코드: 검색과 판매처의 사용 보고서
admin-codes-title = 코드 · 관리
admin-codes-heading = 코드
admin-codes-search-label = 코드(또는 앞부분), 사용자 이름 또는 이메일 주소
admin-codes-search = 검색
admin-codes-none-match = “{ $query }”와(과) 일치하는 코드가 없습니다.
admin-codes-found = 찾은 코드
admin-codes-matching = “{ $query }”와(과) 일치하는 코드
admin-code-column-code = 코드
admin-code-column-campaign = 캠페인
admin-code-column-state = 상태
admin-code-column-holder = 보유자
admin-code-column-country = 국가
admin-code-column-expires = 만료일
admin-codes-report-heading = 판매처의 사용 보고서
admin-codes-report-explained = “code” 열과 “date” 열(각 코드를 사용한 날)이 있는 CSV 파일입니다. 파일에 있는 코드는 사용됨으로 표시됩니다. 모든 줄을 읽을 수 있을 때만 표시됩니다.
admin-codes-report-no-file = 업로드할 파일을 선택하십시오.
admin-codes-report-too-large = 파일이 { $mib } MiB보다 큽니다. 파일을 나누십시오.
admin-codes-report-bad-lines = 아무것도 표시되지 않았습니다. 보고서에서 { $count }개 줄을 읽을 수 없습니다. 수정한 뒤 다시 업로드하십시오.
admin-codes-report-line = { $line }번째 줄: { $problem }
admin-codes-report-file = 보고서(최대 { $mib } MiB)
admin-codes-report-submit = 보고된 코드를 사용됨으로 표시

## 코드 상태
admin-code-state-available = 배포 전
admin-code-state-assigned = 배정됨
admin-code-state-redeemed = 사용됨
admin-code-state-expired = 만료됨
admin-code-state-revoked = 취소됨

## 코드 페이지
admin-code-title = 코드 { $code } · 관리
admin-code-heading = 코드
admin-code-campaign = 캠페인
admin-code-campaign-batch = { $campaign }(배치 { $batch })
admin-code-state = 상태
admin-code-expires = 만료일
admin-code-holder = 보유자
admin-code-holder-nobody = 없음
admin-code-country = 신고한 국가
admin-code-assigned = 배정 일시
admin-code-redeemed = 사용 일시
admin-code-redeemed-via-holder = 보유자가 알림
admin-code-redeemed-via-vendor = 판매처 보고서
admin-code-redeemed-via-admin = 관리자가 표시함
admin-code-redeemed-via-stripe = Stripe 결제
admin-code-revoked = 취소 일시
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = 게시됨, ID:
admin-code-stripe-inactive = , Stripe에서 비활성
admin-code-stripe-times-redeemed = ; Stripe에서 { $count }회 사용됨
admin-code-stripe-failed = 실패
admin-code-stripe-failed-details = ({ $attempts }회 시도, 다음 시도 { $next }):
admin-code-stripe-deactivated = Stripe에서 비활성화됨({ $when })
admin-code-stripe-waiting = 게시 대기 중
admin-code-act-heading = 이 코드에 대한 작업
admin-code-revoke-reason = 취소 사유(감사 로그에 보관됩니다)
admin-code-revoke = 코드 취소
admin-code-revoke-hint = 보유자에게 코드가 취소되었다고 표시되며, 캠페인이 진행 중이면 다른 코드를 신청할 수 있습니다.
admin-code-mark-redeemed = 사용됨으로 표시

## 코드 기록
admin-history-heading = 기록
admin-history-empty = 기록된 내용이 없습니다.
admin-history-when = 일시
admin-history-who = 실행자
admin-history-what = 내용
admin-history-details = 세부 정보
admin-history-code-claim = 신청됨
admin-history-code-redeem = 사용됨으로 표시됨
admin-history-code-revoke = 취소됨
admin-history-code-expire = 사용되지 않고 만료됨
admin-history-code-hand-back = 보유자가 반납함
admin-history-stripe-publish = Stripe에 프로모션 코드로 게시됨
admin-history-stripe-checkout-ignored = 이 코드의 Stripe 결제를 무시함
admin-history-stripe-checkout-unknown = keydrop이 알지 못하는 결제를 Stripe가 알림
admin-history-grant-add = 자격 부여됨
admin-history-grant-withdraw = 특별 허용 철회됨
admin-history-login = 로그인
admin-history-actor-maintainer = 메인테이너 { $name }
admin-history-actor-admin = 관리자 { $name }
admin-history-actor-api-token = API 토큰 { $token }
admin-history-actor-command-line = 명령줄
admin-history-actor-command-line-of = 명령줄({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = 시스템
admin-history-detail-declared-country = 신고한 국가: { $country }
admin-history-detail-reported-by-holder = 보유자가 알림
admin-history-detail-marked-by-admin = 관리자가 표시함
admin-history-detail-handed-back-restocked = 재고로 되돌림
admin-history-detail-handed-back-retired = 폐기함

## 관리자 작업의 확인 단계
admin-action-close-claims-heading = { $campaign }의 신청을 지금 마감하시겠습니까?
admin-action-close-claims-explained = 날짜 설정과 관계없이 모든 서버에서 신청이 즉시 중단됩니다. 이미 신청된 코드는 보유자에게 그대로 남습니다. 나중에 캠페인 페이지에서 신청을 다시 열 수 있습니다.
admin-action-close-claims-yes = 예, 지금 신청을 마감합니다
admin-action-revoke-heading = 코드 { $code }을(를) 취소하시겠습니까?
admin-action-revoke-explained = 보유자는 이 코드를 더 이상 사용할 수 없으며, 코드가 취소되었다는 안내를 보게 됩니다. 캠페인이 진행 중이면 다른 코드를 신청할 수 있습니다. 이 작업은 되돌릴 수 없습니다.
admin-action-revoke-reason = 사유(감사 로그에 보관됨): { $reason }
admin-action-revoke-yes = 예, 코드를 취소합니다

## 메인테이너
admin-maintainers-title = 메인테이너 · 관리
admin-maintainers-heading = 메인테이너
admin-maintainers-search-label = 사용자 이름(또는 앞부분) 또는 이메일 주소
admin-maintainers-search = 검색
admin-maintainers-none-match = “{ $query }”와(과) 일치하는 사람이 없습니다.

## 메인테이너 페이지
admin-maintainer-title = { $username } · 관리
admin-maintainer-email = 이메일
admin-maintainer-joined = 계정 생성일
admin-maintainer-two-factors = 2단계 인증
admin-maintainer-two-factors-key = 보안 키
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = 없음
admin-maintainer-projects = 핵심 프로젝트
admin-maintainer-no-projects = 핵심 프로젝트에서 맡은 역할이 없습니다.
admin-maintainer-project = { $project }: { $role },
admin-maintainer-project-rank = 핵심 프로젝트가 되었을 때 순위 { $rank }, 지정일
admin-maintainer-eligibility = 자격
admin-maintainer-holds = 보유 코드
admin-maintainer-may-claim = 대상자입니다. 코드를 신청할 수 있습니다.
admin-maintainer-grant-heading = 특별 허용
admin-maintainer-granted-by = { $admin }이(가) { $when }에 자격을 부여했습니다. 사유:
admin-maintainer-withdraw-reason = 철회 사유
admin-maintainer-withdraw = 특별 허용 철회
admin-maintainer-grant-explained = 특별 허용을 부여하면 역할, 계정 생성 시기, 키와 관계없이 이 메인테이너가 대상자가 됩니다. 예를 들어 프로젝트가 팀이나 조직 계정으로 등록된 경우에 사용합니다. 캠페인의 날짜와 재고 조건은 계속 적용됩니다.
admin-maintainer-grant-needs-reason = 특별 허용의 사유를 입력하십시오.
admin-maintainer-grant-reason = 사유(감사 로그에 보관됩니다)
admin-maintainer-grant = 자격 부여

## 관리자 로그인의 두 번째 인증 요소
admin-signin-title = 관리자 로그인: 두 번째 인증 요소
admin-signin-title-error = 오류: 관리자 로그인: 두 번째 인증 요소
admin-signin-heading = 두 번째 인증 요소가 필요합니다
admin-signin-needs-code = 관리 영역에 들어가려면 로그인 링크와 함께 인증 앱의 코드가 필요합니다.
admin-signin-needs-code-or-key = 관리 영역에 들어가려면 로그인 링크와 함께 인증 앱의 코드 또는 보안 키 중 하나가 필요합니다.
admin-signin-needs-key = 관리 영역에 들어가려면 로그인 링크와 함께 등록한 보안 키 중 하나가 필요합니다. 이 서비스에서는 앱의 코드만으로는 들어갈 수 없습니다.
admin-signin-use-key-heading = 보안 키 사용
admin-signin-key-refused = 이 보안 키는 승인되지 않았습니다(다른 계정의 키, 삭제된 키 또는 이미 사용된 응답입니다). 다시 시도하십시오.
admin-signin-use-key = 내 보안 키 사용
admin-signin-or-code-heading = 또는 코드 입력
admin-signin-code-refused = 코드가 올바르지 않거나 이미 사용되었습니다. 앱에 지금 표시된 코드를 입력하십시오.
admin-signin-enrol-heading = 인증 앱 설정
admin-signin-enrol-scan = 인증 앱으로 이 QR 코드를 스캔하십시오(또는 아래 키를 직접 입력하십시오).
admin-signin-enrol-qr = 인증 앱용 키가 담긴 QR 코드
admin-signin-enrol-enter = 앱에 표시된 6자리 코드를 입력하면 설정이 완료됩니다.
admin-signin-enrol-secret = 직접 입력할 키:
admin-signin-enrol-keep-secret = 이 키는 첫 번째 코드로 확인될 때까지만 표시됩니다. 다른 사람에게 알리지 마십시오.
admin-signin-recovery-hint = 휴대폰을 잃어버리셨습니까? 코드 대신 앱을 설정할 때 받은 복구 코드 중 하나를 입력하십시오. 각 복구 코드는 한 번만 사용할 수 있습니다. 복구 코드의 형식:
admin-signin-code-label = 6자리 코드
admin-signin-code-or-recovery-label = 6자리 코드 또는 복구 코드
admin-signin-continue = 계속

## 앱 설정 후 한 번만 표시되는 복구 코드
admin-recovery-title = 복구 코드
admin-recovery-heading = 인증 앱 설정이 완료되었습니다
admin-recovery-explained = 인증 앱이 있는 휴대폰을 잃어버린 경우, 6자리 코드 대신 이 복구 코드를 사용하면 각각 한 번씩 관리 영역에 들어갈 수 있습니다.
admin-recovery-shown-once = 지금만 표시됩니다
admin-recovery-keep = . 인쇄하거나 비밀번호 관리자에 저장하여 휴대폰과 다른 곳에 보관하십시오.
admin-recovery-continue = 저장했습니다. 계속

## 관리자의 보안 키
admin-keys-title = 내 보안 키
admin-keys-explained = 보안 키는 인증 앱의 코드 대신 관리 영역의 두 번째 인증 요소로 사용할 수 있습니다.
admin-keys-required = 이 서비스에서는 키가 필수입니다. 앱의 코드로는 첫 번째 키를 등록하는 것만 할 수 있습니다.
admin-keys-added = 키 “{ $name }”을(를) 추가했습니다. 다음에 관리 영역에서 두 번째 인증 요소를 요청하면 이 키를 사용하십시오.
admin-keys-removed = 키 “{ $name }”을(를) 삭제했습니다. 이제 이 키로는 관리 영역에 들어갈 수 없습니다.
admin-keys-not-added = 키가 추가되지 않았습니다. 키의 응답을 확인할 수 없었거나 등록에 5분 넘게 걸렸습니다. 다시 시도하십시오.
admin-keys-already-registered = 이 키는 이미 등록되어 있습니다.
admin-keys-last-factor = 이 키는 마지막 두 번째 인증 요소이므로 삭제할 수 없습니다. 먼저 다른 키를 추가하십시오.
admin-keys-last-accepted-factor = 이 키는 이 서비스에서 사용할 수 있는 마지막 두 번째 인증 요소이므로 삭제할 수 없습니다. 먼저 다른 키를 추가하십시오.
admin-keys-none = 아직 보안 키가 없습니다.
admin-keys-column-name = 이름
admin-keys-column-added = 추가 일시
admin-keys-column-last-used = 마지막 사용
admin-keys-column-remove = 삭제
admin-keys-never-used = 사용한 적 없음
admin-keys-remove = “{ $name }” 삭제
admin-keys-add-heading = 키 추가
admin-keys-name-label = 다른 키와 구별할 수 있도록 키에 붙일 이름
admin-keys-press-hint = 버튼을 누른 다음 키가 깜박이면 키를 터치하십시오. JavaScript가 필요합니다.
admin-keys-add = 이 키 추가
admin-keys-unavailable = 여기서는 보안 키를 사용할 수 없습니다. 서비스 주소(KEYDROP_BASE_URL)는 IP 주소가 아닌 도메인 이름이어야 합니다.
admin-keys-totp-stays = 인증 앱 설정은 그대로 유지됩니다.
admin-keys-totp-stays-fallback = 인증 앱 설정은 예비 수단으로 그대로 유지됩니다.
admin-keys-js-unsupported = 이 브라우저에서는 보안 키를 사용할 수 없습니다.
admin-keys-js-failed = 보안 키를 사용할 수 없었습니다.
admin-keys-js-touch = 지금 보안 키를 터치하십시오.
admin-keys-js-no-answer = 보안 키가 응답하지 않았거나 요청이 취소되었습니다. 다시 시도하십시오.
admin-keys-start-needs-domain = 보안 키를 사용하려면 서비스가 도메인 이름으로 운영되어야 합니다.
admin-keys-start-name-length = 키 이름은 1~{ $max }자로 지정하십시오.
admin-keys-start-unavailable = 여기서는 보안 키를 사용할 수 없습니다.
admin-keys-start-no-key = 이 계정에는 보안 키가 없습니다.

## 관리자가 아닌 사람에게 표시하는 관리 영역
admin-forbidden-title = 관리자 전용
admin-forbidden-explained = keydrop의 이 부분은 배포 행사 관리자 전용이며, 귀하의 계정은 관리자가 아닙니다.
admin-forbidden-giveaway-link = 배포 행사 페이지로 이동
