# 管理ページ：ダッシュボード、配布、バッチ（locales/en/admin-campaigns.ftl を参照）。

## ダッシュボード
admin-dashboard-title = 管理ダッシュボード
admin-dashboard-heading = ダッシュボード
admin-dashboard-locked = 前回のアクセス以降、誤ったコードが多すぎたため、お使いのアカウントの管理エリアがロックされました。
admin-dashboard-locked-when = { $at } から { $until } まで
admin-dashboard-locked-advice = これらのコードを入力した覚えがない場合、ほかの誰かがあなたのサインインリンクを持っていました。ほかの管理者に知らせ、{ $command } ですべてのセッションからサインアウトしてください。
admin-dashboard-adoption-heading = 重要プロジェクトのメンテナーにおける二要素認証の普及状況
admin-dashboard-adoption-region = 二要素認証の普及状況
admin-dashboard-protection = 保護
admin-dashboard-maintainers = メンテナー
admin-dashboard-share = 割合
admin-dashboard-security-key = セキュリティキー
admin-dashboard-totp-only = TOTP のみ
admin-dashboard-no-factor = なし
admin-dashboard-all = 合計
admin-dashboard-registry-heading = レジストリでの所有権の確認
admin-dashboard-registry-hint = このサーバーの起動以降の値です。レジストリから有効な回答がなかった場合は、インポート済みのデータで判断しました。
admin-dashboard-registry-asked = 問い合わせ
admin-dashboard-registry-cached = キャッシュから回答
admin-dashboard-registry-fallbacks = 有効な回答なし（インポート済みデータで判断）
admin-dashboard-registry-refusals = 拒否した申請：重要な役割をすべて失ったため
admin-dashboard-mail-heading = メール
admin-dashboard-mail-queued = 送信待ち
admin-dashboard-mail-retrying = うち再試行待ち
admin-dashboard-mail-sent = 送信済み
admin-dashboard-mail-failed = 失敗
admin-dashboard-mail-cancelled = 取り消し（不要になったもの）
admin-dashboard-mail-waits = 送信待ちのメールが待機している理由：{ $error }
admin-dashboard-failed-region = 送信を断念したメッセージ
admin-dashboard-failed-caption = 送信を断念したメッセージ（新しい順。{ $command } で再び送信待ちにできます）
admin-dashboard-failed-message = メッセージ
admin-dashboard-failed-to = 宛先
admin-dashboard-campaign = 配布
admin-dashboard-failed-attempts = 試行回数
admin-dashboard-failed-given-up = 断念日時
admin-dashboard-failed-last-error = 最後のエラー
admin-dashboard-no-campaign = まだ配布はありません。
admin-dashboard-dates = 申請受付期間：{ $from }～{ $to }。
admin-dashboard-dates-closed = 申請受付期間：{ $from }～{ $to }。管理者により締め切られました。
admin-dashboard-eligible = 対象のメンテナー
admin-dashboard-signed-in = サインイン済み
admin-dashboard-claimed = 申請済み
admin-dashboard-redeemed = 利用済み
admin-dashboard-expired = 期限切れ
admin-dashboard-revoked = 無効化済み
admin-dashboard-codes-left = 残りのコード
admin-dashboard-keys-heading = 使用中のキー
admin-dashboard-keys-holders = コードを受け取ったメンテナー
admin-dashboard-keys-at-claim = 申請時にセキュリティキーあり
admin-dashboard-keys-now = 現在セキュリティキーあり
admin-dashboard-keys-gained = 申請後に登録
admin-dashboard-keys-unknown = { $count ->
       *[other] { $count } 人は、keydrop が申請時のキーを記録する前に申請しました。「現在」の欄にのみ数えます。
    }
admin-dashboard-keys-now-note = 「現在」は最新のレジストリインポート時点の値です。
admin-dashboard-batches-heading = バッチ
admin-dashboard-no-batch = まだバッチが読み込まれていません：{ $link }。
admin-dashboard-no-batch-link = アップロードまたは生成する
admin-dashboard-batch = バッチ
admin-dashboard-countries = 国
admin-dashboard-expires = 有効期限
admin-dashboard-days-to-expiry = 期限までの日数
admin-dashboard-codes = コード
admin-dashboard-left = 残り
admin-dashboard-assigned = 割り当て済み
admin-dashboard-all-countries = すべて
admin-dashboard-batch-expired = 期限切れ
admin-dashboard-no-country = まだ国はありません。バッチを読み込むと、国ごとにコードが集計されます。
admin-dashboard-country = 国

## 日別グラフ
admin-chart-title = 日別の申請数と利用数
admin-chart-period-day = { $day }：
admin-chart-period = { $from }～{ $to }：
admin-chart-totals = 申請 { $claimed } 件、利用 { $redeemed } 件。
admin-chart-desc-lines = 申請は実線、利用は破線です。グラフの下にある日別の数値の表に、すべての値があります。
admin-chart-day = 日付
admin-chart-per-day = 1 日あたりのコード数
admin-chart-claims = 申請
admin-chart-redemptions = 利用
admin-chart-caption-day = { $day } の日別の申請（実線）と利用（破線）。
admin-chart-caption = { $from }～{ $to } の日別の申請（実線）と利用（破線）。
admin-chart-in-total = 合計：申請 { $claimed } 件、利用 { $redeemed } 件。
admin-chart-no-data = この期間に申請または利用されたコードはありません。
admin-chart-daily-numbers = 日別の数値
admin-chart-total = 合計
admin-phase-from = { $day } からのフェーズ

## 成果グラフ
admin-outcome-heading = インポートごとの成果
admin-outcome-title = レジストリインポートごとの、重要プロジェクトのメンテナーにおける第二要素
admin-outcome-imports = { $count ->
       *[other] { $from }～{ $to } のレジストリインポート { $count } 回。
    }
admin-outcome-latest = 最新の時点：重要プロジェクト { $projects } 件、重要プロジェクトのメンテナー { $maintainers } 人。うち何らかの第二要素あり { $any } 人、TOTP あり { $totp } 人、セキュリティキーあり { $keys } 人。
admin-outcome-desc-table = グラフの下の表にすべての値があります。
admin-outcome-x-caption = レジストリインポート
admin-outcome-y-caption = プロジェクト数またはメンテナー数
admin-outcome-critical-projects = 重要プロジェクト
admin-outcome-critical-maintainers = 重要プロジェクトのメンテナー
admin-outcome-any-factor = 何らかの第二要素
admin-outcome-totp = TOTP
admin-outcome-security-key = セキュリティキー
admin-outcome-caption = 各レジストリインポートで判明した、重要プロジェクト（灰色の点線）、そのメンテナー（青の実線）、そのうち何らかの第二要素を持つ人（紫の一点鎖線）、TOTP を持つ人（オレンジの破線）、セキュリティキーを持つ人（緑の実線）。
admin-outcome-figures = インポートごとの数値
admin-outcome-table-caption = レジストリインポートごとの重要プロジェクトとそのメンテナーの第二要素
admin-outcome-import-utc = インポート日時（UTC）
admin-outcome-with-totp = TOTP あり
admin-outcome-with-key = セキュリティキーあり
admin-outcome-with-any = 何らかの第二要素あり
admin-outcome-none = レジストリインポートはまだ記録されていません。次回の { $command } から数値が記録されます。

## 配布
admin-campaign-error-prefix = エラー：
admin-campaign-list-title = 配布 · 管理
admin-campaign-list-heading = 配布
admin-campaign-list-empty = まだ配布はありません。下のフォームから最初の配布を作成してください。
admin-campaign-list-caption = すべての配布（開始日の新しい順）
admin-campaign-column-campaign = 配布
admin-campaign-column-claims = 申請
admin-campaign-column-from = 開始
admin-campaign-column-to = 終了
admin-campaign-column-countries = 国
admin-campaign-new-heading = 新しい配布
admin-campaign-create = 配布を作成
admin-campaign-badge-open = 受付中
admin-campaign-badge-not-open = 受付外
admin-campaign-status-upcoming = まだ受け付けていません
admin-campaign-status-open = 受付中
admin-campaign-status-closed = 管理者により締め切り
admin-campaign-status-ended = 終了
admin-campaign-status-purged = 個人データ削除済み
admin-campaign-page-title = { $name } · 管理
admin-campaign-saved = 保存しました。
admin-campaign-claims-status = 申請：{ $status }。
admin-campaign-purged = 個人データは { $day } に削除されました。アーカイブには集計値が残っています。
admin-campaign-switch-heading = 緊急停止
admin-campaign-closed-note = 日付にかかわらず、申請は締め切られています。コードを持っているメンテナーは引き続きコードを表示し、利用できます。
admin-campaign-reopen = 申請の受付を再開
admin-campaign-close-note = 締め切ると、すべてのサーバーで直ちにすべての申請が止まります。申請済みのコードはそのまま保有者のものです。
admin-campaign-close = 今すぐ申請を締め切る
admin-campaign-coupon = クーポン：{ $coupon }。
admin-campaign-no-coupon = クーポン：まだ作成されていません。
admin-campaign-promotion-codes = プロモーションコード：公開済み { $published } 件、待機中 { $pending } 件、失敗 { $failed } 件（後で再試行）、無効化済み { $deactivated } 件。
admin-campaign-stripe-failure = 最新の失敗：{ $reason }
admin-campaign-exports-heading = エクスポート（CSV）
admin-campaign-export-codes = コードとその状態・保有者
admin-campaign-export-claims = 国別・日別の申請数と利用数
admin-campaign-export-audit = 配布の監査ログ
admin-campaign-archives-heading = アーカイブ
admin-campaign-no-archive = まだありません。配布の終了後、{ $archive } で集計値（国別・日別・バッチ別、ユーザー名やメールアドレスは含みません）を保存し、その後 { $purge } で個人データを削除します。
admin-campaign-archive = アーカイブ { $id }
admin-campaign-archive-made = （{ $day } に { $by } が作成）
admin-campaign-settings-heading = 設定
admin-campaign-settings-hint = ここで何を変更しても、申請済みのコードはそのまま保有者のものです。
admin-campaign-save-settings = 設定を保存
admin-campaign-not-saved = { $count ->
       *[other] 配布は保存されませんでした。修正が必要な問題が { $count } 件あります。
    }
admin-campaign-field-name = 名前
admin-campaign-field-countries = キーの配送先の国（ISO 3166-1 コード。例：US,CA,GB）
admin-campaign-field-starts = 申請の初日（UTC）
admin-campaign-field-ends = 申請の最終日（UTC）
admin-campaign-field-store = コードを利用する販売元のストア（任意）
admin-campaign-field-keys = 1 つのコードで購入できるキーの数
admin-campaign-field-cutoff = この日より後に作成されたアカウントは対象外（任意）
admin-campaign-field-key-holders = すでにセキュリティキーを使っているメンテナーも申請可能
admin-campaign-field-fulfilment = コードの利用先
admin-campaign-field-vendor = 販売元のストア（上のリンク）
admin-campaign-field-stripe = keydrop の Stripe 決済（注文は無料：各コードは 100% 割引のプロモーションコードです）
admin-campaign-field-product = Stripe：商品名
admin-campaign-field-price = Stripe：キー 1 個の価格（通貨の最小単位。30.00 なら 3000）
admin-campaign-field-currency = Stripe：通貨（ISO 4217。例：jpy）
admin-campaign-field-ended-message = 配布の終了後または締め切り後にメンテナーが読むメッセージ（任意）
admin-campaign-problem-starts = 初日を日付で入力してください（例：2026-12-01）。
admin-campaign-problem-ends = 最終日を日付で入力してください（例：2027-01-31）。
admin-campaign-problem-cutoff = アカウント作成の期限を日付で入力するか、空欄にしてください。
admin-campaign-problem-keys-number = コードあたりのキー数を整数で入力してください。
admin-campaign-problem-countries = 国：{ $problem }。
admin-campaign-problem-name-empty = 配布の名前を入力してください。
admin-campaign-problem-name-long = 名前が長すぎます。80 文字以内にしてください。
admin-campaign-problem-name-slash = 名前に「/」は使えません。API のアドレスの一部になるためです。
admin-campaign-problem-ends-before = 最終日（{ $ends }）が初日（{ $starts }）より前です。
admin-campaign-problem-keys-range = コードあたりのキー数は 1～10 にしてください。
admin-campaign-problem-store-url = ストアのリンクは https:// または http:// で始まるウェブアドレスにしてください。
admin-campaign-problem-message-long = 終了後のメッセージが長すぎます。2,000 文字以内にしてください。
admin-campaign-problem-fulfilment = コードの利用先として、販売元のストアか Stripe を選んでください。
admin-campaign-problem-stripe-product = Stripe の配布には商品名、価格、通貨が必要です。
admin-campaign-problem-unit-amount = 価格は通貨の最小単位の整数で入力してください（30.00 なら 3000）。
admin-campaign-problem-currency = 通貨は 3 文字の ISO 4217 コードで入力してください（例：jpy、usd）。
admin-campaign-problem-name-taken = 「{ $name }」という名前の配布はすでにあります。
admin-campaign-problem-hand-back = 返却されたコードは在庫に戻すか、廃止するかのどちらかです
admin-campaign-country-empty = 国が指定されていません
admin-campaign-country-mistake = { $given } は ISO 3166-1 のコードではありません。{ $meant }（{ $name }）を使ってください
admin-campaign-country-unknown = { $given } は ISO 3166-1 alpha-2 の国コードではありません
admin-campaign-nothing-saved = 何も保存されませんでした：{ $problem }。
admin-campaign-hand-back-heading = 返却されたコード
admin-campaign-hand-back-legend = 保有者が返却したコードは
admin-campaign-hand-back-restock = 在庫に戻し、次の申請に回す
admin-campaign-hand-back-retire = 廃止し、誰にも再配布しない
admin-campaign-hand-back-claim-again = コードを返却した保有者は別のコードを申請できる
admin-campaign-save = 保存
admin-dashboard-handed-back = 保有者が返却したコード：在庫に戻したもの { $restocked } 件、廃止したもの { $retired } 件。

## オファー
admin-offer-heading = オファー
admin-offer-hint = この配布で提供するキーの種類です。複数のオファー（コードの残りがあるもの）が配送される国のメンテナーは 1 つを選びます。各バッチは 1 つのオファーに属します。
admin-offer-save = このオファーを保存
admin-offer-add-legend = オファーを追加
admin-offer-add = オファーを追加
admin-offer-column = オファー
admin-offer-field-name = 名前
admin-offer-field-vendor = 販売元
admin-offer-field-store = ストアのリンク
admin-offer-field-keys = コードあたりのキー数
admin-offer-field-countries = 配送先の国（例：US,CA）
admin-offer-field-offer = オファー（配布に複数ある場合は必須。配布のページに一覧があります）
admin-offer-problem-name-empty = オファーの名前を空にすることはできません
admin-offer-problem-name-long = オファーの名前が { $max } 文字を超えています
admin-offer-problem-vendor-long = 販売元の名前が { $max } 文字を超えています
admin-offer-problem-keys = コードあたりのキー数は 1～{ $max } にしてください
admin-offer-problem-store-url = ストアのリンクは http または https の URL にしてください
admin-offer-problem-no-countries = オファーには配送先の国が 1 つ以上必要です
admin-offer-problem-name-taken = この配布には「{ $name }」という名前のオファーがすでにあります
admin-offer-problem-keys-number = コードあたりのキー数を整数で入力してください
admin-offer-problem-countries = 国：{ $problem }

## フェーズ
admin-phase-heading = フェーズ
admin-phase-hint = 上のルールは配布の初日から適用されます。フェーズはその日から一部のルールを変更します。開始日を迎えたフェーズのうち最新のものが有効です。
admin-phase-none-scheduled = 予定されているフェーズはありません。
admin-phase-from-changes = { $day } から：{ $changes }
admin-phase-remove = 削除
admin-phase-field-from = 開始日（初日の翌日から最終日まで）
admin-phase-rule-critical = 重要プロジェクトのメンテナーのみ
admin-phase-rule-totp = TOTP を使うメンテナーを除外
admin-phase-rule-key-holders = キー保有者も申請可能
admin-phase-rule-cutoff = アカウント作成の期限
admin-phase-rule-set = { $rule }：{ $value }
admin-phase-rule-separator = 、
admin-phase-as-before = 変更なし
admin-phase-yes = はい
admin-phase-no = いいえ
admin-phase-no-cutoff = なし
admin-phase-field-cutoff = アカウント作成の期限（空欄：変更なし、none：期限なし、または日付）
admin-phase-schedule = フェーズを予定に追加
admin-phase-column-from = 開始日
admin-phase-column-critical = 重要な役割が必要
admin-phase-column-totp = TOTP 利用者を除外
admin-phase-column-key-holders = キー保有者も申請可能
admin-phase-column-eligible = 対象者
admin-phase-problem-not-a-date = フェーズの初日を日付で入力してください（例：2026-12-01）
admin-phase-problem-changes-nothing = フェーズでは少なくとも 1 つのルールを変更してください：require-critical、exclude-totp、allow-key-holders、account-cutoff
admin-phase-problem-outside = フェーズは配布の初日（{ $starts }）より後、最終日（{ $ends }）以前に開始してください
admin-phase-problem-cutoff = アカウント作成の期限は 2022-07-01 のような日付か none にしてください（入力値：「{ $given }」）
admin-phase-problem-taken = この配布には { $day } からのフェーズがすでにあります
admin-phase-problem-no-such = { $day } からのフェーズはありません
admin-phase-problem-rule-choice = ルールは変更なし、はい、いいえのいずれかです

## バッチ
admin-batch-title = バッチ · 管理
admin-batch-problem-expiry = 有効期限を日付で入力してください（例：2026-12-31）。
admin-batch-problem-count = コード数は 1～1,000,000 の範囲で入力してください。
admin-batch-problem-prefix = プレフィックスは 12 文字以内で、A～Z の英字と数字のみ使えます。
admin-batch-problem-no-campaign = 「{ $name }」という名前の配布はありません。
admin-batch-problem-expiry-past = 有効期限 { $day } はすでに過ぎています。
admin-batch-problem-outside = オファー「{ $offer }」は { $outside } に配送しません。
admin-batch-problem-unknown-offer = 配布「{ $campaign }」には「{ $offer }」という名前のオファーはありません。この配布のオファー：{ $offers }。
admin-batch-problem-offer-needed = 配布「{ $campaign }」には複数のオファーがあります。バッチのオファーを指定してください（{ $offers }）。
admin-batch-generate-heading = バッチを生成
admin-batch-generate-intro = keydrop がチェック文字付きで作成し、すぐに読み込むコードです。次のページで販売元向けの CSV をダウンロードできます。
admin-batch-field-count = コード数
admin-batch-field-prefix = プレフィックス（任意：英数字 12 文字まで）
admin-batch-generate = コードを生成
admin-batch-field-expires = コードの有効期限
admin-batch-field-countries = 対象の国を限定（任意。例：US,CA）
admin-batch-field-label = ラベル（任意。例：販売元の注文番号）
admin-batch-generated-title = バッチを生成しました · 管理
admin-batch-loaded-title = バッチを読み込みました · 管理
admin-batch-generated-heading = バッチを生成しました
admin-batch-loaded-heading = バッチを読み込みました
admin-batch-generated-note = { $count ->
       *[other] { $count } 件のコードを生成し、バッチ { $batch } として読み込みました。
    }
admin-batch-loaded-note = { $count ->
       *[other] { $count } 件のコードをバッチ { $batch } として読み込みました。
    }
admin-batch-download = コードをダウンロード（CSV、販売元向け）
admin-batch-back-dashboard = ダッシュボードに戻る
admin-batch-load-another = 別のバッチを読み込む
admin-upload-problem-no-file = アップロードするファイルを選んでください。
admin-upload-problem-too-large = ファイルが { $mib } MiB を超えています。複数のバッチに分けてください。
admin-upload-problem-confirmed = このアップロードはすでに読み込まれています。
admin-upload-problem-bad-lines = { $count ->
       *[other] 何も読み込まれませんでした。不正な行が { $count } 行あります（またはプレビューの後にほかの人が読み込みました）。確認するにはファイルをもう一度アップロードしてください。
    }
admin-upload-problem-nothing = 何も読み込まれませんでした。アップロードに有効なコードがありません。
admin-upload-heading = バッチをアップロード
admin-upload-intro = 1 行に 1 つのコードを書いたファイル、または { $column } 列のある CSV です。まずすべての行を確認し、その結果を見てから確定します。
admin-upload-busy = ファイルを確認しています… 100 万件のコードには 1～2 分かかります。
admin-upload-field-file = ファイル（{ $mib } MiB まで）
admin-upload-check = ファイルを確認
admin-upload-preview-title = プレビュー · 管理
admin-upload-preview-heading = 読み込む前に確認
admin-upload-all-countries = 配布のすべての国
admin-upload-label = ラベル
admin-upload-lines-read = 読み取った行
admin-upload-good-codes = 有効なコード
admin-upload-bad-lines = 不正な行
admin-upload-first-of = { $count } 行のうち最初の { $shown } 行：
admin-upload-loading = 読み込んでいます…
admin-upload-no-good-code = 読み込める有効なコードがありません。
admin-upload-load-all = { $count ->
       *[other] { $count } 件のコードをすべて読み込む
    }
admin-upload-some-bad = 不正な行がある間は、すべての行を読み込むことはできません。ファイルを修正してもう一度アップロードするか、有効な行だけを読み込んでください。
admin-upload-load-good = { $count ->
       *[other] 有効な { $count } 件のコードだけを読み込む
    }
admin-line-column = 行
admin-line-why = 理由
admin-line-empty = 空です
admin-line-bad-characters = 使えない文字「{ $chars }」があります。使えるのは A～Z、0～9、「-」のみです
admin-line-too-short = 短すぎます：{ $count } 文字（4 文字以上）
admin-line-too-long = 長すぎます：{ $count } 文字（64 文字以下）
admin-line-duplicate = ファイル内で重複しています：{ $line } 行目と同じコードです
admin-line-already-loaded = 読み込み済みです
admin-line-not-utf8 = 読み取れません：UTF-8 のテキストではありません
admin-line-not-csv = 読み取れません：CSV のレコードではありません
admin-upload-unreadable-header = 見出し行を読み取れません
admin-upload-missing-column = 「{ $name }」列がありません（見出し行には { $names } が必要です）
admin-upload-unreadable-record = この行は CSV として読み取れません
admin-upload-report-code = コード：{ $problem }
admin-upload-report-date = 日付は 2026-11-30 の形式にしてください（入力値：「{ $date }」）
admin-upload-problem-separator = 、

## 販売元の利用レポート
admin-vendor-title = 利用レポート · 管理
admin-vendor-heading = 利用レポートを読み込みました
admin-vendor-summary = { $lines } 行を読み取りました：{ $redeemed } 件のコードを利用済みにしました（メンテナーが保有 { $held } 件、未配布 { $never } 件）。利用済みだったもの { $confirmed } 件、不明 { $unknown } 件、無効化済み { $revoked } 件（無効のまま）。
admin-vendor-unknown = keydrop が知らないコード
admin-vendor-never-assigned = keydrop が配布していないコード：配布の外で使われたため、誰にも渡らないよう利用済みにしました
admin-vendor-revoked = 無効化済みのコード（無効のまま）
admin-vendor-list-heading = { $list }：{ $count }
admin-vendor-line = { $line } 行目：
admin-vendor-back = コードに戻る

## 返却されたコード
admin-release-heading = 返却されたコード
admin-release-restocked = { $day }、在庫に戻しました
admin-release-retired = { $day }、廃止しました
