# keydrop이 보내는 메일 (templates/mail/, src/mail/messages.rs).

mail-hello = { $username }님, 안녕하세요.
mail-footer = keydrop: 핵심 프로젝트 메인테이너를 위한 보안 키 배포 행사입니다.
mail-list-separator = {", "}
mail-sign-in-there = 그런 다음 레지스트리 사용자 이름이나 이메일 주소로 로그인하십시오.

mail-sign-in-subject = keydrop 로그인 링크
mail-sign-in-asked = 누군가(아마도 본인)가 핵심 프로젝트 메인테이너를 위한 보안 키 배포 행사인 keydrop에 로그인을 요청했습니다. 로그인하려면 다음 링크를 여십시오.
mail-sign-in-once = 이 링크는 { $minutes }분 동안 한 번만 사용할 수 있습니다. 요청하지 않으셨다면 이 메일을 무시하셔도 됩니다. 링크 없이는 아무도 로그인할 수 없습니다.

mail-invitation-subject = { $campaign }: { $projects }에 기여해 주신 분께 하드웨어 보안 키를 무료로 드립니다
mail-invitation-projects-none = 핵심 프로젝트
mail-invitation-projects-two = { $first } 및 { $second }
mail-invitation-projects-more = { $first } 외 프로젝트 { $others }개
mail-invitation-granted = { $campaign } 운영팀이 귀하를 무료 하드웨어 보안 키 지급 대상으로 지정했습니다.
mail-invitation-critical = 귀하는 레지스트리가 핵심으로 분류한 다음 { $count ->
       *[other] 프로젝트
    }의 Owner 또는 Maintainer입니다.
mail-invitation-ranked = { $since } 이전 6개월간 다운로드 수 { $rank }위로, 상위 1%에 들었습니다.
mail-invitation-may-claim = 따라서 { $campaign }에서 무료 하드웨어 보안 키(키 { $keys }개용 코드)를 신청할 수 있습니다.
mail-invitation-when = 기간:
mail-invitation-dates = 신청은 { $starts }에 시작되어 { $ends }(UTC)이 끝날 때 마감됩니다.
mail-invitation-where = 배송 국가:
mail-invitation-asks-nothing = 이 메일은 아무것도 요구하지 않습니다. 회신이나 비밀번호가 필요 없으며 링크도 포함되어 있지 않습니다. 신청하려면 브라우저에 서비스 주소를 직접 입력하십시오.
mail-invitation-why = 귀하의 계정 이메일 주소가 레지스트리에 등록되어 있어 이 메일을 보내 드립니다. 배포 행사 관련 메일(초대 및 알림)을 더 이상 받지 않으려면 로그인한 후 내 페이지에서 끄거나 메일 프로그램의 '구독 취소' 기능을 사용하십시오.

mail-when = { $days ->
        [0] 오늘
        [1] 내일
       *[other] { $days }일 후에
    }
mail-claim-reminder-subject = { $campaign } 신청이 { $when } 마감됩니다: 아직 보안 키를 신청하지 않으셨습니다
mail-claim-reminder-body = { $campaign }에서 무료 하드웨어 보안 키를 신청할 수 있지만 아직 신청하지 않으셨습니다. 신청은 { $day }(UTC)이 끝날 때, 즉 { $when } 마감됩니다.
mail-claim-type-address = 신청하려면 브라우저에 서비스 주소를 직접 입력하십시오.
mail-redeem-reminder-subject = { $campaign } 코드가 { $when } 만료됩니다
mail-redeem-reminder-body = { $campaign }에서 받으신 코드(보안 키 { $keys }개용)가 아직 사용되지 않았으며, { $day }(UTC)이 끝날 때, 즉 { $when } 만료됩니다. 그 이후에는 사용할 수 없습니다.
mail-redeem-type-address = 코드와 키 주문 방법을 확인하려면 브라우저에 서비스 주소를 직접 입력하십시오.
mail-redeem-sign-in-there = 그런 다음 로그인하십시오.
mail-reminders-off = 알림을 더 받지 않으려면 내 페이지에서 끄거나 여기에서 끌 수 있습니다:
