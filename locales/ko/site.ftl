skip-to-content = 본문으로 건너뛰기
tagline = 중요 프로젝트 메인테이너를 위한 무료 보안 키
signed-in-as = { $username }(으)로 로그인됨
sign-out = 로그아웃
footer-never-asks = keydrop은 절대 비밀번호를 묻지 않습니다. 코드는 한 번만 사용할 수 있고 계정에 연결되어 있으니 공유하지 마세요.
language-switcher = 언어
admin-area = 관리 영역
help-contact = 도움말 및 문의: 프로그램 지원팀
