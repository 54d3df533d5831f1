# メンテナー向けのページ：トップページ、サインイン、配布ページ、返却、メール、エラー。

## トップページ
home-title = 重要プロジェクトのためのセキュリティキー
home-heading = 重要プロジェクトのメンテナーにセキュリティキーを
home-signed-out = サインアウトしました。
home-intro = レジストリで特にダウンロード数の多いプロジェクトのメンテナーは、ハードウェアのセキュリティキーを無料で受け取れます。このサイトで発行されるプロモーションコードをキーメーカーのストアで使うと、キー本体と送料が支払われます。
home-how = 対象になるかどうかは、レジストリのユーザー名またはメールアドレスでサインインするとわかります。アカウントのメールアドレスに、一度だけ使えるサインインリンクをお送りします。
home-who-heading = 対象となる方
home-who-critical = 重要プロジェクト（過去 6 か月のダウンロード数で上位 1% のプロジェクト）の Owner または Maintainer であること。一度重要プロジェクトになったプロジェクトは、その後も重要プロジェクトのままです。
home-who-ships = お住まいの国にキーを発送できること。
home-who-no-key = アカウントでまだセキュリティキーを使っていないこと（すでに使っている方も対象とする配布もあります）。

## サインイン
login-sign-in = サインイン
login-empty = レジストリのユーザー名、またはアカウントのメールアドレスを入力してください。
login-link-used = このサインインリンクはすでに使われています。リンクは一度しか使えません。下のフォームから新しいリンクを請求してください。
login-link-expired = このサインインリンクは有効期限が切れています。リンクの有効期間は { $minutes } 分です。下のフォームから新しいリンクを請求してください。
login-link-unknown = このサインインリンクは無効です。リンク全体をコピーしたか確認するか、下のフォームから新しいリンクを請求してください。
login-intro = レジストリのアカウントのメールアドレスにサインインリンクをお送りします。リンクは一度だけ、{ $minutes } 分間有効です。
login-field = ユーザー名またはメールアドレス
login-send = サインインリンクを送信
login-sent-title = メールをご確認ください
login-sent-notice = そのユーザー名またはメールアドレスのアカウントが存在する場合、アカウントのメールアドレスにサインインリンクをお送りしました。
login-sent-works-once = リンクは一度だけ、{ $minutes } 分間有効です。
login-sent-nothing = メールが届きませんか？迷惑メールフォルダーを確認するか、{ $link }。
login-sent-ask-again = 別のリンクを請求してください
login-confirm-heading = keydrop にサインイン
login-confirm-intro = サインインリンクから開きました。このデバイスでサインインするには、続行してください。
login-confirm-why = リンクを開くメールスキャナーにリンクを使い切られないよう、サインインにはこの確認の手順があります。

## 配布ページ
giveaway-title = あなたの配布
giveaway-heading = セキュリティキーの配布
giveaway-none-heading = 配布はまだありません
giveaway-none = 現在、セキュリティキーの配布は行われていません。
giveaway-claims-open = 請求の受付期間は { $start } から { $end } までです。
giveaway-revoked = この配布で受け取ったコードは、{ $day } に管理者によって取り消されました。このコードはもう使えません。
giveaway-projects-heading = あなたの重要プロジェクト
giveaway-no-projects = あなたが Owner または Maintainer であるプロジェクトに、重要プロジェクト（ダウンロード数で上位 1%）はありません。
giveaway-projects-summary = あなたが Owner または Maintainer である、ダウンロード数上位 1% のプロジェクト（{ $count } 件）
giveaway-column-project = プロジェクト
giveaway-column-role = あなたのロール
giveaway-column-rank = 重要プロジェクトになった時点の順位
giveaway-column-since = 重要プロジェクトになった日
giveaway-mail-heading = 配布に関するメール
giveaway-mail-off-note = 招待とリマインダーはオフになっています。サインインリンクは、請求されたときには引き続きお送りします。
giveaway-mail-turn-on = 招待とリマインダーをオンにする
giveaway-mail-on-note = 請求できる配布が始まったときにご招待し、まだ請求していない場合は締め切りの数日前に、コードを使っていない場合はコードの有効期限の数日前にお知らせします。これらのメッセージで何かをお願いすることはありません。
giveaway-mail-turn-off = 招待とリマインダーをオフにする

## コード
code-label = あなたのプロモーションコード
code-copy = コードをコピー
code-copied = コピーしました
code-redeemed-vendor = ストアからこのコードが使用済みと報告されています。
code-redeemed-stripe = 当サイトのストアでキーを注文済みです。
code-redeemed-admin = 配布チームがこのコードを使用済みにしました。
code-redeemed-self = キーを注文済みとご連絡いただきました。
code-redeemed-vendor-on = ストアから、このコードが { $day } に使用されたと報告されています。
code-redeemed-stripe-on = { $day } に当サイトのストアでキーを注文されました。
code-redeemed-admin-on = 配布チームが { $day } にこのコードを使用済みにしました。
code-redeemed-self-on = { $day } にキーを注文済みとご連絡いただきました。
code-expired = このコードは使われないまま { $day } に有効期限が切れました。
code-valid-until = { $day } まで有効（{ $days ->
        [0] 本日が最終日
       *[other] 残り { $days } 日
    }）。
code-how-heading = 使い方
code-stripe-how = Stripe 上の当サイトのストアで { $keys } 本のキーを注文してください。コードは自動で適用され、注文に費用はかかりません。配送先住所は、この配布の対象国のいずれかで Stripe に入力してください。
code-stripe-redeem = コードを使う：キーを注文する
code-step-store = { $store }を開きます。
code-store-name = キーメーカーのストア
code-step-cart = カートにちょうど { $keys } 本のキーを入れます。コードで { $keys } 本のキーと送料が支払われます。
code-step-checkout = 支払い手続きでコードを入力し、お住まいの国の配送先住所を指定します。
code-step-checkout-declared = 支払い手続きでコードを入力し、申告した国（{ $country }）の配送先住所を指定します。
code-does-not-apply = コードが適用されないとストアに表示された場合は、カートのキーがちょうど { $keys } 本（多くも少なくもない）であること、コードが表示どおりに入力されていること（コピーすれば間違いを防げます）を確認してください。
code-ordered = キーを注文しました

## 請求フォーム
claim-intro = セキュリティキー { $keys } 本分のプロモーションコードを 1 つ請求できます。
claim-country-label = キーの発送先の国
claim-country-hint = 国名を日本語またはその国の言語で（Deutschland、Schweiz、日本など）、または DE や GB のような 2 文字のコードで入力してください。発送先の国：{ $countries }。
claim-list-separator = 、
claim-empty = キーの発送先の国を入力してください。
claim-common-mistake = { $given } は ISO の国コードではありません。{ $name } の場合は { $meant } と入力してください。
claim-unknown-country = 「{ $given }」という国は見つかりません。国名を日本語またはその国の言語で入力するか、DE や JP のような 2 文字の ISO コードを入力してください。
claim-not-served = この配布のキーはこの国には発送されません：{ $country }。コードは割り当てられていません。
claim-none-left-for = この国に割り当てられるコードは残っていません：{ $country }。
claim-unknown-offer = 選んだキーは次の国では提供されていません：{ $country }。一覧のキーから選んでください。
claim-choose-offer = 次の国に発送できるキーは { $count } 種類あります：{ $country }。下から選んでください。
claim-roles-gone = パッケージレジストリによると、現在あなたはどの重要プロジェクトでも Owner または Maintainer のロールを持っていないため、コードを請求できません。コードは割り当てられていません。誤りの場合は、プロジェクトのオーナーに再度追加してもらうか、配布チームにご連絡ください。
claim-button = コードを請求する
offer-choice-legend = どのキーをご希望ですか？
offer-choice-plain = { $offer }：コード 1 つでキー { $keys } 本
offer-choice-by-vendor = { $offer }（{ $vendor }）：コード 1 つでキー { $keys } 本

## 請求できない理由
ineligible-closed = この配布の請求受付は終了しました。これ以上コードは配布されません。
ineligible-not-open-yet = この配布は { $day } に始まります。その日以降にコードを請求してください。
ineligible-ended = この配布は { $day } に終了しました。これ以上コードは配布されません。
ineligible-no-codes-left = この配布のコードはすべて請求されました。残りはありません。
ineligible-no-critical-role = この配布は重要プロジェクトの Owner と Maintainer が対象ですが、あなたのアカウントはどの重要プロジェクトの Owner でも Maintainer でもありません。
ineligible-team-account = チームや組織のアカウントを通じて重要プロジェクトをメンテナンスしている場合は、{ $support }に確認を依頼してください。
ineligible-support-team = レジストリのサポートチーム
ineligible-account-too-new = この配布は { $cutoff } までに作成されたアカウントが対象です。あなたのアカウントは { $joined } に作成されました。
ineligible-has-security-key = あなたのアカウントはすでにセキュリティキーを使っており、この配布はまだキーを持っていないメンテナーが対象です。プロジェクトを守っていただき、ありがとうございます。
ineligible-has-totp = 現在の段階では、この配布はまだ二要素認証を使っていないメンテナーが対象ですが、あなたのアカウントはすでに認証アプリを使っています。プロジェクトを守っていただき、ありがとうございます。
ineligible-handed-back = この配布で受け取ったコードは返却済みです。返却したコードをここで再び請求することはできません。
phase-note-widens = この配布の条件は { $day } に広がり、その日からあなたも対象になります。コードが残っていれば、その日以降に請求してください。

## コードの返却
release-hint = このコードを使いませんか？ほかの方に届くよう、{ $link }。
release-hint-link = 返却してください
release-title = コードの返却
release-about = { $campaign } のプロモーションコード { $code } を返却しようとしています。
release-restock = コードは別のメンテナーに渡ります。返却後は使わないでください。
release-retire = コードは使えなくなります。返却後は誰も使えません。
release-claim-again = コードが残っていれば、後で別のコードを請求できます。
release-no-claim-again = この配布で別のコードを請求することはできません。
release-button = コードを返却する
release-keep = 返却しない

## 確認の手順
confirm-title = 確認してください
confirm-ordered-heading = キーを注文しましたか？
confirm-ordered = { $campaign } のコードで注文を済ませてから確定してください。確定するとコードは使用済みになり、取り消せません。
confirm-ordered-button = はい、キーを注文しました
confirm-go-back = いいえ、戻ります

## 配布メールの停止
unsubscribe-title = 配布に関するメール
unsubscribe-ask = アカウント { $username } へのセキュリティキー配布の招待とリマインダーを停止しますか？サインインリンクは、請求されたときには引き続きお送りします。
unsubscribe-button = 配布メールを停止する
unsubscribe-done = 完了しました。アカウント { $username } には今後、招待もリマインダーも届きません。
unsubscribe-turn-on-again = { $signed_in }後、ご自分のページで再びオンにできます。
unsubscribe-signed-in = サインインした
unsubscribe-unknown = このリンクは無効です。リンク全体をコピーしたか確認してください。または、{ $sign_in }てご自分のページで配布メールをオフにしてください。
unsubscribe-sign-in = サインインし

## 操作の後のメッセージ
flash-signed-in = サインインしました。
flash-claimed = コードの準備ができました。このコードはあなた専用で、再びアクセスしたときにもここに表示されます。
flash-already-held = この配布のコードはすでにお持ちです。もう一度表示します。
flash-redeemed = ありがとうございます。キーを注文済みとして記録しました。
flash-checkout-done = ご注文ありがとうございます。Stripe が確認するとすぐに（通常は 1 分以内）、コードは使用済みと表示されます。
flash-checkout-not-ready = コードはまだストアで準備中です。数分後にもう一度お試しください。
flash-mail-on = 招待とリマインダーをオンにしました。配布の開始時、締め切りの直前、コードの有効期限が近づいたときにお知らせします。
flash-mail-off = 招待とリマインダーをオフにしました。今後は届きません。サインインリンクは、請求されたときには引き続きお送りします。
flash-checkout-failed = ストアに接続できませんでした。コードは変わっていません。数分後にもう一度お試しください。
flash-handed-back = コードを返却しました。このコードはもう使えません。ご連絡ありがとうございます。
flash-nothing-to-hand-back = この配布で返却できる未使用のコードはありません。すでに返却されたか、使用済みです。

## エラーページ
error-title = エラー：{ $title }
error-go-home = トップページへ
error-not-found-heading = ページが見つかりません
error-not-found = このアドレスにページはありません。
error-csrf-heading = このフォームは有効期限が切れています
error-csrf = フォームを送信したページが古すぎるか、別のセッションで開かれたものでした。前のページに戻り、ページを再読み込みしてからもう一度お試しください。
error-bad-request-heading = リクエストを読み取れませんでした
error-bad-request = 前のページに戻り、ページを再読み込みしてからもう一度お試しください。
error-internal-heading = サーバー側で問題が発生しました
error-internal = リクエストを完了できませんでした。問題は記録されています。お客様の操作が原因ではありません。しばらくしてからもう一度お試しください。
error-busy-heading = keydrop は現在たいへん混み合っています
error-busy = リクエストを時間内に処理できず、何も変更されていません。数秒後にもう一度お試しください。完了しなかった請求はそのままやり直せます。すでにお持ちのコードはそのまま有効です。
error-too-many-sign-ins-heading = サインインの請求が多すぎます
error-too-many-sign-ins = 短時間にサインインリンクが何度も請求されました。リンクが届いている場合は、最新のものが使えます（以前のリンクは置き換えられました）。届いていない場合は、{ $minutes } 分後にもう一度お試しください。
error-totp-locked-heading = アカウントの管理画面はロックされています
error-totp-locked = お使いのアカウントで誤ったコードが何度も入力されたため、管理画面は { $minutes } 分間ロックされます。この件は記録されました。ご自身で入力していない場合は、ほかの誰かがあなたのサインインリンクを持っている可能性があります。ほかの管理者に知らせてください。
error-too-many-claims-heading = 短時間に請求が多すぎます
error-too-many-claims = { $minutes } 分後にもう一度お試しください。すでにお持ちのコードはそのまま有効です。
error-too-many-heading = リクエストが多すぎます
error-too-many = { $minutes } 分後にもう一度お試しください。
error-too-large-heading = このページで受け付けられるサイズを超えています
error-too-large = 送信された内容はこのアドレスで受け付けられるサイズを超えているため、何も変更されていません。前のページに戻り、内容を短くして（またはファイルを小さくして）もう一度お試しください。
error-not-text-heading = リクエストにテキスト以外の文字が含まれています
error-not-text = 送信された内容に NUL 文字、制御文字、または UTF-8 ではないバイトが含まれているため、何も変更されていません。前のページに戻り、テキストを（貼り付けずに）入力し直して、もう一度送信してください。
error-signed-out-heading = 先にサインインしてください
error-signed-out = サインインしていないか、セッションが終了したため、何も変更されていません。{ $sign_in }てから、フォームをもう一度送信してください。
error-signed-out-link = サインインし
error-field-too-long-heading = 入力欄の内容が長すぎます
error-field-too-long = 各入力欄には最大 { $max } 文字まで入力できます。何も変更されていません。前のページに戻り、テキストを短くしてからフォームをもう一度送信してください。
error-method-heading = このページはそのようには使えません
error-method = このアドレスはその種類のリクエストに応答しません。
error-uri-too-long-heading = アドレスが長すぎます
error-uri-too-long = このサービスはこれほど長いアドレスを読み取りません。
error-timed-out-heading = リクエストの到着に時間がかかりすぎました
error-timed-out = 何も変更されていません。接続を確認して、もう一度お試しください。
error-unauthorized-heading = 認証が必要です
error-unauthorized = このアドレスには有効なベアラートークンが必要です。
