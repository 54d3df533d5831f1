skip-to-content = 本文へ移動
tagline = 重要プロジェクトのメンテナーに無料のセキュリティキーを
signed-in-as = { $username } としてサインイン中
sign-out = サインアウト
footer-never-asks = keydrop がパスワードを尋ねることはありません。コードは一度だけ使え、あなたのアカウントに結び付いています。共有しないでください。
language-switcher = 言語
admin-area = 管理画面
help-contact = ヘルプとお問い合わせ：プログラムのサポートチーム
