# 메인테이너용 페이지: 시작 페이지, 로그인, 배포 행사 페이지, 반납, 메일, 오류.

## 시작 페이지
home-title = 핵심 프로젝트를 위한 보안 키
home-heading = 핵심 프로젝트 메인테이너를 위한 보안 키
home-signed-out = 로그아웃했습니다.
home-intro = 레지스트리에서 가장 많이 다운로드되는 프로젝트의 메인테이너는 하드웨어 보안 키를 무료로 받을 수 있습니다. 이 사이트에서 받은 프로모션 코드를 키 제조사 스토어에서 사용하면 키 가격과 배송비가 결제됩니다.
home-how = 참여할 수 있는지 확인하려면 레지스트리 사용자 이름이나 이메일 주소로 로그인하십시오. 계정의 이메일 주소로 한 번만 쓸 수 있는 로그인 링크를 보내 드립니다.
home-who-heading = 참여 대상
home-who-critical = 핵심 프로젝트(최근 6개월 다운로드 수 기준 상위 1% 프로젝트)의 Owner 또는 Maintainer여야 합니다. 한 번 핵심 프로젝트가 된 프로젝트는 계속 핵심 프로젝트로 남습니다.
home-who-ships = 거주하는 국가로 키를 배송할 수 있어야 합니다.
home-who-no-key = 계정에서 아직 보안 키를 사용하지 않아야 합니다(이미 사용하는 분도 받는 배포 행사가 있습니다).

## 로그인
login-sign-in = 로그인
login-empty = 레지스트리 사용자 이름이나 계정의 이메일 주소를 입력하십시오.
login-link-used = 이미 사용된 로그인 링크입니다. 링크는 한 번만 쓸 수 있습니다. 아래에서 새 링크를 요청하십시오.
login-link-expired = 로그인 링크가 만료되었습니다. 링크는 { $minutes }분 동안 유효합니다. 아래에서 새 링크를 요청하십시오.
login-link-unknown = 유효하지 않은 로그인 링크입니다. 링크 전체를 복사했는지 확인하거나 아래에서 새 링크를 요청하십시오.
login-intro = 레지스트리 계정의 이메일 주소로 로그인 링크를 보내 드립니다. 링크는 한 번만, { $minutes }분 동안 사용할 수 있습니다.
login-field = 사용자 이름 또는 이메일 주소
login-send = 로그인 링크 보내기
login-sent-title = 이메일을 확인하십시오
login-sent-notice = 해당 사용자 이름이나 이메일 주소의 계정이 있으면, 그 계정의 이메일 주소로 로그인 링크를 보냈습니다.
login-sent-works-once = 링크는 한 번만, { $minutes }분 동안 사용할 수 있습니다.
login-sent-nothing = 메일이 오지 않았습니까? 스팸 메일함을 확인하거나 { $link }.
login-sent-ask-again = 새 링크를 요청하십시오
login-confirm-heading = keydrop에 로그인
login-confirm-intro = 로그인 링크를 통해 들어오셨습니다. 이 기기에서 로그인하려면 계속하십시오.
login-confirm-why = 링크를 여는 메일 검사기가 로그인 링크를 써 버리지 않도록 로그인에 이 단계를 하나 더 둡니다.

## 배포 행사 페이지
giveaway-title = 내 배포 행사
giveaway-heading = 보안 키 배포 행사
giveaway-none-heading = 아직 배포 행사가 없습니다
giveaway-none = 지금은 진행 중인 보안 키 배포 행사가 없습니다.
giveaway-claims-open = 신청 기간은 { $start }부터 { $end }까지입니다.
giveaway-revoked = 이 배포 행사에서 받은 코드는 { $day }에 관리자가 취소했습니다. 더 이상 사용할 수 없습니다.
giveaway-projects-heading = 내 핵심 프로젝트
giveaway-no-projects = Owner 또는 Maintainer로 있는 프로젝트 중 핵심 프로젝트(다운로드 수 기준 상위 1%)는 없습니다.
giveaway-projects-summary = Owner 또는 Maintainer로 있는 다운로드 수 기준 상위 1% 프로젝트 { $count }개
giveaway-column-project = 프로젝트
giveaway-column-role = 내 역할
giveaway-column-rank = 핵심 프로젝트가 된 시점의 순위
giveaway-column-since = 핵심 프로젝트가 된 날
giveaway-mail-heading = 배포 행사 메일
giveaway-mail-off-note = 초대와 알림 메일을 끄셨습니다. 로그인 링크는 요청하면 계속 보내 드립니다.
giveaway-mail-turn-on = 초대와 알림 메일 켜기
giveaway-mail-on-note = 신청할 수 있는 배포 행사가 열리면 초대 메일을 보내고, 아직 신청하지 않았다면 마감 며칠 전에, 코드를 아직 사용하지 않았다면 코드 만료 며칠 전에 알려 드립니다. 이 메일들은 어떤 것도 요구하지 않습니다.
giveaway-mail-turn-off = 초대와 알림 메일 끄기

## 코드
code-label = 내 프로모션 코드
code-copy = 코드 복사
code-copied = 복사했습니다
code-redeemed-vendor = 스토어에서 이 코드가 사용되었다고 알려 왔습니다.
code-redeemed-stripe = 저희 스토어에서 키를 주문하셨습니다.
code-redeemed-admin = 배포 행사 팀이 이 코드를 사용됨으로 표시했습니다.
code-redeemed-self = 키를 주문했다고 알려 주셨습니다.
code-redeemed-vendor-on = 스토어에서 이 코드가 { $day }에 사용되었다고 알려 왔습니다.
code-redeemed-stripe-on = { $day }에 저희 스토어에서 키를 주문하셨습니다.
code-redeemed-admin-on = 배포 행사 팀이 { $day }에 이 코드를 사용됨으로 표시했습니다.
code-redeemed-self-on = { $day }에 키를 주문했다고 알려 주셨습니다.
code-expired = 이 코드는 사용되지 않은 채 { $day }에 만료되었습니다.
code-valid-until = { $day }까지 유효({ $days ->
        [0] 오늘이 마지막 날
       *[other] { $days }일 남음
    }).
code-how-heading = 사용 방법
code-stripe-how = Stripe에 있는 저희 스토어에서 키 { $keys }개를 주문하십시오. 코드는 자동으로 적용되고 주문 금액은 없으며, Stripe에서 이 배포 행사의 대상 국가 중 한 곳의 배송 주소를 묻습니다.
code-stripe-redeem = 코드 사용: 키 주문하기
code-step-store = { $store }(으)로 이동합니다.
code-store-name = 키 제조사 스토어
code-step-cart = 장바구니에 키를 정확히 { $keys }개 담습니다. 코드로 키 { $keys }개와 배송비가 결제됩니다.
code-step-checkout = 결제할 때 코드를 입력하고, 거주 국가의 배송 주소를 입력합니다.
code-step-checkout-declared = 결제할 때 코드를 입력하고, 신고한 국가({ $country })의 배송 주소를 입력합니다.
code-does-not-apply = 스토어에서 코드를 적용할 수 없다고 하면, 장바구니에 키가 정확히 { $keys }개(더 많지도 적지도 않게) 담겨 있는지, 코드를 표시된 그대로 입력했는지 확인하십시오(복사하면 실수를 막을 수 있습니다).
code-ordered = 키를 주문했습니다

## 신청 양식
claim-intro = 보안 키 { $keys }개에 해당하는 프로모션 코드를 하나 신청할 수 있습니다.
claim-country-label = 키를 배송받을 국가
claim-country-hint = 국가 이름을 한국어나 그 나라의 언어로(Deutschland, Schweiz, 日本 등), 또는 DE나 GB 같은 두 글자 코드로 입력하십시오. 키 배송 국가: { $countries }.
claim-list-separator = {", "}
claim-empty = 키를 배송받을 국가를 입력하십시오.
claim-common-mistake = { $given }은(는) ISO 국가 코드가 아닙니다. { $name }의 경우 { $meant }을(를) 입력하십시오.
claim-unknown-country = “{ $given }”(이)라는 국가를 찾을 수 없습니다. 국가 이름을 한국어나 그 나라의 언어로 입력하거나, DE나 JP 같은 두 글자 ISO 코드를 입력하십시오.
claim-not-served = 이 배포 행사의 키는 다음 국가로 배송되지 않습니다: { $country }. 배정된 코드는 없습니다.
claim-none-left-for = 다음 국가에 남은 코드가 없습니다: { $country }.
claim-unknown-offer = 선택한 키는 다음 국가에 제공되지 않습니다: { $country }. 목록에 있는 키 중에서 선택하십시오.
claim-choose-offer = 다음 국가로 배송되는 키는 { $count }종입니다: { $country }. 아래에서 하나를 선택하십시오.
claim-roles-gone = 패키지 레지스트리에 따르면 현재 어떤 핵심 프로젝트에서도 Owner 또는 Maintainer 역할이 없으므로 코드를 신청할 수 없습니다. 배정된 코드는 없습니다. 잘못된 정보라면 프로젝트 소유자에게 다시 추가해 달라고 요청하거나 배포 행사 팀에 연락하십시오.
claim-button = 코드 신청하기
offer-choice-legend = 어떤 키를 원하십니까?
offer-choice-plain = { $offer }: 코드 하나로 키 { $keys }개
offer-choice-by-vendor = { $offer }({ $vendor }): 코드 하나로 키 { $keys }개

## 신청할 수 없는 이유
ineligible-closed = 이 배포 행사의 신청이 마감되었습니다. 더 이상 코드를 나눠 드리지 않습니다.
ineligible-not-open-yet = 이 배포 행사는 { $day }에 시작합니다. 그때 다시 오셔서 코드를 신청하십시오.
ineligible-ended = 이 배포 행사는 { $day }에 끝났습니다. 더 이상 코드를 나눠 드리지 않습니다.
ineligible-no-codes-left = 이 배포 행사의 코드가 모두 신청되어 남은 코드가 없습니다.
ineligible-no-critical-role = 이 배포 행사는 핵심 프로젝트의 Owner와 Maintainer를 위한 것이지만, 계정이 어떤 핵심 프로젝트의 Owner나 Maintainer도 아닙니다.
ineligible-team-account = 팀 또는 조직 계정을 통해 핵심 프로젝트를 관리하고 있다면 { $support }에 확인을 요청하십시오.
ineligible-support-team = 레지스트리 지원팀
ineligible-account-too-new = 이 배포 행사는 { $cutoff } 이전에 만든 계정이 대상입니다. 이 계정은 { $joined }에 만들어졌습니다.
ineligible-has-security-key = 계정에서 이미 보안 키를 사용하고 있으며, 이 배포 행사는 아직 보안 키가 없는 메인테이너를 위한 것입니다. 프로젝트를 보호해 주셔서 감사합니다.
ineligible-has-totp = 현재 단계의 배포 행사는 아직 2단계 인증을 사용하지 않는 메인테이너를 위한 것이며, 계정에서 이미 인증 앱을 사용하고 있습니다. 프로젝트를 보호해 주셔서 감사합니다.
ineligible-handed-back = 이 배포 행사에서 받은 코드를 반납하셨습니다. 반납한 코드는 여기서 다시 신청할 수 없습니다.
phase-note-widens = 이 배포 행사의 조건이 { $day }에 넓어지며, 그날부터 신청 대상이 됩니다. 코드가 남아 있는 동안 그때 다시 오셔서 신청하십시오.

## 코드 반납
release-hint = 이 코드를 사용하지 않으십니까? 다른 분이 받을 수 있도록 { $link }.
release-hint-link = 반납하십시오
release-title = 코드 반납
release-about = { $campaign }의 프로모션 코드 { $code }을(를) 반납하려고 합니다.
release-restock = 코드는 다른 메인테이너에게 돌아갑니다. 반납한 뒤에는 사용하지 마십시오.
release-retire = 코드는 더 이상 작동하지 않습니다. 반납한 뒤에는 아무도 사용할 수 없습니다.
release-claim-again = 코드가 남아 있는 동안 나중에 다른 코드를 신청할 수 있습니다.
release-no-claim-again = 이 배포 행사에서는 다른 코드를 신청할 수 없습니다.
release-button = 코드 반납하기
release-keep = 반납하지 않기

## 확인 단계
confirm-title = 확인해 주십시오
confirm-ordered-heading = 키를 주문하셨습니까?
confirm-ordered = { $campaign } 코드로 주문을 마친 뒤에만 확인하십시오. 확인하면 코드는 사용된 것으로 처리되며 되돌릴 수 없습니다.
confirm-ordered-button = 예, 키를 주문했습니다
confirm-go-back = 아니요, 돌아가기

## 배포 행사 메일 수신 거부
unsubscribe-title = 배포 행사 메일
unsubscribe-ask = 계정 { $username }에 대한 보안 키 배포 행사 초대와 알림 메일을 중단하시겠습니까? 로그인 링크는 요청하면 계속 보내 드립니다.
unsubscribe-button = 배포 행사 메일 중단하기
unsubscribe-done = 완료했습니다. 계정 { $username }에는 더 이상 초대와 알림 메일이 가지 않습니다.
unsubscribe-turn-on-again = { $signed_in } 뒤 내 페이지에서 다시 켤 수 있습니다.
unsubscribe-signed-in = 로그인한
unsubscribe-unknown = 유효하지 않은 링크입니다. 링크 전체를 복사했는지 확인하십시오. 또는 { $sign_in } 내 페이지에서 배포 행사 메일을 끄십시오.
unsubscribe-sign-in = 로그인한 뒤

## 작업 후 메시지
flash-signed-in = 로그인했습니다.
flash-claimed = 코드가 준비되었습니다. 이 코드는 본인만을 위한 것이며, 다시 방문할 때마다 여기에 표시됩니다.
flash-already-held = 이 배포 행사의 코드를 이미 받으셨습니다. 다시 보여 드립니다.
flash-redeemed = 감사합니다. 키를 주문하신 것으로 기록했습니다.
flash-checkout-done = 주문해 주셔서 감사합니다. Stripe에서 확인하는 즉시(보통 1분 이내) 코드가 사용됨으로 표시됩니다.
flash-checkout-not-ready = 스토어에서 아직 코드를 준비하고 있습니다. 몇 분 뒤에 다시 시도하십시오.
flash-mail-on = 초대와 알림 메일을 켰습니다. 배포 행사가 열리거나 곧 마감될 때, 코드가 곧 만료될 때 알려 드립니다.
flash-mail-off = 초대와 알림 메일을 껐습니다. 더 이상 받지 않습니다. 로그인 링크는 요청하면 계속 보내 드립니다.
flash-checkout-failed = 스토어에 연결할 수 없습니다. 코드는 그대로입니다. 몇 분 뒤에 다시 시도하십시오.
flash-handed-back = 코드를 반납했습니다. 이제 이 코드를 사용할 수 없습니다. 알려 주셔서 감사합니다.
flash-nothing-to-hand-back = 이 배포 행사에서 반납할 수 있는 미사용 코드가 없습니다. 이미 반납했거나 사용된 코드입니다.

## 오류 페이지
error-title = 오류: { $title }
error-go-home = 시작 페이지로 이동
error-not-found-heading = 페이지를 찾을 수 없습니다
error-not-found = 이 주소에는 페이지가 없습니다.
error-csrf-heading = 이 양식은 만료되었습니다
error-csrf = 양식을 보낸 페이지가 너무 오래되었거나 다른 세션에서 열린 페이지입니다. 이전 페이지로 돌아가 새로고침한 뒤 다시 시도하십시오.
error-bad-request-heading = 요청을 읽을 수 없습니다
error-bad-request = 이전 페이지로 돌아가 새로고침한 뒤 다시 시도하십시오.
error-internal-heading = 서버에 문제가 생겼습니다
error-internal = 요청을 처리하지 못했으며 문제를 기록했습니다. 사용자의 잘못이 아닙니다. 잠시 후 다시 시도하십시오.
error-busy-heading = 지금은 keydrop이 매우 바쁩니다
error-busy = 요청을 제시간에 처리하지 못했으며, 변경된 것은 없습니다. 몇 초 뒤에 다시 시도하십시오. 처리되지 않은 신청은 그냥 다시 하면 되며, 이미 받은 코드는 그대로 유지됩니다.
error-too-many-sign-ins-heading = 로그인 요청이 너무 많습니다
error-too-many-sign-ins = 짧은 시간에 로그인 링크를 너무 자주 요청했습니다. 링크를 받으셨다면 가장 최근 링크가 유효합니다(이전 링크를 대체했습니다). 받지 못하셨다면 { $minutes }분 뒤에 다시 시도하십시오.
error-totp-locked-heading = 계정의 관리 영역이 잠겼습니다
error-totp-locked = 계정에 잘못된 코드가 너무 많이 입력되어 관리 영역이 { $minutes }분 동안 잠깁니다. 이 일은 기록되었습니다. 직접 입력하지 않았다면 다른 사람이 로그인 링크를 가지고 있을 수 있으니 다른 관리자에게 알리십시오.
error-too-many-claims-heading = 짧은 시간에 신청이 너무 많습니다
error-too-many-claims = { $minutes }분 뒤에 다시 시도하십시오. 이미 받은 코드는 그대로 유지됩니다.
error-too-many-heading = 요청이 너무 많습니다
error-too-many = { $minutes }분 뒤에 다시 시도하십시오.
error-too-large-heading = 이 페이지가 받을 수 있는 크기를 넘었습니다
error-too-large = 보낸 내용이 이 주소가 받을 수 있는 크기보다 커서 아무것도 변경되지 않았습니다. 이전 페이지로 돌아가 내용을 줄이거나 파일 크기를 줄인 뒤 다시 시도하십시오.
error-not-text-heading = 요청에 텍스트가 아닌 문자가 있습니다
error-not-text = 보낸 내용에 NUL 문자, 제어 문자 또는 UTF-8이 아닌 바이트가 있어 아무것도 변경되지 않았습니다. 이전 페이지로 돌아가 텍스트를 붙여 넣지 말고 다시 입력한 뒤 보내십시오.
error-signed-out-heading = 먼저 로그인하십시오
error-signed-out = 로그인하지 않았거나 세션이 끝나서 아무것도 변경되지 않았습니다. { $sign_in } 양식을 다시 보내십시오.
error-signed-out-link = 로그인한 뒤
error-field-too-long-heading = 입력란의 내용이 너무 깁니다
error-field-too-long = 각 입력란에는 최대 { $max }자까지 입력할 수 있으며, 아무것도 변경되지 않았습니다. 이전 페이지로 돌아가 텍스트를 줄인 뒤 양식을 다시 보내십시오.
error-method-heading = 이 페이지는 그렇게 사용할 수 없습니다
error-method = 이 주소는 그런 종류의 요청에 응답하지 않습니다.
error-uri-too-long-heading = 주소가 너무 깁니다
error-uri-too-long = 이 서비스는 이렇게 긴 주소를 읽지 않습니다.
error-timed-out-heading = 요청이 도착하는 데 너무 오래 걸렸습니다
error-timed-out = 아무것도 변경되지 않았습니다. 연결을 확인한 뒤 다시 시도하십시오.
error-unauthorized-heading = 인증이 필요합니다
error-unauthorized = 이 주소에는 유효한 Bearer 토큰이 필요합니다.
