# keydrop が送るメール（templates/mail/、src/mail/messages.rs）。

mail-hello = { $username } 様
mail-footer = keydrop：重要プロジェクトのメンテナーにセキュリティキーをお届けする配布サービスです。
mail-list-separator = {"、"}
mail-sign-in-there = 表示されたページで、レジストリのユーザー名またはメールアドレスを使ってサインインしてください。

mail-sign-in-subject = keydrop のサインインリンク
mail-sign-in-asked = 重要プロジェクトのメンテナー向けセキュリティキー配布サービス keydrop へのサインインがリクエストされました（おそらくご本人によるものです）。次のリンクを開いてサインインしてください。
mail-sign-in-once = このリンクは{ $minutes }分間、1回だけ使えます。お心当たりがない場合は、このメールを無視してください。リンクがなければ誰もサインインできません。

mail-invitation-subject = { $campaign }：{ $projects } でのご活動に対し、ハードウェアセキュリティキーを無料でお贈りします
mail-invitation-projects-none = 重要プロジェクト
mail-invitation-projects-two = { $first } と { $second }
mail-invitation-projects-more = { $first } ほか{ $others }件のプロジェクト
mail-invitation-granted = { $campaign } の運営チームにより、あなたは無料のハードウェアセキュリティキーの対象になりました。
mail-invitation-critical = あなたは、レジストリが重要と認定している次の{ $count ->
       *[other] プロジェクト
    }の Owner または Maintainer です。
mail-invitation-ranked = { $since }までの6か月間のダウンロード数で{ $rank }位となり、上位1%に入りました。
mail-invitation-may-claim = そのため、{ $campaign } で無料のハードウェアセキュリティキー（キー{ $keys }個分のコード）を申請できます。
mail-invitation-when = 期間:
mail-invitation-dates = 申請の受付は{ $starts }に始まり、{ $ends }（UTC）の終わりに締め切られます。
mail-invitation-where = 発送先:
mail-invitation-asks-nothing = このメールは何かをお願いするものではありません。返信もパスワードも不要で、リンクも含まれていません。申請するには、ご自身でブラウザーにサービスのアドレスを入力してください。
mail-invitation-why = このメールは、あなたのアカウントのメールアドレスがレジストリに登録されているためお送りしています。配布に関するメール（ご案内とリマインダー）が不要な場合は、サインイン後にご自分のページで停止するか、メールソフトの「登録解除」機能をお使いください。

mail-when = { $days ->
        [0] 本日
        [1] 明日
       *[other] { $days }日後に
    }
mail-claim-reminder-subject = { $campaign } は{ $when }締め切られます：セキュリティキーがまだ申請されていません
mail-claim-reminder-body = { $campaign } で無料のハードウェアセキュリティキーを申請できますが、まだ申請されていません。申請は{ $day }（UTC）の終わり、{ $when }締め切られます。
mail-claim-type-address = 申請するには、ご自身でブラウザーにサービスのアドレスを入力してください。
mail-redeem-reminder-subject = { $campaign } のコードは{ $when }有効期限が切れます
mail-redeem-reminder-body = { $campaign } で取得されたコード（セキュリティキー{ $keys }個分）はまだ使われておらず、{ $day }（UTC）の終わり、{ $when }有効期限が切れます。期限後は使用できません。
mail-redeem-type-address = コードとキーの注文方法を確認するには、ご自身でブラウザーにサービスのアドレスを入力してください。
mail-redeem-sign-in-there = 表示されたページでサインインしてください。
mail-reminders-off = リマインダーが不要な場合は、ご自分のページで停止するか、こちらから停止できます：
