# 管理画面のコード、メンテナー、サインイン、セキュリティキーの各ページ、ナビゲーション、
# 確認ステップ（templates/admin/、src/web/admin/）。

## ナビゲーション（すべての管理ページ）
admin-nav-label = 管理
admin-nav-dashboard = ダッシュボード
admin-nav-campaigns = キャンペーン
admin-nav-batches = バッチ
admin-nav-codes = コード
admin-nav-maintainers = メンテナー
admin-nav-security-keys = セキュリティキー

## コード：検索と販売元の利用報告
admin-codes-title = コード · 管理
admin-codes-heading = コード
admin-codes-search-label = コード（または先頭部分）、ユーザー名、メールアドレス
admin-codes-search = 検索
admin-codes-none-match = 「{ $query }」に一致するコードはありません。
admin-codes-found = 見つかったコード
admin-codes-matching = 「{ $query }」に一致するコード
admin-code-column-code = コード
admin-code-column-campaign = キャンペーン
admin-code-column-state = 状態
admin-code-column-holder = 保有者
admin-code-column-country = 国
admin-code-column-expires = 有効期限
admin-codes-report-heading = 販売元の利用報告
admin-codes-report-explained = 「code」列と「date」列（各コードが使われた日）を含む CSV ファイルです。ファイル内のコードは利用済みになります。すべての行を読み取れない限り、何も変更されません。
admin-codes-report-no-file = アップロードするファイルを選んでください。
admin-codes-report-too-large = ファイルが { $mib } MiB を超えています。分割してください。
admin-codes-report-bad-lines = 何も変更されていません。報告の { $count } 行を読み取れません。修正して、もう一度アップロードしてください。
admin-codes-report-line = { $line } 行目：{ $problem }
admin-codes-report-file = 報告ファイル（最大 { $mib } MiB）
admin-codes-report-submit = 報告されたコードを利用済みにする

## コードの状態
admin-code-state-available = 未配布
admin-code-state-assigned = 配布済み
admin-code-state-redeemed = 利用済み
admin-code-state-expired = 期限切れ
admin-code-state-revoked = 取り消し済み

## コードのページ
admin-code-title = コード { $code } · 管理
admin-code-heading = コード
admin-code-campaign = キャンペーン
admin-code-campaign-batch = { $campaign }（バッチ { $batch }）
admin-code-state = 状態
admin-code-expires = 有効期限
admin-code-holder = 保有者
admin-code-holder-nobody = なし
admin-code-country = 申告された国
admin-code-assigned = 配布日時
admin-code-redeemed = 利用日時
admin-code-redeemed-via-holder = 保有者による報告
admin-code-redeemed-via-vendor = 販売元の報告
admin-code-redeemed-via-admin = 管理者による記録
admin-code-redeemed-via-stripe = Stripe での決済
admin-code-revoked = 取り消し日時
admin-code-revoked-because = { $when }：{ $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = 公開済み。ID：
admin-code-stripe-inactive = 、Stripe では無効
admin-code-stripe-times-redeemed = 。Stripe での利用回数：{ $count } 回
admin-code-stripe-failed = 失敗
admin-code-stripe-failed-details = （試行 { $attempts } 回、次回 { $next }）：
admin-code-stripe-deactivated = Stripe で無効化済み（{ $when }）
admin-code-stripe-waiting = 公開待ち
admin-code-act-heading = このコードの操作
admin-code-revoke-reason = 取り消しの理由（監査ログに保存されます）
admin-code-revoke = コードを取り消す
admin-code-revoke-hint = 保有者にはコードが取り消されたことが表示され、キャンペーンの受付期間中であれば別のコードを申し込めます。
admin-code-mark-redeemed = 利用済みにする

## コードの履歴
admin-history-heading = 履歴
admin-history-empty = 記録はありません。
admin-history-when = 日時
admin-history-who = 実行者
admin-history-what = 内容
admin-history-details = 詳細
admin-history-code-claim = 申し込み
admin-history-code-redeem = 利用済みに変更
admin-history-code-revoke = 取り消し
admin-history-code-expire = 未使用のまま期限切れ
admin-history-code-hand-back = 保有者が返却
admin-history-stripe-publish = Stripe にプロモーションコードとして公開
admin-history-stripe-checkout-ignored = このコードの Stripe 決済を無視
admin-history-stripe-checkout-unknown = keydrop が把握していない決済を Stripe が報告
admin-history-grant-add = 対象資格を付与
admin-history-grant-withdraw = 特別許可を取り消し
admin-history-login = サインイン
admin-history-actor-maintainer = メンテナー { $name }
admin-history-actor-admin = 管理者 { $name }
admin-history-actor-api-token = API トークン { $token }
admin-history-actor-command-line = コマンドライン
admin-history-actor-command-line-of = コマンドライン（{ $who }）
admin-history-actor-stripe = Stripe
admin-history-actor-system = システム
admin-history-detail-declared-country = 申告された国：{ $country }
admin-history-detail-reported-by-holder = 保有者による報告
admin-history-detail-marked-by-admin = 管理者による記録
admin-history-detail-handed-back-restocked = 在庫に戻しました
admin-history-detail-handed-back-retired = 廃棄しました

## 管理者の操作の確認ステップ
admin-action-close-claims-heading = { $campaign } の申し込みを今すぐ締め切りますか？
admin-action-close-claims-explained = 日付の設定にかかわらず、すべてのサーバーで申し込みがただちに停止します。申し込み済みのコードは保有者の手元に残ります。申し込みは後からキャンペーンのページで再開できます。
admin-action-close-claims-yes = はい、今すぐ締め切ります
admin-action-revoke-heading = コード { $code } を取り消しますか？
admin-action-revoke-explained = 保有者はこのコードを使えなくなり、取り消されたことが表示されます。キャンペーンの受付期間中であれば別のコードを申し込めます。この操作は元に戻せません。
admin-action-revoke-reason = 理由（監査ログに保存されます）：{ $reason }
admin-action-revoke-yes = はい、コードを取り消します

## メンテナー
admin-maintainers-title = メンテナー · 管理
admin-maintainers-heading = メンテナー
admin-maintainers-search-label = ユーザー名（または先頭部分）、メールアドレス
admin-maintainers-search = 検索
admin-maintainers-none-match = 「{ $query }」に一致する人はいません。

## メンテナーのページ
admin-maintainer-title = { $username } · 管理
admin-maintainer-email = メールアドレス
admin-maintainer-joined = アカウント作成日
admin-maintainer-two-factors = 二要素認証
admin-maintainer-two-factors-key = セキュリティキー
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = なし
admin-maintainer-projects = 重要プロジェクト
admin-maintainer-no-projects = 重要プロジェクトでの役割はありません。
admin-maintainer-project = { $project }：{ $role }、
admin-maintainer-project-rank = 重要プロジェクトになった時点の順位 { $rank }、認定日
admin-maintainer-eligibility = 対象資格
admin-maintainer-holds = 保有コード
admin-maintainer-may-claim = 対象です。コードを申し込めます。
admin-maintainer-grant-heading = 特別許可
admin-maintainer-granted-by = { $admin } が { $when } に対象資格を付与しました。理由：
admin-maintainer-withdraw-reason = 取り消しの理由
admin-maintainer-withdraw = 特別許可を取り消す
admin-maintainer-grant-explained = 特別許可を与えると、役割、アカウントの作成時期、キーにかかわらず、このメンテナーは対象になります。たとえば、プロジェクトがチームや組織のアカウントで登録されている場合に使います。キャンペーンの日付と在庫の条件は引き続き適用されます。
admin-maintainer-grant-needs-reason = 特別許可の理由を入力してください。
admin-maintainer-grant-reason = 理由（監査ログに保存されます）
admin-maintainer-grant = 対象資格を付与する

## 管理者サインインの第二要素
admin-signin-title = 管理者サインイン：第二要素
admin-signin-title-error = エラー：管理者サインイン：第二要素
admin-signin-heading = 第二要素が必要です
admin-signin-needs-code = 管理画面に入るには、サインインリンクに加えて、認証アプリのコードが必要です。
admin-signin-needs-code-or-key = 管理画面に入るには、サインインリンクに加えて、認証アプリのコードかセキュリティキーのいずれかが必要です。
admin-signin-needs-key = 管理画面に入るには、サインインリンクに加えて、登録済みのセキュリティキーが必要です。このサービスでは、アプリのコードだけでは入れません。
admin-signin-use-key-heading = セキュリティキーを使う
admin-signin-key-refused = このセキュリティキーは受け付けられませんでした（別のアカウントのキー、削除されたキー、または使用済みの応答です）。もう一度お試しください。
admin-signin-use-key = セキュリティキーを使う
admin-signin-or-code-heading = またはコードを入力
admin-signin-code-refused = コードが正しくないか、すでに使われています。アプリに今表示されているコードを入力してください。
admin-signin-enrol-heading = 認証アプリを設定する
admin-signin-enrol-scan = 認証アプリでこの QR コードを読み取ってください（または下のキーを手入力してください）。
admin-signin-enrol-qr = 認証アプリ用のキーを含む QR コード
admin-signin-enrol-enter = 表示された 6 桁のコードを入力して完了します。
admin-signin-enrol-secret = 手入力用のキー：
admin-signin-enrol-keep-secret = このキーは、最初のコードで確認されるまでしか表示されません。他人に知られないようにしてください。
admin-signin-recovery-hint = 電話をなくした場合は、コードの代わりに、アプリの設定時に受け取った復旧コードのいずれかを入力してください。各コードは 1 回だけ使えます。復旧コードの例：
admin-signin-code-label = 6 桁のコード
admin-signin-code-or-recovery-label = 6 桁のコード、または復旧コード
admin-signin-continue = 続ける

## 復旧コード（アプリの設定後に一度だけ表示）
admin-recovery-title = 復旧コード
admin-recovery-heading = 認証アプリの設定が完了しました
admin-recovery-explained = 認証アプリを入れた電話をなくしたときは、6 桁のコードの代わりにこれらの復旧コードを使えば、それぞれ 1 回ずつ管理画面に入れます。
admin-recovery-shown-once = 表示されるのは今だけです
admin-recovery-keep = 。印刷するか、パスワードマネージャーに保存して、電話とは別の場所で保管してください。
admin-recovery-continue = 保存しました。続ける

## 管理者のセキュリティキー
admin-keys-title = セキュリティキー
admin-keys-explained = セキュリティキーは、認証アプリのコードの代わりに、管理画面の第二要素として使えます。
admin-keys-required = このサービスではキーが必須です。アプリのコードで行えるのは、最初のキーの登録だけです。
admin-keys-added = キー「{ $name }」を追加しました。次に管理画面で第二要素を求められたときに使ってください。
admin-keys-removed = キー「{ $name }」を削除しました。このキーでは管理画面に入れなくなりました。
admin-keys-not-added = キーは追加されませんでした。キーの応答を確認できなかったか、登録に 5 分以上かかりました。もう一度お試しください。
admin-keys-already-registered = このキーはすでに登録されています。
admin-keys-last-factor = このキーは最後の第二要素のため、削除できません。先に別のキーを追加してください。
admin-keys-last-accepted-factor = このキーは、このサービスで使える最後の第二要素のため、削除できません。先に別のキーを追加してください。
admin-keys-none = セキュリティキーはまだ登録されていません。
admin-keys-column-name = 名前
admin-keys-column-added = 追加日時
admin-keys-column-last-used = 最終使用日時
admin-keys-column-remove = 削除
admin-keys-never-used = 未使用
admin-keys-remove = 「{ $name }」を削除
admin-keys-add-heading = キーを追加する
admin-keys-name-label = ほかのキーと区別するためのキーの名前
admin-keys-press-hint = ボタンを押し、キーが点滅したらキーに触れてください。JavaScript が必要です。
admin-keys-add = このキーを追加する
admin-keys-unavailable = ここではセキュリティキーを使えません。サービスのアドレス（KEYDROP_BASE_URL）は IP アドレスではなくドメイン名である必要があります。
admin-keys-totp-stays = 認証アプリの設定はそのまま残ります。
admin-keys-totp-stays-fallback = 認証アプリの設定は予備としてそのまま残ります。
admin-keys-js-unsupported = このブラウザではセキュリティキーを使えません。
admin-keys-js-failed = セキュリティキーを使えませんでした。
admin-keys-js-touch = セキュリティキーに触れてください。
admin-keys-js-no-answer = セキュリティキーが応答しなかったか、リクエストが取り消されました。もう一度お試しください。
admin-keys-start-needs-domain = セキュリティキーを使うには、サービスがドメイン名で運用されている必要があります。
admin-keys-start-name-length = キーには 1～{ $max } 文字の名前を付けてください。
admin-keys-start-unavailable = ここではセキュリティキーを使えません。
admin-keys-start-no-key = このアカウントにはセキュリティキーがありません。

## 管理者でない人に表示する管理画面
admin-forbidden-title = 管理者専用
admin-forbidden-explained = keydrop のこの部分は配布の管理者専用です。あなたのアカウントは管理者ではありません。
admin-forbidden-giveaway-link = 配布のページへ移動
