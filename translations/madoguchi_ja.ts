<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="114"/>
        <source>The audit event type is not one Madoguchi knows.</source>
        <translation>窓口が認識できない監査イベントの種類です。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="117"/>
        <source>The audit outcome is not one Madoguchi knows.</source>
        <translation>窓口が認識できない監査結果です。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="122"/>
        <source>The audit record text is not valid.</source>
        <translation>監査記録の文字列が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="126"/>
        <source>The account of an audit record must be a login.</source>
        <translation>監査記録のアカウントはログイン名でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="131"/>
        <source>The object type of an audit record must be a lower-case code.</source>
        <translation>監査記録の対象種別は小文字のコードでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="141"/>
        <source>An audit record refers to its object by something that is not an id. Audit records must not hold personal data.</source>
        <translation>監査記録が対象を ID 以外の値で参照しています。監査記録に個人情報を含めてはいけません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="146"/>
        <source>The purpose of an audit record is too long or holds a number like a My Number. Audit records must not hold personal data.</source>
        <translation>監査記録の目的が長すぎるか、個人番号のような数字を含んでいます。監査記録に個人情報を含めてはいけません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="161"/>
        <location filename="../core/audit/AuditLog.cpp" line="425"/>
        <source>The audit log could not be read: %1</source>
        <translation>監査ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="175"/>
        <source>The audit checkpoints could not be read: %1</source>
        <translation>監査のチェックポイントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="216"/>
        <location filename="../core/audit/AuditLog.cpp" line="220"/>
        <source>The audit log could not be searched: %1</source>
        <translation>監査ログを検索できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="279"/>
        <location filename="../core/audit/AuditLog.cpp" line="334"/>
        <source>The audit log cannot sign: the device key is not open.</source>
        <translation>監査ログに署名できません。端末の鍵が開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="283"/>
        <source>The audit record could not be written: no transaction.</source>
        <translation>監査記録を書き込めませんでした（トランザクションがありません）。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="316"/>
        <source>The audit record could not be written: %1</source>
        <translation>監査記録を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="326"/>
        <source>The audit record could not be committed.</source>
        <translation>監査記録を確定できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="338"/>
        <source>The audit checkpoint could not be written: no transaction.</source>
        <translation>監査のチェックポイントを書き込めませんでした（トランザクションがありません）。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="350"/>
        <source>The audit checkpoint could not be committed.</source>
        <translation>監査のチェックポイントを確定できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="360"/>
        <source>The audit checkpoint could not be signed.</source>
        <translation>監査のチェックポイントに署名できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="370"/>
        <source>The audit checkpoint could not be written: %1</source>
        <translation>監査のチェックポイントを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="388"/>
        <source>The audit export file is not open for writing.</source>
        <translation>監査ログの書き出し先ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="407"/>
        <source>The audit export could not be written: %1</source>
        <translation>監査ログを書き出せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="429"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="459"/>
        <source>The device key in the database is not the device&apos;s enrolled key: the audit log cannot be trusted from record 1.</source>
        <translation>データベース内の端末の鍵が、登録された端末の鍵と一致しません。監査ログは記録 1 から信頼できません。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="472"/>
        <source>The signed checkpoint at audit record %1 is not genuine: its signature does not verify.</source>
        <translation>監査記録 %1 の署名付きチェックポイントは正規のものではありません（署名を検証できません）。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="494"/>
        <source>Audit record %1 is missing: it has been deleted.</source>
        <translation>監査記録 %1 がありません。削除されています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="496"/>
        <source>Audit record %1 is out of place: the records have been renumbered.</source>
        <translation>監査記録 %1 の位置が正しくありません。記録の番号が振り直されています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="502"/>
        <source>Audit record %1 does not follow the record before it: records have been altered, removed or reordered.</source>
        <translation>監査記録 %1 が直前の記録とつながっていません。記録が変更、削除、または並べ替えられています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="512"/>
        <source>Audit record %1 has been altered.</source>
        <translation>監査記録 %1 が改ざんされています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="519"/>
        <source>Audit records %1 to %2 do not match the checkpoint signed at record %2: they have been rewritten.</source>
        <translation>監査記録 %1～%2 が、記録 %2 で署名されたチェックポイントと一致しません。書き換えられています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="526"/>
        <source>Audit record %1 should be sealed by a signed checkpoint, but there is none: checkpoints have been removed.</source>
        <translation>監査記録 %1 には署名付きチェックポイントがあるはずですが、ありません。チェックポイントが削除されています。</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="543"/>
        <source>Audit record %1 is missing: a signed checkpoint covers records up to %2.</source>
        <translation>監査記録 %1 がありません。署名付きチェックポイントは記録 %2 までを対象としています。</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="26"/>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="28"/>
        <source>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</source>
        <translation>この操作を行う権限がありません。あなたの役割または事務の範囲に含まれていません。業務上必要な場合は管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="45"/>
        <source>You drafted this yourself. Another approver must approve it.</source>
        <translation>これはあなた自身が起案したものです。別の承認者が承認する必要があります。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="23"/>
        <source>Secure memory is not available.</source>
        <translation>セキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="31"/>
        <source>The password is too long.</source>
        <translation>パスワードが長すぎます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="39"/>
        <source>No password on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="45"/>
        <source>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</source>
        <translation>パスワードは MADOGUCHI_PASSWORD または --password-stdin で指定してください。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="33"/>
        <source>Give the account with --user LOGIN or MADOGUCHI_USER.</source>
        <translation>アカウントは --user LOGIN または MADOGUCHI_USER で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="98"/>
        <source>No command given. See madoguchi-cli --help.</source>
        <translation>コマンドが指定されていません。madoguchi-cli --help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="99"/>
        <source>Unknown command: %1. See madoguchi-cli --help.</source>
        <translation>不明なコマンドです: %1。madoguchi-cli --help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="106"/>
        <source>init needs --admin LOGIN, the first administrator&apos;s login.</source>
        <translation>init には --admin LOGIN（最初の管理者のログイン名）が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="120"/>
        <source>Created the encrypted database %1 with the administrator %2.</source>
        <translation>暗号化データベース %1 を作成しました（管理者: %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="123"/>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>回復コード（表示はこの一度だけです。書き留めて、施錠できる場所に保管してください）:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="144"/>
        <source>Cipher: SQLCipher %1, page size %2</source>
        <translation>暗号: SQLCipher %1、ページサイズ %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="146"/>
        <source>Schema version: %1</source>
        <translation>スキーマバージョン: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="148"/>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="149"/>
        <source>The database is intact.</source>
        <translation>データベースに異常はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="149"/>
        <source>The database has problems.</source>
        <translation>データベースに問題があります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="167"/>
        <source>The database has a new key; %n key slot(s) were rewrapped.</source>
        <translation>
            <numerusform>データベースの鍵を新しくし、%n 個のキースロットを再ラップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="146"/>
        <source>The database could not be prepared: %1</source>
        <translation>データベースを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="151"/>
        <source>The database library in use does not encrypt. Madoguchi will not store data without encryption.</source>
        <translation>使用中のデータベースライブラリは暗号化に対応していません。窓口は暗号化せずにデータを保存することはありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="158"/>
        <source>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</source>
        <translation>データベースファイルを鍵で読み取れません。ファイルが破損しているか、途中で切れているか、この鍵ファイルのものではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="169"/>
        <source>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</source>
        <translation>データベースファイルが途中で切れています（ヘッダーに記録された長さより短くなっています）。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="179"/>
        <source>The database could not be configured: %1</source>
        <translation>データベースを設定できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="183"/>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>データベースを先行書き込みログ（WAL）モードに切り替えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="185"/>
        <source>The database did not enable foreign keys.</source>
        <translation>データベースで外部キー制約を有効にできませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="198"/>
        <source>The database key could not be applied.</source>
        <translation>データベースの鍵を適用できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="200"/>
        <source>The database file could not be opened: %1</source>
        <translation>データベースファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="218"/>
        <source>The database could not be read: %1</source>
        <translation>データベースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="224"/>
        <source>The database&apos;s field key does not open with the database key.</source>
        <translation>データベースの項目暗号鍵を、データベースの鍵で開けません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="234"/>
        <source>The database&apos;s field key could not be created.</source>
        <translation>データベースの項目暗号鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="262"/>
        <location filename="../core/store/Database.cpp" line="287"/>
        <location filename="../core/store/Database.cpp" line="371"/>
        <source>There is no database at %1.</source>
        <translation>%1 にはデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="271"/>
        <location filename="../core/store/Database.cpp" line="296"/>
        <source>The key file is there but the database file %1 is missing.</source>
        <translation>鍵ファイルはありますが、データベースファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="311"/>
        <source>Choose where to keep the database.</source>
        <translation>データベースの保存場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="314"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>ログイン名は、英字・数字・ピリオド・ハイフン・アンダースコアの 1～64 文字です。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="318"/>
        <location filename="../core/store/Database.cpp" line="474"/>
        <location filename="../core/store/Database.cpp" line="487"/>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="321"/>
        <location filename="../core/store/Database.cpp" line="357"/>
        <source>A database already exists at %1.</source>
        <translation>%1 にはすでにデータベースがあります。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="325"/>
        <source>Secure memory for the database key is not available.</source>
        <translation>データベースの鍵を置くセキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="350"/>
        <source>The database key is not usable.</source>
        <translation>データベースの鍵を使用できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="360"/>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="367"/>
        <source>The database file %1 could not be created.</source>
        <translation>データベースファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="397"/>
        <source>The new database could not be set up: %1</source>
        <translation>新しいデータベースを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="455"/>
        <location filename="../core/store/Database.cpp" line="471"/>
        <location filename="../core/store/Database.cpp" line="484"/>
        <location filename="../core/store/Database.cpp" line="496"/>
        <location filename="../core/store/Database.cpp" line="516"/>
        <source>The database is closed.</source>
        <translation>データベースは閉じられています。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="530"/>
        <source>Secure memory is not available.</source>
        <translation>セキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="563"/>
        <source>The re-encrypted copy could not be started.</source>
        <translation>再暗号化したコピーの作成を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="580"/>
        <location filename="../core/store/Database.cpp" line="586"/>
        <source>The re-encrypted copy could not be written: %1</source>
        <translation>再暗号化したコピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="615"/>
        <source>Close the other connections to the database before changing its key.</source>
        <translation>鍵を変更する前に、データベースへのほかの接続を閉じてください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="621"/>
        <source>The re-encrypted database could not replace the old one.</source>
        <translation>再暗号化したデータベースで元のデータベースを置き換えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="638"/>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="643"/>
        <source>The database is not encrypted by SQLCipher.</source>
        <translation>データベースが SQLCipher で暗号化されていません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="650"/>
        <source>The schema version is %1; %2 was expected.</source>
        <translation>スキーマバージョンが %1 です（%2 であるべきです）。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="658"/>
        <source>Encrypted page check: %1</source>
        <translation>暗号化ページの検査: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="665"/>
        <source>The integrity check could not run: %1</source>
        <translation>整合性検査を実行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="671"/>
        <source>Integrity check: %1</source>
        <translation>整合性検査: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="678"/>
        <source>Some rows refer to rows that do not exist (table %1).</source>
        <translation>存在しない行を参照している行があります（テーブル %1）。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="685"/>
        <source>The key file has no recovery slot.</source>
        <translation>鍵ファイルに回復用スロットがありません。</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="90"/>
        <source>The device identity could not be read: %1</source>
        <translation>端末の識別情報を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="101"/>
        <source>The device identity stored in the database is damaged.</source>
        <translation>データベースに保存されている端末の識別情報が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="108"/>
        <source>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>端末の署名鍵をこのデータベースの鍵で開けません。改ざんされているか、別のデータベースのものです。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="120"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="185"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="123"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="188"/>
        <source>The key that protects the device signing key must be 32 bytes.</source>
        <translation>端末の署名鍵を保護する鍵は 32 バイトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="144"/>
        <source>A device signing key could not be made.</source>
        <translation>端末の署名鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="147"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="200"/>
        <source>The device signing key could not be encrypted.</source>
        <translation>端末の署名鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="161"/>
        <source>The device identity could not be stored: %1</source>
        <translation>端末の識別情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="174"/>
        <source>This database has no device identity yet.</source>
        <translation>このデータベースには、まだ端末の識別情報がありません。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="205"/>
        <source>The device signing key could not be stored: %1</source>
        <translation>端末の署名鍵を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="85"/>
        <source>The key file is damaged or is not a Madoguchi key file.</source>
        <translation>鍵ファイルが破損しているか、窓口の鍵ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="91"/>
        <source>The key file has been altered.</source>
        <translation>鍵ファイルが改ざんされています。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="98"/>
        <source>A cryptographic operation failed (the computer may be low on memory).</source>
        <translation>暗号処理に失敗しました（コンピューターのメモリが不足している可能性があります）。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="105"/>
        <source>The database key does not belong to this key file.</source>
        <translation>データベースの鍵がこの鍵ファイルのものではありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="110"/>
        <source>There is no account with that login.</source>
        <translation>そのログイン名のアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="115"/>
        <source>The password is not correct.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="121"/>
        <source>The key derivation settings are outside the accepted range.</source>
        <translation>鍵導出の設定値が許容範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="591"/>
        <source>No password was given.</source>
        <translation>パスワードが入力されていません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="613"/>
        <location filename="../core/security/KeySlotFile.cpp" line="900"/>
        <source>The database key has the wrong size.</source>
        <translation>データベースの鍵の長さが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="627"/>
        <source>The key file beside the database is missing.</source>
        <translation>データベースと同じ場所にあるはずの鍵ファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="631"/>
        <source>The key file cannot be read.</source>
        <translation>鍵ファイルを読み込めません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="662"/>
        <source>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</source>
        <translation>鍵ファイルは新しいバージョンの窓口で作成されています。開くには窓口を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="720"/>
        <source>The key file cannot be written.</source>
        <translation>鍵ファイルを書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="736"/>
        <source>The key file&apos;s permissions cannot be restricted.</source>
        <translation>鍵ファイルのアクセス権を制限できません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="784"/>
        <source>This key file has no recovery slot.</source>
        <translation>この鍵ファイルには回復用スロットがありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="791"/>
        <source>The recovery code is not correct.</source>
        <translation>回復コードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="803"/>
        <source>The login is empty or has spaces around it.</source>
        <translation>ログイン名が空か、前後に空白があります。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="805"/>
        <location filename="../core/security/KeySlotFile.cpp" line="828"/>
        <location filename="../core/security/KeySlotFile.cpp" line="851"/>
        <source>The password is empty.</source>
        <translation>パスワードが空です。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="807"/>
        <source>That login already has a key slot.</source>
        <translation>そのログイン名のキースロットはすでにあります。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="912"/>
        <source>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</source>
        <translation>回復コードは英字と数字（A～Z、2～7）の 32 文字で、通常は 4 文字ずつ区切って書かれています。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/store/Migrator.cpp" line="34"/>
        <source>The migration file name %1 is not of the form 0001_name.sql.</source>
        <translation>マイグレーションのファイル名 %1 が 0001_name.sql の形式になっていません。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="38"/>
        <source>The migration %1 could not be read.</source>
        <translation>マイグレーション %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="46"/>
        <source>The migrations are not numbered 1, 2, 3, … without gaps (at %1).</source>
        <translation>マイグレーションの番号が 1, 2, 3, … と連続していません（%1 の箇所）。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="62"/>
        <source>The schema version of the database could not be read.</source>
        <translation>データベースのスキーマバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="73"/>
        <source>The database was written by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</source>
        <translation>データベースは新しいバージョンの窓口で書き込まれています（スキーマ %1。このバージョンが扱えるのは %2 まで）。新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="90"/>
        <source>The schema update could not start: %1</source>
        <translation>スキーマの更新を開始できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="95"/>
        <source>Schema update %1 (%2) failed, so the database was left unchanged: %3</source>
        <translation>スキーマ更新 %1（%2）に失敗したため、データベースは変更されていません: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="119"/>
        <source>The schema update could not be saved, so the database was left unchanged: %1</source>
        <translation>スキーマの更新を保存できなかったため、データベースは変更されていません: %1</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message numerus="yes">
        <location filename="../ui/access/PasswordRules.cpp" line="21"/>
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>パスワードは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/PasswordRules.cpp" line="25"/>
        <source>The two passwords do not match.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="36"/>
        <source>Permission table, line %1: %2</source>
        <translation>権限表 %1 行目: %2</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="39"/>
        <source>expected 4 tab-separated columns, found %1</source>
        <translation>タブ区切りで 4 列あるはずですが、%1 列でした</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="42"/>
        <source>the header row is missing</source>
        <translation>見出し行がありません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="49"/>
        <source>&apos;%1&apos; is not a permission name</source>
        <translation>「%1」は権限名ではありません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="51"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="54"/>
        <source>the scoped column must be yes or no</source>
        <translation>範囲指定の列は yes または no でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="58"/>
        <source>no role is listed</source>
        <translation>役割が 1 つも記載されていません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="62"/>
        <source>&apos;%1&apos; is not a role</source>
        <translation>「%1」は役割ではありません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="71"/>
        <source>The permission table is empty.</source>
        <translation>権限表が空です。</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../core/store/Repository.cpp" line="66"/>
        <source>The table or column names are not valid.</source>
        <translation>テーブル名または列名が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="70"/>
        <source>The field %1 does not belong to %2.</source>
        <translation>項目 %1 は %2 にありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="94"/>
        <source>The change could not be journaled: %1</source>
        <translation>変更履歴を記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="117"/>
        <location filename="../core/store/Repository.cpp" line="145"/>
        <source>The record could not be saved: %1</source>
        <translation>レコードを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="121"/>
        <location filename="../core/store/Repository.cpp" line="159"/>
        <source>The record could not be saved.</source>
        <translation>レコードを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="131"/>
        <source>There is nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="151"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>このレコードは、開いた後にほかの職員が変更しています。読み込み直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="173"/>
        <source>The record could not be deleted: %1</source>
        <translation>レコードを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="179"/>
        <source>Someone changed this record after you opened it. Reload it and try again.</source>
        <translation>このレコードは、開いた後にほかの職員が変更しています。読み込み直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="187"/>
        <source>The record could not be deleted.</source>
        <translation>レコードを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="202"/>
        <source>The record could not be read: %1</source>
        <translation>レコードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="204"/>
        <source>The record was not found.</source>
        <translation>レコードが見つかりません。</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <location filename="../core/security/SignInGuard.cpp" line="91"/>
        <source>This account is locked after too many failed sign-ins until %1. Ask an administrator to unlock it sooner.</source>
        <translation>サインインの失敗が続いたため、このアカウントは %1 までロックされています。それより早く解除するには管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="123"/>
        <source>The database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="149"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="156"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="161"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="167"/>
        <source>Unable to prepare the statement</source>
        <translation>SQL 文を準備できません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="162"/>
        <source>Unable to execute multiple statements at a time</source>
        <translation>複数の SQL 文を一度に実行することはできません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="167"/>
        <source>The statement is empty</source>
        <translation>SQL 文が空です</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="193"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="203"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="207"/>
        <source>Unable to bind parameters</source>
        <translation>パラメーターをバインドできません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="193"/>
        <source>Parameter count mismatch</source>
        <translation>パラメーターの数が一致しません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="204"/>
        <source>Unsupported value type for parameter %1</source>
        <translation>パラメーター %1 の値の型には対応していません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="223"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="267"/>
        <source>Could not execute the statement</source>
        <translation>SQL 文を実行できませんでした</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="355"/>
        <source>Unable to fetch row</source>
        <translation>行を取得できません</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="54"/>
        <source>The SQL script has a comment that is never closed.</source>
        <translation>SQL スクリプトに閉じられていないコメントがあります。</translation>
    </message>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="66"/>
        <source>The SQL script has a quotation that is never closed.</source>
        <translation>SQL スクリプトに閉じられていない引用符があります。</translation>
    </message>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="102"/>
        <source>The SQL script has a trigger body that is never closed with END.</source>
        <translation>SQL スクリプトに END で閉じられていないトリガー本体があります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::audit</name>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="75"/>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="77"/>
        <source>Sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="79"/>
        <source>Account locked after failed sign-ins</source>
        <translation>サインイン失敗の繰り返しによるアカウントロック</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="82"/>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="84"/>
        <source>Session locked</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="86"/>
        <source>Session unlocked</source>
        <translation>画面ロック解除</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="88"/>
        <source>Account created</source>
        <translation>アカウント作成</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="90"/>
        <source>Account changed</source>
        <translation>アカウント変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="92"/>
        <source>Account disabled</source>
        <translation>アカウント無効化</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="94"/>
        <source>Account unlocked</source>
        <translation>アカウントロック解除</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="96"/>
        <source>Password reset</source>
        <translation>パスワード再設定</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="98"/>
        <source>Second factor reset</source>
        <translation>二要素認証の再設定</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="100"/>
        <source>Permissions changed</source>
        <translation>権限変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="102"/>
        <source>Permission refused</source>
        <translation>権限による拒否</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="104"/>
        <source>Person&apos;s record viewed</source>
        <translation>個人の記録の閲覧</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="106"/>
        <source>Person search</source>
        <translation>宛名検索</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="108"/>
        <source>My Number revealed</source>
        <translation>個人番号の表示</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="110"/>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="112"/>
        <source>Exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="114"/>
        <source>Audit log exported</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="116"/>
        <source>Database key changed</source>
        <translation>データベースの鍵の変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="150"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="152"/>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="154"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli::CliCommands</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="34"/>
        <source>libsodium could not start.</source>
        <translation>libsodium を初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="38"/>
        <source>Madoguchi command line.

Commands:
  init --admin LOGIN   create the database and its first administrator
  db check             integrity and cipher checks
  db rekey             give the database a new key and rewrap every key slot

Passwords come from MADOGUCHI_PASSWORD or --password-stdin, never from the command line.
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</source>
        <translation>窓口 コマンドライン版。

コマンド:
  init --admin LOGIN   データベースと最初の管理者を作成する
  db check             整合性と暗号を検査する
  db rekey             データベースの鍵を新しくし、すべてのキースロットを再ラップする

パスワードは MADOGUCHI_PASSWORD または --password-stdin から受け取ります。コマンドライン引数では受け取りません。
終了コード: 0 正常、1 否定的な結果、2 使い方または入力の誤り、3 認証または権限の失敗、4 データまたは整合性のエラー。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="49"/>
        <source>The database file (default: %1).</source>
        <translation>データベースファイル（既定: %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="53"/>
        <source>The account (default: MADOGUCHI_USER).</source>
        <translation>アカウント（既定: MADOGUCHI_USER）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="57"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="59"/>
        <source>Print results as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="61"/>
        <source>init: the first administrator&apos;s login.</source>
        <translation>init: 最初の管理者のログイン名。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="64"/>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
</context>
<context>
    <name>madoguchi::store::sqlcipher::SqlCipherDriver</name>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="171"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="180"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="185"/>
        <source>Error opening database</source>
        <translation>データベースを開けませんでした</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="181"/>
        <source>Could not prepare the key</source>
        <translation>鍵を準備できませんでした</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="185"/>
        <source>Could not apply the key</source>
        <translation>鍵を適用できませんでした</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="227"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="432"/>
        <source>The database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="258"/>
        <source>Unable to begin transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="264"/>
        <source>Unable to commit transaction</source>
        <translation>トランザクションをコミットできません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="269"/>
        <source>Unable to roll back transaction</source>
        <translation>トランザクションをロールバックできません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="434"/>
        <source>The database connection has no key</source>
        <translation>データベース接続に鍵が設定されていません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="437"/>
        <source>The new key is not a 32-byte key</source>
        <translation>新しい鍵が 32 バイトではありません</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="442"/>
        <source>Could not re-encrypt the database: %1</source>
        <translation>データベースを再暗号化できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqlCipherDriver.cpp" line="42"/>
        <source>Not a %1 connection</source>
        <translation>%1 の接続ではありません</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LockScreen</name>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="91"/>
        <source>Madoguchi is locked</source>
        <translation>窓口はロックされています</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="93"/>
        <source>This window was opened with the recovery code. Type the recovery code to continue.</source>
        <translation>この画面は回復コードで開かれています。続けるには回復コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="95"/>
        <source>Recovery code</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="99"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="100"/>
        <source>Signed in as %1. Type your password to continue.</source>
        <translation>%1 としてサインインしています。続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="101"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="103"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="104"/>
        <source>Sign &amp;out instead</source>
        <translation>サインアウトする(&amp;O)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="36"/>
        <source>Person search</source>
        <translation>宛名検索</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="37"/>
        <source>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</source>
        <translation>氏名（漢字・カナ）、生年月日、住所、受給者番号で対象者を検索し、その記録を開きます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="40"/>
        <source>Applications</source>
        <translation>申請受付</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="41"/>
        <source>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</source>
        <translation>窓口で申請を受け付けます。手続の種類、申請者、添付書類のチェックリスト、受付番号を扱います。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="45"/>
        <source>Review and decisions</source>
        <translation>審査・決定</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="46"/>
        <source>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</source>
        <translation>申請を審査し、施行中の基準に照らして支給要件と負担上限月額を確認し、決定を承認します。決定を起案した職員が、その決定を承認することはできません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="50"/>
        <source>Ledgers</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="51"/>
        <source>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</source>
        <translation>給付の台帳です。受給者、受給者証、支給したすべての給付の履歴を扱います。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="54"/>
        <source>Certificate printing</source>
        <translation>受給者証印刷</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="55"/>
        <source>Print recipient certificates and decision notices.</source>
        <translation>受給者証と決定通知書を印刷します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="57"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="58"/>
        <source>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</source>
        <translation>この端末での変更を中央データベースへ送り、ほかの端末での変更を受け取ります。職員の判断が必要な競合もここで解決します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="62"/>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="63"/>
        <source>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</source>
        <translation>監査ログです。いつ、誰が、どの個人情報を閲覧・変更したかを確認し、ログが改ざんされていないことを検証します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="66"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="67"/>
        <source>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</source>
        <translation>職員アカウント、役割と事務の範囲、パスワードと二要素認証、データベースのキースロットとバックアップを管理します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Madoguchi — Disability Support Counter</source>
        <translation>窓口 — 障がい者支援 窓口業務システム</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="196"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="201"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="202"/>
        <source>Hide the screen until your password is typed again (%1)</source>
        <translation>パスワードを入力し直すまで画面を隠します（%1）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="204"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="205"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="206"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="207"/>
        <source>&amp;About Madoguchi</source>
        <translation>窓口について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="215"/>
        <source>Opened with the recovery code</source>
        <translation>回復コードで開いています</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="217"/>
        <source>Signed in: %1</source>
        <translation>サインイン中: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="219"/>
        <source>Signed in: %1 (%2)</source>
        <translation>サインイン中: %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="222"/>
        <source>No database open</source>
        <translation>データベースは開かれていません</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="227"/>
        <source>Encrypted · schema %1 · %2</source>
        <translation>暗号化済み・スキーマ %1・%2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <source>About Madoguchi</source>
        <translation>窓口について</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="280"/>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;窓口 %1&lt;/h3&gt;&lt;p&gt;障がい者支援課の窓口業務システムです。申請受付、審査・決定、給付台帳、受給者証を扱います。&lt;/p&gt;&lt;p&gt;GNU General Public License（GPL）バージョン 3 以降の条件で提供されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/shell/PlaceholderPage.cpp" line="42"/>
        <source>This part of Madoguchi is being built and will appear here.</source>
        <translation>この機能は現在準備中です。完成するとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="36"/>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="67"/>
        <source>Recovery code</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="41"/>
        <source>Write down the recovery code now</source>
        <translation>回復コードを今すぐ書き留めてください</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="48"/>
        <source>The database has been created. Below is its recovery code. It is shown only this once.

If every administrator forgets their password, this code is the only way to open the database again. Without it, the records in the database cannot be recovered by anyone.

Write the code down on paper or print it, and keep it locked away, for example in the division&apos;s safe. Do not save it on this computer, send it by e-mail, or show it to anyone who does not need it.</source>
        <translation>データベースを作成しました。下に表示されているのが、このデータベースの回復コードです。回復コードが表示されるのは今回の一度だけです。

管理者全員がパスワードを忘れた場合、データベースを再び開くにはこの回復コードが必要です。回復コードがなければ、データベースの記録は誰にも取り出せなくなります。

回復コードを紙に書き写すか印刷して、課の金庫など施錠できる場所に保管してください。このコンピューターに保存したり、メールで送ったり、必要のない人に見せたりしないでください。</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="69"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="77"/>
        <source>I have &amp;written down the recovery code</source>
        <translation>回復コードを書き留めました(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="81"/>
        <source>&amp;Continue</source>
        <translation>続ける(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="114"/>
        <source>Madoguchi recovery code</source>
        <translation>窓口 回復コード</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="116"/>
        <source>Print the recovery code</source>
        <translation>回復コードの印刷</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="149"/>
        <source>Madoguchi — database recovery code</source>
        <translation>窓口 — データベースの回復コード</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="150"/>
        <source>Keep this sheet locked away. Anyone who has this code and a copy of the database can open it.</source>
        <translation>この用紙は施錠できる場所に保管してください。この回復コードとデータベースの複製があれば、誰でもデータベースを開くことができます。</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="155"/>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="157"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="158"/>
        <source>Spaces and hyphens in the code do not matter when it is typed in.</source>
        <translation>入力するときは、空白やハイフンの有無は問いません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SetupDialog</name>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="39"/>
        <source>Set up Madoguchi</source>
        <translation>窓口の初期設定</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="42"/>
        <source>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</source>
        <translation>このコンピューターには窓口のデータベースがありません。暗号化された新しいデータベースと、最初の管理者アカウントを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="49"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="59"/>
        <source>e.g. yamada.hanako</source>
        <translation>例: yamada.hanako</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="67"/>
        <source>e.g. 山田 花子</source>
        <translation>例: 山田 花子</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/SetupDialog.cpp" line="73"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="80"/>
        <source>Database &amp;location:</source>
        <translation>データベースの保存場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="83"/>
        <source>Administrator lo&amp;gin name:</source>
        <translation>管理者のログイン名(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="84"/>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="85"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="86"/>
        <source>Con&amp;firm password:</source>
        <translation>パスワード（確認）(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="95"/>
        <source>Creating the encrypted database. This takes a few seconds…</source>
        <translation>暗号化データベースを作成しています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="104"/>
        <source>&amp;Create database</source>
        <translation>データベースを作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="171"/>
        <source>Database location</source>
        <translation>データベースの保存場所</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="171"/>
        <source>Madoguchi database (*.db)</source>
        <translation>窓口データベース (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="181"/>
        <source>Choose where the database is to be kept.</source>
        <translation>データベースの保存場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="183"/>
        <source>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</source>
        <translation>この場所にはすでにデータベースがあります。別の場所を選ぶか、そのデータベースを指定して窓口を起動し、サインインしてください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SignInDialog</name>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="21"/>
        <source>Sign in to Madoguchi</source>
        <translation>窓口へのサインイン</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="23"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="30"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="42"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="58"/>
        <source>Use &amp;recovery code…</source>
        <translation>回復コードを使う(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="64"/>
        <source>Open the database with the recovery code written down when it was created</source>
        <translation>データベースの作成時に書き留めた回復コードでデータベースを開きます</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="74"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="176"/>
        <source>Use recovery code</source>
        <translation>回復コードを使う</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="178"/>
        <source>Type the recovery code that was written down when the database was created.
Spaces, hyphens and capitals do not matter.</source>
        <translation>データベースの作成時に書き留めた回復コードを入力してください。
空白やハイフンの有無、大文字・小文字の違いは問いません。</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="181"/>
        <source>&amp;Open database</source>
        <translation>データベースを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="193"/>
        <source>Enter the recovery code.</source>
        <translation>回復コードを入力してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Counter client for disability support benefits</source>
        <translation>障がい福祉サービスの窓口業務クライアント</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>The database file to open.</source>
        <translation>開くデータベースファイル。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>User interface language: ja or en.</source>
        <translation>画面の言語（ja または en）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>Save a PNG of the active window to file once the first window is shown.</source>
        <translation>最初の画面が表示された後、アクティブなウィンドウを PNG 画像としてファイルに保存します。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Quit once the screenshot is saved.</source>
        <translation>スクリーンショットを保存したら終了します。</translation>
    </message>
</context>
</TS>
