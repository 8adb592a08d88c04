<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessLabels</name>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="16"/>
        <source>Counter clerk</source>
        <translation>窓口担当</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="18"/>
        <source>Reviewer</source>
        <translation>審査担当</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="20"/>
        <source>Approver</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="22"/>
        <source>Auditor</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="24"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="26"/>
        <source>Outreach intake</source>
        <translation>出張受付</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="35"/>
        <source>Welfare services and community life support recipients ledger</source>
        <translation>自立支援給付・地域生活支援事業受給者台帳</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="37"/>
        <source>Medical care for independence (rehabilitation) ledger</source>
        <translation>自立支援医療(更生医療)給付台帳</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="39"/>
        <source>Medical care for independence (psychiatric) ledger</source>
        <translation>自立支援医療(精神)給付台帳</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="41"/>
        <source>Prosthetic devices and daily living equipment ledger</source>
        <translation>補装具・日常生活用具決定台帳</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="50"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="52"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="54"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="67"/>
        <location filename="../ui/access/AccessLabels.cpp" line="77"/>
        <source>, </source>
        <extracomment>Separator between the items of a list of roles or scopes.</extracomment>
        <translation>、</translation>
    </message>
</context>
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
        <location filename="../core/security/Authorizer.cpp" line="35"/>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="37"/>
        <source>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</source>
        <translation>この操作を行う権限がありません。あなたの役割または事務の範囲に含まれていません。業務上必要な場合は管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="54"/>
        <source>You drafted this yourself. Another approver must approve it.</source>
        <translation>これはあなた自身が起案したものです。別の承認者が承認する必要があります。</translation>
    </message>
</context>
<context>
    <name>BurdenRules</name>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="42"/>
        <source>No row of the rule table %1 for %2 is in effect on %3 (as_of).</source>
        <translation>規則表 %1 に、%3(as_of)時点で有効な %2 の行がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="57"/>
        <source>%1: %2 (rule %3 from %4; %5)</source>
        <translation>%1: %2(規則 %3、%4 から適用。%5)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="84"/>
        <source>%1 (非課税)</source>
        <translation>%1(非課税)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="85"/>
        <source>%1 (所得割 %2 yen)</source>
        <translation>%1(所得割 %2円)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="88"/>
        <source>Household members counted: %1.</source>
        <translation>算定対象の世帯員: %1。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="90"/>
        <source>Highest 所得割 in the household: %1 yen.</source>
        <translation>世帯で最も高い所得割: %1円。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="91"/>
        <source>所得割 of the household, summed: %1 yen.</source>
        <translation>世帯の所得割の合計: %1円。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="100"/>
        <source>living at home</source>
        <translation>在宅</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="102"/>
        <source>day services</source>
        <translation>通所</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="104"/>
        <source>residential facility</source>
        <translation>入所施設</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="106"/>
        <source>group home</source>
        <translation>グループホーム</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="110"/>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="124"/>
        <source>Age %1 in a residential facility counts as 障害児 below age</source>
        <translation>入所中の%1歳: 障害児として扱う年齢(この年齢未満)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="128"/>
        <source>setting: group_home is a setting for adults (age %1 or over); the applicant is %2.</source>
        <translation>setting: group_home(グループホーム)は%1歳以上の成人が対象です。申請者は%2歳です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="132"/>
        <source>The applicant (age %1) is assessed as 障害児, setting %2.</source>
        <translation>申請者(%1歳)は障害児として判定します。利用形態: %2。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="135"/>
        <source>The applicant (age %1) is assessed as 障害者, setting %2.</source>
        <translation>申請者(%1歳)は障害者として判定します。利用形態: %2。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="138"/>
        <location filename="../core/rules/BurdenRules.cpp" line="187"/>
        <location filename="../core/rules/BurdenRules.cpp" line="286"/>
        <source>Copay percentage</source>
        <translation>利用者負担の割合(%)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="142"/>
        <location filename="../core/rules/BurdenRules.cpp" line="193"/>
        <location filename="../core/rules/BurdenRules.cpp" line="291"/>
        <source>生活保護 household: monthly cap</source>
        <translation>生活保護世帯: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="147"/>
        <location filename="../core/rules/BurdenRules.cpp" line="197"/>
        <location filename="../core/rules/BurdenRules.cpp" line="294"/>
        <source>Every member counted is 非課税.</source>
        <translation>算定対象の世帯員は全員非課税です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="148"/>
        <location filename="../core/rules/BurdenRules.cpp" line="295"/>
        <source>低所得: monthly cap</source>
        <translation>低所得: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="154"/>
        <source>一般1 for 障害児 below 所得割</source>
        <translation>障害児の一般1: 所得割がこの額未満</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="159"/>
        <source>一般1 障害児 入所: monthly cap</source>
        <translation>一般1(障害児・入所): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="161"/>
        <source>一般1 障害児 通所・在宅: monthly cap</source>
        <translation>一般1(障害児・通所・在宅): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="164"/>
        <location filename="../core/rules/BurdenRules.cpp" line="177"/>
        <source>%1 yen is not below %2 yen.</source>
        <translation>%1円は%2円未満ではありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="167"/>
        <source>一般1 for adults in 入所・GH (taxed households are 一般2)</source>
        <translation>入所・GH の障害者の一般1(課税世帯は一般2)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="170"/>
        <source>一般1 for 障害者 below 所得割</source>
        <translation>障害者の一般1: 所得割がこの額未満</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="174"/>
        <source>一般1 障害者 在宅・通所: monthly cap</source>
        <translation>一般1(障害者・在宅・通所): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="180"/>
        <source>一般2: monthly cap</source>
        <translation>一般2: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="189"/>
        <source>The applicant is 重度かつ継続.</source>
        <translation>申請者は重度かつ継続に該当します。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="199"/>
        <source>applicant.income is needed for the 低所得1/2 line.</source>
        <translation>低所得1・2 の判定には applicant.income が必要です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="201"/>
        <source>The patient is under 18: income is the 保護者&apos;s income.</source>
        <translation>患者は18歳未満のため、保護者の収入で判定します。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="203"/>
        <source>低所得1 up to 本人収入</source>
        <translation>低所得1: 本人収入の上限</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="205"/>
        <source>Income %1 yen is at most %2 yen.</source>
        <translation>収入%1円は%2円以下です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="209"/>
        <source>低所得1: monthly cap</source>
        <translation>低所得1: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="211"/>
        <source>Income %1 yen is over %2 yen.</source>
        <translation>収入%1円は%2円を超えています。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="215"/>
        <source>低所得2: monthly cap</source>
        <translation>低所得2: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="223"/>
        <source>中間所得1 below 所得割</source>
        <translation>中間所得1: 所得割がこの額未満</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="226"/>
        <source>中間所得2 below 所得割</source>
        <translation>中間所得2: 所得割がこの額未満</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="229"/>
        <source>経過的特例 in effect until</source>
        <translation>経過的特例の適用期限</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="230"/>
        <source>経過的特例 ended on</source>
        <translation>経過的特例の終了日</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="239"/>
        <source>育成医療 経過措置 中間所得1: monthly cap</source>
        <translation>育成医療の経過措置(中間所得1): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="241"/>
        <source>育成医療 経過措置 中間所得2: monthly cap</source>
        <translation>育成医療の経過措置(中間所得2): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="246"/>
        <source>中間所得1 重度かつ継続: monthly cap</source>
        <translation>中間所得1(重度かつ継続): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="248"/>
        <source>中間所得2 重度かつ継続: monthly cap</source>
        <translation>中間所得2(重度かつ継続): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="253"/>
        <source>The monthly cap is the health insurance&apos;s 高額療養費 limit.</source>
        <translation>負担上限月額は、医療保険の高額療養費の自己負担限度額です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="257"/>
        <source>%1 yen is not below %2 yen: 一定所得以上.</source>
        <translation>%1円は%2円未満ではありません: 一定所得以上です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="260"/>
        <source>一定所得以上 is not eligible unless 重度かつ継続.</source>
        <translation>一定所得以上は、重度かつ継続に該当しなければ対象外です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="267"/>
        <source>一定所得以上 重度かつ継続 (経過的特例): monthly cap</source>
        <translation>一定所得以上(重度かつ継続・経過的特例): 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="269"/>
        <source>一定所得以上 is not eligible after the 経過的特例.</source>
        <translation>一定所得以上は、経過的特例の終了後は対象外です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="284"/>
        <source>The applicant (age %1) is assessed as 障害児.</source>
        <translation>申請者(%1歳)は障害児として判定します。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="285"/>
        <source>The applicant (age %1) is assessed as 障害者.</source>
        <translation>申請者(%1歳)は障害者として判定します。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="301"/>
        <source>Not eligible from 所得割</source>
        <translation>対象外となる所得割の額(以上)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="305"/>
        <source>Income limit applies to 障害児</source>
        <translation>障害児への所得制限の適用</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="307"/>
        <source>%1 yen reaches %2 yen: 補装具費 is not paid; the whole cost is the applicant&apos;s.</source>
        <translation>%1円は%2円以上のため補装具費は支給されず、全額が申請者の負担です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="315"/>
        <source>一般: monthly cap</source>
        <translation>一般: 負担上限月額</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="320"/>
        <source>Copay: %1 yen (%2 percent of %3 yen, capped at %4 yen).</source>
        <translation>利用者負担: %1円(%3円の%2%、上限%4円)。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="348"/>
        <source>as_of is not a valid date.</source>
        <translation>as_of が正しい日付ではありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="350"/>
        <source>applicant.birth_date must be a date on or before as_of.</source>
        <translation>applicant.birth_date は as_of 以前の日付にしてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="352"/>
        <source>household.members must list at least the applicant.</source>
        <translation>household.members には少なくとも申請者を含めてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="356"/>
        <source>household.members[%1].income_levy must not be negative.</source>
        <translation>household.members[%1].income_levy に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="358"/>
        <source>household.members[%1].income_levy must be 0 for a tax_exempt member.</source>
        <translation>tax_exempt の世帯員では household.members[%1].income_levy を 0 にしてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="363"/>
        <source>applicant.income must not be negative.</source>
        <translation>applicant.income に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="365"/>
        <source>device_cost must not be negative.</source>
        <translation>device_cost に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="371"/>
        <source>setting is needed for welfare_service.</source>
        <translation>welfare_service には setting が必要です。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="414"/>
        <source>The request field %1 is missing.</source>
        <translation>要求の項目 %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="418"/>
        <source>The request field %1 must be %2.</source>
        <translation>要求の項目 %1 は%2で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="425"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="435"/>
        <source>a whole number of yen, 0 or more</source>
        <translation>0 以上の整数(円)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="446"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="454"/>
        <location filename="../core/rules/BurdenRules.cpp" line="522"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="479"/>
        <source>one of welfare_service, medical_psychiatric, medical_rehabilitation, medical_child, prosthetic</source>
        <translation>welfare_service・medical_psychiatric・medical_rehabilitation・medical_child・prosthetic のいずれか</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="517"/>
        <source>a non-empty array of members</source>
        <translation>世帯員の空でない配列</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="529"/>
        <source>a word such as self, spouse or guardian</source>
        <translation>self・spouse・guardian などの語</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="555"/>
        <source>one of home, day, residential, group_home</source>
        <translation>home・day・residential・group_home のいずれか</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="593"/>
        <source>Public assistance</source>
        <translation>生活保護</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="595"/>
        <source>Low income</source>
        <translation>低所得</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="597"/>
        <source>Low income 1</source>
        <translation>低所得1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="599"/>
        <source>Low income 2</source>
        <translation>低所得2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="601"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="603"/>
        <source>General 1</source>
        <translation>一般1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="605"/>
        <source>General 2</source>
        <translation>一般2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="607"/>
        <source>Middle income 1</source>
        <translation>中間所得1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="609"/>
        <source>Middle income 2</source>
        <translation>中間所得2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="611"/>
        <source>Income above the set level</source>
        <translation>一定所得以上</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="618"/>
        <source>Applicant</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="620"/>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="622"/>
        <source>Guardian</source>
        <translation>保護者</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="624"/>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="626"/>
        <source>Child</source>
        <translation>子</translation>
    </message>
</context>
<context>
    <name>CapManagement</name>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="64"/>
        <location filename="../core/ledger/CapManagement.cpp" line="145"/>
        <source>Monthly cap management (上限額管理) applies only to 自立支援医療 (更生医療, 精神通院).</source>
        <translation>上限額管理は自立支援医療（更生医療・精神通院）にのみ適用されます。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="68"/>
        <source>A visit needs the recipient.</source>
        <translation>受診には受給者の指定が必要です。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="70"/>
        <source>A visit needs a valid date.</source>
        <translation>受診日を正しく入力してください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="73"/>
        <source>A visit needs the medical institution (at most %1 characters).</source>
        <translation>医療機関名を入力してください（%1文字以内）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="78"/>
        <source>The medical cost, the copay and the monthly cap cannot be negative.</source>
        <translation>医療費総額・自己負担額・負担上限月額に負の値は入力できません。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="82"/>
        <source>The visit could not be recorded: the database is busy.</source>
        <translation>データベースが使用中のため、受診を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="131"/>
        <source>The visit could not be recorded.</source>
        <translation>受診を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="148"/>
        <source>Name the recipient and a valid month.</source>
        <translation>受給者と正しい年月を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="185"/>
        <source>The monthly cap management could not be read: %1</source>
        <translation>上限額管理票を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CaseAssignments</name>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="32"/>
        <source>The device id is missing or malformed: a device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>端末 ID が指定されていないか、形式が正しくありません。端末 ID は 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b のような形式です。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="36"/>
        <source>The person id is missing or malformed: a person id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>宛名 ID が指定されていないか、形式が正しくありません。宛名 ID は 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b のような形式です。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="46"/>
        <location filename="../core/sync/CaseAssignments.cpp" line="105"/>
        <source>No enrolled device has this id (or it was revoked).</source>
        <translation>この ID の登録済み端末はありません(または登録が取り消されています)。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="49"/>
        <source>This device is a counter workstation: it receives every case. Only outreach devices hold assigned cases.</source>
        <translation>この端末は窓口端末のため、すべての担当ケースを受け取ります。担当ケースを割り当てられるのは出張受付端末だけです。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="53"/>
        <source>The central store has no person with this id. If the person was registered on a device that has not synced yet, sync that device first.</source>
        <translation>中央システムにこの ID の宛名はありません。まだ同期していない端末で登録された宛名であれば、先にその端末を同期してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="75"/>
        <source>assigning the case</source>
        <translation>担当ケースの割り当て</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="89"/>
        <source>taking the case back</source>
        <translation>担当ケースの割り当て解除</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="102"/>
        <location filename="../core/sync/CaseAssignments.cpp" line="113"/>
        <source>reading the device&apos;s cases</source>
        <translation>端末の担当ケースの読み込み</translation>
    </message>
</context>
<context>
    <name>CaseScope</name>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="79"/>
        <location filename="../core/sync/CaseScope.cpp" line="98"/>
        <location filename="../core/sync/CaseScope.cpp" line="164"/>
        <source>The records of a case taken back from this device could not be removed.</source>
        <translation>この端末から割り当てを解除された担当ケースの記録を削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="94"/>
        <source>The person to remove from this device is not named.</source>
        <translation>この端末から削除する宛名が指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="174"/>
        <location filename="../core/sync/CaseScope.cpp" line="209"/>
        <source>The received changes could not be saved.</source>
        <translation>受信した変更を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CategoryRequirements</name>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="44"/>
        <source>Rule table support_category_requirements</source>
        <translation>規則表 support_category_requirements</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="58"/>
        <source>the service &apos;%1&apos; is not a lower-case code</source>
        <translation>サービス &apos;%1&apos; は小文字のコードではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="61"/>
        <source>%1: min_category &apos;%2&apos; is not 0–6</source>
        <translation>%1: min_category &apos;%2&apos; が 0～6 ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="67"/>
        <source>%1: min_category_from_age_50 &apos;%2&apos; is not 0–%3 or &apos;-&apos;</source>
        <translation>%1: min_category_from_age_50 &apos;%2&apos; が 0～%3 または &apos;-&apos; ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="75"/>
        <source>%1: alt_condition without alt_min_category</source>
        <translation>%1: alt_min_category のない alt_condition があります</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="79"/>
        <source>%1: alt_min_category &apos;%2&apos; is not below min_category</source>
        <translation>%1: alt_min_category &apos;%2&apos; が min_category 未満ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="82"/>
        <source>%1: alt_min_category without alt_condition</source>
        <translation>%1: alt_condition のない alt_min_category があります</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="87"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; は日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="93"/>
        <source>%1: the source names no page (http:// or https:// address)</source>
        <translation>%1: source に出典のページ(http:// または https:// のアドレス)がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="96"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 に %2 から適用される行が2つあります</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="102"/>
        <source>The support category requirement table lists no row.</source>
        <translation>障害支援区分の要件表に行がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="112"/>
        <source>The rule table support_category_requirements is missing from this build.</source>
        <translation>このビルドには規則表 support_category_requirements がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="134"/>
        <source>category: %1 is not 0 (非該当) to 6.</source>
        <translation>category: %1 は 0(非該当)～6 ではありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="137"/>
        <source>service: no 区分 requirement for %1 on %2.</source>
        <translation>service: %2 時点で %1 の区分要件がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="141"/>
        <source>%1 requires 区分%2 or higher%3 (rule from %4; %5).</source>
        <translation>%1 には区分%2以上が必要です%3(%4 からの規則。%5)。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="145"/>
        <source> at age 50 or over</source>
        <translation>(50歳以上)</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="156"/>
        <source>区分%1 is enough only if: %2.</source>
        <translation>区分%1で足りるのは次の場合のみです: %2。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="159"/>
        <source>区分%1 is below it.</source>
        <translation>区分%1はこれを下回ります。</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="162"/>
        <source>Also to confirm: %1.</source>
        <translation>あわせて確認: %1。</translation>
    </message>
</context>
<context>
    <name>CentralAdmin</name>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="36"/>
        <source>The central store has no Madoguchi schema yet. Run madoguchi-cli central migrate first.</source>
        <translation>中央システムにはまだ窓口のスキーマがありません。先に madoguchi-cli central migrate を実行してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="70"/>
        <source>The device name must be 1 to 200 characters.</source>
        <translation>端末名は1～200文字で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="73"/>
        <source>The device identity of this database is damaged (id or public key).</source>
        <translation>このデータベースの端末の識別情報(ID または公開鍵)が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="75"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="91"/>
        <source>A password for the device could not be made.</source>
        <translation>端末用のパスワードを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="98"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="107"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="121"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="143"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="160"/>
        <source>enrolling the device</source>
        <translation>端末の登録</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="110"/>
        <source>This device is enrolled already. Revoke the old enrolment first if it must be enrolled again.</source>
        <translation>この端末はすでに登録されています。再登録が必要な場合は、先に以前の登録を取り消してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="129"/>
        <source>The escrow key of the device could not be made.</source>
        <translation>端末の預託鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="158"/>
        <source>creating the device&apos;s role</source>
        <translation>端末のデータベースロールの作成</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="167"/>
        <source>A device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>端末 ID は 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b のような形式です。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="172"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="183"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="192"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="194"/>
        <source>revoking the device</source>
        <translation>端末の登録の取消</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="185"/>
        <source>No device with this id is enrolled.</source>
        <translation>この ID の端末は登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="189"/>
        <source>The device&apos;s role name is not valid.</source>
        <translation>端末のデータベースロール名が正しくありません。</translation>
    </message>
</context>
<context>
    <name>CentralConnection</name>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="109"/>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</source>
        <translation>Qt の PostgreSQL ドライバ(パッケージ libqt6sql6-psql)がインストールされていないため、中央システムに接続できません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="137"/>
        <source>The central server %1 could not be trusted: its certificate does not match the certificate authority or the server name in the server address, or the connection could not be encrypted. Nothing was sent. Ask the administrator.</source>
        <translation>中央システム %1 を信頼できませんでした。サーバの証明書が認証局またはサーバアドレスのサーバ名と一致しないか、接続を暗号化できませんでした。何も送信していません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="143"/>
        <source>The central server %1 could not be reached, or it refused the sign-in. Check the network and the server address, or ask the administrator.</source>
        <translation>中央システム %1 に接続できないか、サインインが拒否されました。ネットワークとサーバのアドレスを確認するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="165"/>
        <source>The central server refused this device: it is not enrolled, or its enrolment was revoked. Ask the administrator.</source>
        <translation>中央システムがこの端末を拒否しました。この端末は登録されていないか、登録が取り消されています。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="170"/>
        <source>The central server refused %1: this account may not do it.</source>
        <translation>中央システムが%1を拒否しました。このアカウントにはこの操作の権限がありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="174"/>
        <source>The connection to the central server was lost while %1. Try again.</source>
        <translation>%1の処理中に中央システムとの接続が切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="178"/>
        <source>The central server reported an error while %1 (code %2).</source>
        <translation>%1の処理中に中央システムでエラーが発生しました(コード %2)。</translation>
    </message>
</context>
<context>
    <name>CentralMigrator</name>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="38"/>
        <source>The migration %1 could not be read.</source>
        <translation>マイグレーション %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="42"/>
        <source>No central schema migrations were found.</source>
        <translation>中央システムのスキーマのマイグレーションが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="56"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="61"/>
        <source>The schema version of the central store could not be read.</source>
        <translation>中央システムのスキーマバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="73"/>
        <source>The central store was set up by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</source>
        <translation>中央システムは新しいバージョンの窓口で設定されています(スキーマ %1。このバージョンが扱えるのは %2 まで)。新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="83"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="90"/>
        <source>The central schema update could not start.</source>
        <translation>中央システムのスキーマの更新を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="105"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="118"/>
        <source>Central schema update %1 (%2) failed, so the central store was left unchanged: %3</source>
        <translation>中央システムのスキーマ更新 %1(%2)に失敗したため、中央システムは変更されていません: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="127"/>
        <source>The central schema update could not be saved, so the central store was left unchanged: %1</source>
        <translation>中央システムのスキーマの更新を保存できなかったため、中央システムは変更されていません: %1</translation>
    </message>
</context>
<context>
    <name>CentralSignIn</name>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="79"/>
        <source>The first sign-in on this computer needs the network, and the central server cannot be reached. Sign in on a computer where you have signed in before, or try again when the network works.</source>
        <translation>このコンピュータでの初回サインインにはネットワーク接続が必要ですが、中央システムに接続できません。以前にサインインしたことのあるコンピュータでサインインするか、ネットワークが使えるようになってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="102"/>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</source>
        <translation>Qt の PostgreSQL ドライバ(パッケージ libqt6sql6-psql)がインストールされていないため、中央システムに接続できません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="134"/>
        <location filename="../core/sync/CentralSignIn.cpp" line="175"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>このアカウントは無効になっています。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="138"/>
        <location filename="../core/sync/CentralSignIn.cpp" line="233"/>
        <source>The login name or the password is not correct.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="153"/>
        <source>Too many wrong codes: this account is locked until %1 (UTC).</source>
        <translation>誤ったコードの入力が多すぎたため、このアカウントは %1 (UTC) までロックされています。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="158"/>
        <source>The code is not correct. Check the time on your phone and type the six digits shown now.</source>
        <translation>コードが正しくありません。スマートフォンの時刻を確認し、いま表示されている6桁の数字を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="161"/>
        <source>This code was used already. Wait for the next code.</source>
        <translation>このコードはすでに使用されています。次のコードが表示されるまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="166"/>
        <source>This account is locked until %1 (UTC) after too many wrong codes.</source>
        <translation>誤ったコードの入力が多すぎたため、このアカウントは %1 (UTC) までロックされています。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="170"/>
        <source>This account is locked. Ask an administrator to unlock it.</source>
        <translation>このアカウントはロックされています。管理者にロック解除を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="179"/>
        <source>The enrolment of this computer was revoked: nobody can sign in here for the first time. Ask an administrator.</source>
        <translation>このコンピュータの登録は取り消されているため、ここでは初回サインインができません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="182"/>
        <source>The central server does not know this computer. Ask an administrator to enrol it again.</source>
        <translation>中央システムにこのコンピュータが登録されていません。管理者に再登録を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="205"/>
        <source>There is no database at %1.</source>
        <translation>%1 にデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="235"/>
        <source>Type your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="244"/>
        <source>You have signed in on this computer before: sign in with your password and code as usual.</source>
        <translation>このコンピュータでは以前にサインインしています。いつもどおりパスワードとコードでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="248"/>
        <source>This computer was enrolled before central accounts existed: an administrator must enrol it again before a first sign-in here.</source>
        <translation>このコンピュータは中央アカウントの導入前に登録されています。ここで初回サインインするには、先に管理者が再登録する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="265"/>
        <source>checking the sign-in</source>
        <translation>サインインの確認</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="290"/>
        <source>Secure memory for the keys is not available.</source>
        <translation>鍵を置くセキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="324"/>
        <source>The staff accounts could not be read.</source>
        <translation>職員アカウントを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="342"/>
        <source>Another account on this computer has the login %1. Ask an administrator to settle which one is yours.</source>
        <translation>このコンピュータの別のアカウントがログイン名 %1 を使用しています。どちらがあなたのアカウントか、管理者に確認を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="350"/>
        <source>The second-factor secret could not be sealed.</source>
        <translation>二要素認証の秘密鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="387"/>
        <source>The account could not be saved on this computer.</source>
        <translation>アカウントをこのコンピュータに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CentralStaff</name>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="182"/>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="205"/>
        <source>There is no central staff account %1.</source>
        <translation>中央システムの職員アカウント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="236"/>
        <source>The account&apos;s role name is not valid.</source>
        <translation>アカウントのデータベースロール名が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="292"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="295"/>
        <source>Secure memory for the password is not available.</source>
        <translation>パスワードを置くセキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="327"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>ログイン名は、英字・数字・ピリオド・ハイフン・アンダースコアの 1～64 文字です。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="331"/>
        <location filename="../core/sync/CentralStaff.cpp" line="412"/>
        <source>The display name must be 1 to 200 characters.</source>
        <translation>表示名は 1～200 文字にしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="333"/>
        <location filename="../core/sync/CentralStaff.cpp" line="414"/>
        <source>Give the account at least one role.</source>
        <translation>アカウントに職務を1つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="341"/>
        <location filename="../core/sync/CentralStaff.cpp" line="540"/>
        <source>A second-factor secret could not be made.</source>
        <translation>二要素認証の秘密鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="343"/>
        <source>creating the staff account</source>
        <translation>職員アカウントの作成</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="354"/>
        <source>There is already a central staff account %1.</source>
        <translation>中央システムの職員アカウント %1 はすでにあります。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="373"/>
        <source>creating the account&apos;s role</source>
        <translation>アカウントのデータベースロールの作成</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="386"/>
        <location filename="../core/sync/CentralStaff.cpp" line="400"/>
        <source>reading the staff accounts</source>
        <translation>職員アカウントの読み込み</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="415"/>
        <source>changing the staff account</source>
        <translation>職員アカウントの変更</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="431"/>
        <source>locking the staff account</source>
        <translation>職員アカウントのロック</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="450"/>
        <source>A disabled account cannot be unlocked; create a new one.</source>
        <translation>無効にしたアカウントのロックは解除できません。新しいアカウントを作成してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="451"/>
        <source>unlocking the staff account</source>
        <translation>職員アカウントのロック解除</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="466"/>
        <source>disabling the staff account</source>
        <translation>職員アカウントの無効化</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="505"/>
        <location filename="../core/sync/CentralStaff.cpp" line="537"/>
        <source>This account is disabled.</source>
        <translation>このアカウントは無効になっています。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="509"/>
        <source>resetting the password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="541"/>
        <source>resetting the second factor</source>
        <translation>二要素認証の再設定</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="568"/>
        <source>reading the device&apos;s escrow key</source>
        <translation>端末の預託鍵の読み込み</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="571"/>
        <source>The central store holds no escrow key for this device: it was enrolled before central accounts existed, or with another central store.</source>
        <translation>中央システムにはこの端末の預託鍵がありません。この端末は、中央アカウントの導入前に登録されたか、別の中央システムに登録されています。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="576"/>
        <source>The device&apos;s escrow key is damaged.</source>
        <translation>端末の預託鍵が破損しています。</translation>
    </message>
</context>
<context>
    <name>CentralStaffSync</name>
    <message>
        <location filename="../core/sync/CentralStaffSync.cpp" line="52"/>
        <location filename="../core/sync/CentralStaffSync.cpp" line="158"/>
        <source>The central account changes could not be stored on this computer.</source>
        <translation>中央アカウントの変更をこのコンピュータに保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaffSync.cpp" line="75"/>
        <source>receiving the staff account changes</source>
        <translation>職員アカウントの変更の受信</translation>
    </message>
</context>
<context>
    <name>CentralUrl</name>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="30"/>
        <source>The central server address is not a URL of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>中央システムのアドレスが postgresql://USER@HOST:PORT/DATABASE 形式の URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="33"/>
        <source>The central server address must start with postgresql://.</source>
        <translation>中央システムのアドレスは postgresql:// で始めてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="37"/>
        <source>The central server address names no host.</source>
        <translation>中央システムのアドレスにホスト名がありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="40"/>
        <source>The port of the central server address must be 1 to 65535.</source>
        <translation>中央システムのアドレスのポート番号は1～65535で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="47"/>
        <source>The central server address names no database (…/DATABASE).</source>
        <translation>中央システムのアドレスにデータベース名(…/DATABASE)がありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="61"/>
        <source>sslmode in the central server address must be one of %1.</source>
        <translation>中央システムのアドレスの sslmode は %1 のいずれかにしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="65"/>
        <source>%1 in the central server address must be a file path without ; or &apos;.</source>
        <translation>中央システムのアドレスの %1 には、; と &apos; を含まないファイルパスを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="71"/>
        <source>connect_timeout in the central server address must be seconds.</source>
        <translation>中央システムのアドレスの connect_timeout は秒数で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="74"/>
        <source>The central server address has an unknown option %1.</source>
        <translation>中央システムのアドレスに不明なオプション %1 があります。</translation>
    </message>
</context>
<context>
    <name>CertificateDocuments</name>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="116"/>
        <source>This certificate has no signed code.</source>
        <translation>この受給者証には署名付きの検証コードがありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="130"/>
        <source>The person of this certificate was not found.</source>
        <translation>この受給者証の対象者が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="205"/>
        <source>The certificate&apos;s code could not be drawn.</source>
        <translation>受給者証の検証コードを描画できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="256"/>
        <source>There are no certificates to print.</source>
        <translation>印刷する受給者証がありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="267"/>
        <source>A certificate in the selection is void, handed over or mailed and cannot be printed.</source>
        <translation>選択した受給者証の中に、無効・交付済み・郵送済みのものがあるため印刷できません。</translation>
    </message>
</context>
<context>
    <name>CertificatePayload</name>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="68"/>
        <source>The code has a character that does not belong in it (character %1).</source>
        <translation>検証コードに使えない文字が含まれています(%1 文字目)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="81"/>
        <source>The code is damaged: its last characters do not fit together.</source>
        <translation>検証コードが破損しています(末尾の文字が整合しません)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="164"/>
        <source>The code is incomplete: it was cut short.</source>
        <translation>検証コードが不完全です(途中で切れています)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="170"/>
        <source>The code is damaged: its %1 is not valid.</source>
        <translation>検証コードが破損しています(%1が正しくありません)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="215"/>
        <source>Disability welfare services recipient certificate</source>
        <translation>障害福祉サービス受給者証</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="217"/>
        <source>Community consultation support recipient certificate</source>
        <translation>地域相談支援受給者証</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="219"/>
        <source>Independence support medical care certificate (psychiatric outpatient)</source>
        <translation>自立支援医療受給者証(精神通院)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="222"/>
        <source>Independence support medical care certificate (rehabilitation)</source>
        <translation>自立支援医療受給者証(更生医療)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="225"/>
        <source>Independence support medical care certificate (children)</source>
        <translation>自立支援医療受給者証(育成医療)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="227"/>
        <source>Copayment cap management sheet</source>
        <translation>自己負担上限額管理票</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="229"/>
        <source>Assistive device payment voucher</source>
        <translation>補装具費支給券</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="313"/>
        <source>The certificate id must be a UUID.</source>
        <translation>受給者証 ID は UUID でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="315"/>
        <source>The recipient number must be 1 to %1 digits.</source>
        <translation>受給者番号は1～%1桁の数字で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="317"/>
        <source>The kind of certificate is unknown.</source>
        <translation>受給者証の種類が不明です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="319"/>
        <source>The first day of validity is missing or out of range.</source>
        <translation>有効期間の開始日がないか、範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="321"/>
        <source>The last day of validity is missing or out of range.</source>
        <translation>有効期間の終了日がないか、範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="323"/>
        <source>The validity ends before it starts.</source>
        <translation>有効期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="325"/>
        <source>The issue date is missing or out of range.</source>
        <translation>交付日がないか、範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="327"/>
        <source>The monthly cap must be between 0 and %1 yen.</source>
        <translation>負担上限月額は0～%1円で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="329"/>
        <source>The issuing office code must be 6 digits.</source>
        <translation>交付機関コードは6桁の数字です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="331"/>
        <source>The reissue count must be between 0 and %1.</source>
        <translation>再交付回数は0～%1で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="391"/>
        <source>This is not a Madoguchi certificate code: it does not start with &quot;%1&quot;.</source>
        <translation>窓口の受給者証の検証コードではありません(「%1」で始まっていません)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="408"/>
        <source>The code was made by a newer version of Madoguchi or is damaged.</source>
        <translation>検証コードが新しいバージョンの窓口で作成されたか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="416"/>
        <location filename="../core/certificate/CertificatePayload.cpp" line="424"/>
        <location filename="../core/certificate/CertificatePayload.cpp" line="428"/>
        <source>recipient number</source>
        <translation>受給者番号</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="444"/>
        <source>kind of certificate</source>
        <translation>受給者証の種類</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="449"/>
        <source>period of validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="454"/>
        <source>issuing office code</source>
        <translation>交付機関コード</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="464"/>
        <source>device certificate</source>
        <translation>端末証明書</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="474"/>
        <source>The code is damaged: it has extra characters at the end.</source>
        <translation>検証コードが破損しています(末尾に余分な文字があります)。</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="103"/>
        <source>The certificates could not be read.</source>
        <translation>受給者証を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="108"/>
        <source>The certificate could not be saved.</source>
        <translation>受給者証を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="169"/>
        <source>Requested (印刷待ち)</source>
        <translation>印刷待ち</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="171"/>
        <source>Printed (印刷済み)</source>
        <translation>印刷済み</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="173"/>
        <source>Handed over (交付済み)</source>
        <translation>交付済み</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="175"/>
        <source>Mailed (郵送済み)</source>
        <translation>郵送済み</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="177"/>
        <source>Void (無効)</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="193"/>
        <source>窓口市</source>
        <translation>窓口市</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="195"/>
        <source>窓口市長</source>
        <translation>窓口市長</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="262"/>
        <source>There is no such certificate.</source>
        <translation>その受給者証はありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="285"/>
        <source>A %1 is not issued from this ledger (field &quot;kind&quot;).</source>
        <translation>%1はこの台帳からは交付されません(項目「kind」)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="295"/>
        <source>This person has no current grant in this ledger, so there is nothing to certify.</source>
        <translation>この方にはこの台帳で現在有効な支給決定がないため、受給者証を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="299"/>
        <source>This person has no recipient number yet.</source>
        <translation>この方にはまだ受給者番号がありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="312"/>
        <source>This person already has a current %1. To print a new one for a lost or damaged certificate, reissue it.</source>
        <translation>この方にはすでに現在の%1があります。紛失や破損のため新しく印刷する場合は、再交付してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="338"/>
        <source>This certificate has been reissued too many times.</source>
        <translation>この受給者証は再交付の回数が上限を超えています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="431"/>
        <source>This certificate is void and cannot be printed. Print its reissue instead.</source>
        <translation>この受給者証は無効のため印刷できません。再交付した受給者証を印刷してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="433"/>
        <source>This certificate was already handed over or mailed. For a lost certificate, reissue it.</source>
        <translation>この受給者証はすでに交付または郵送されています。紛失した場合は再交付してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="436"/>
        <source>This certificate has no signed code.</source>
        <translation>この受給者証には署名付きの検証コードがありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="485"/>
        <source>This certificate is void and cannot be handed over or mailed.</source>
        <translation>この受給者証は無効のため、交付も郵送もできません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="488"/>
        <source>This certificate has not been printed yet. Print it first.</source>
        <translation>この受給者証はまだ印刷されていません。先に印刷してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="491"/>
        <source>This certificate was already handed over or mailed.</source>
        <translation>この受給者証はすでに交付または郵送されています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="535"/>
        <source>A reissue needs a reason, for example &quot;lost&quot; (field &quot;reason&quot;).</source>
        <translation>再交付には理由が必要です。例:「紛失」(項目「reason」)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="538"/>
        <source>This certificate is void already. Reissue the current one instead.</source>
        <translation>この受給者証はすでに無効です。現在の受給者証を再交付してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="555"/>
        <source>Making a certificate void needs a reason (field &quot;reason&quot;).</source>
        <translation>受給者証を無効にするには理由が必要です(項目「reason」)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="557"/>
        <source>This certificate is void already.</source>
        <translation>この受給者証はすでに無効です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="645"/>
        <source>The number of days cannot be negative (field &quot;expiring within&quot;).</source>
        <translation>日数に負の値は指定できません(項目「expiring within」)。</translation>
    </message>
</context>
<context>
    <name>CertificateSigner</name>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="15"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="32"/>
        <source>This device cannot sign certificates: it holds neither the city&apos;s issuing key nor a device certificate. Ask an administrator.</source>
        <translation>この端末では受給者証に署名できません。市の発行鍵も端末証明書もありません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="41"/>
        <source>The stored device certificate does not belong to this device&apos;s key.</source>
        <translation>保存されている端末証明書が、この端末の鍵のものではありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="58"/>
        <source>This device may sign certificates only from %1 to %2; ask an administrator to certify it again.</source>
        <translation>この端末が受給者証に署名できるのは %1 から %2 までです。管理者に端末の再認証を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="77"/>
        <source>The certificate could not be signed.</source>
        <translation>受給者証に署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="75"/>
        <source>NOT VERIFIED: the certificate was signed with an issuing key this device does not know (%1). Update the issuing keys and try again.</source>
        <translation>未確認: この受給者証は、この端末が知らない発行鍵(%1)で署名されています。発行鍵を更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="80"/>
        <source>INVALID: the certificate&apos;s code has been altered or forged; its signature does not match.</source>
        <translation>無効: 受給者証の検証コードが改ざんまたは偽造されています(署名が一致しません)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="98"/>
        <source>INVALID: the certificate claims an issue date (%1) before its signing key existed.</source>
        <translation>無効: 受給者証の交付日(%1)が、署名に使われた鍵の作成より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="104"/>
        <source>INVALID: the certificate was signed with an issuing key that had been retired before its issue date (%1).</source>
        <translation>無効: 受給者証は、交付日(%1)より前に廃止された発行鍵で署名されています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="110"/>
        <source>INVALID: the certificate was issued on %1 by an outreach device whose authorization had ended on %2.</source>
        <translation>無効: 受給者証は %1 に出張受付端末で交付されていますが、その端末の権限は %2 に終了していました。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="118"/>
        <source>INVALID: this certificate has been made void (for example, a new one was issued in its place).</source>
        <translation>無効: この受給者証は無効になっています(新しい受給者証が代わりに交付された場合など)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="124"/>
        <source>INVALID: the certificate expired; it was valid until %1.</source>
        <translation>無効: 受給者証の有効期間が終了しています(有効期限 %1)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="128"/>
        <source>NOT YET VALID: the certificate is genuine but valid only from %1.</source>
        <translation>有効期間前: 受給者証は正規のものですが、有効になるのは %1 からです。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="133"/>
        <source>Genuine and within its period, but a newer certificate has been issued for this recipient. Confirm online before accepting it.</source>
        <translation>正規のもので有効期間内ですが、この受給者には新しい受給者証が交付されています。受け付ける前にオンラインで確認してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="137"/>
        <source>VALID: a genuine certificate, valid from %1 to %2.</source>
        <translation>有効: 正規の受給者証です(有効期間 %1～%2)。</translation>
    </message>
</context>
<context>
    <name>CityKey</name>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="38"/>
        <source>The city&apos;s My Number key could not be read or saved on this computer.</source>
        <translation>市のマイナンバー鍵をこのコンピュータで読み込めないか、保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="64"/>
        <source>The id of the city&apos;s My Number key is not a valid id.</source>
        <translation>市のマイナンバー鍵の ID が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="66"/>
        <source>The city&apos;s My Number key does not have 32 bytes.</source>
        <translation>市のマイナンバー鍵が 32 バイトではありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="106"/>
        <source>This computer has not received the city&apos;s My Number key yet.</source>
        <translation>このコンピュータは、まだ市のマイナンバー鍵を受け取っていません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="111"/>
        <source>The city&apos;s My Number key stored on this computer cannot be opened with this database&apos;s key.</source>
        <translation>このコンピュータに保存されている市のマイナンバー鍵を、このデータベースの鍵で開けません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="124"/>
        <source>This computer already holds a different city My Number key.</source>
        <translation>このコンピュータには、すでに内容の異なる市のマイナンバー鍵が保存されています。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="131"/>
        <source>The city&apos;s My Number key could not be encrypted on this computer.</source>
        <translation>市のマイナンバー鍵をこのコンピュータで暗号化できませんでした。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="87"/>
        <source>Give the account with --user LOGIN or MADOGUCHI_USER.</source>
        <translation>アカウントは --user LOGIN または MADOGUCHI_USER で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="60"/>
        <source>audit export needs %1 YYYY-MM-DD.</source>
        <translation>audit export には %1 YYYY-MM-DD が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="64"/>
        <source>%1 takes a date as YYYY-MM-DD, not %2.</source>
        <translation>%1 には YYYY-MM-DD 形式の日付を指定してください(%2 は使えません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="246"/>
        <source>Usage: check mynumber N (one number; quote it if it has spaces).</source>
        <translation>使い方: check mynumber N(番号は1つ。空白を含むときは引用符で囲んでください)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="249"/>
        <source>No command given. See madoguchi-cli --help.</source>
        <translation>コマンドが指定されていません。madoguchi-cli --help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="252"/>
        <source>Unknown command: %1. See madoguchi-cli --help.</source>
        <translation>不明なコマンドです: %1。madoguchi-cli --help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="258"/>
        <source>init needs --admin LOGIN, the first administrator&apos;s login.</source>
        <translation>init には --admin LOGIN（最初の管理者のログイン名）が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="305"/>
        <source>Created the encrypted database %1 with the administrator %2.</source>
        <translation>暗号化データベース %1 を作成しました（管理者: %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="308"/>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>回復コード（表示はこの一度だけです。書き留めて、施錠できる場所に保管してください）:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="310"/>
        <source>Second factor of %1 (shown only this once; add it to the authenticator app now, then keep no copy):</source>
        <translation>%1 の二要素認証(表示はこの1回だけです。いま認証アプリに追加し、控えは残さないでください):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="340"/>
        <source>Cipher: SQLCipher %1, page size %2</source>
        <translation>暗号: SQLCipher %1、ページサイズ %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="344"/>
        <source>Schema version: %1</source>
        <translation>スキーマバージョン: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="346"/>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="347"/>
        <source>The database is intact.</source>
        <translation>データベースに異常はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="347"/>
        <source>The database has problems.</source>
        <translation>データベースに問題があります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="378"/>
        <source>The database has a new key; %n key slot(s) were rewrapped.</source>
        <translation>
            <numerusform>データベースの鍵を新しくし、%n 個のキースロットを再ラップしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="393"/>
        <source>user add needs at least one --role (%1).</source>
        <translation>user add には --role を1つ以上指定してください(%1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="399"/>
        <source>Unknown role: %1. Roles are: %2.</source>
        <translation>不明な職務です: %1。職務は次のとおりです: %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="409"/>
        <source>Unknown scope: %1. Scopes are: %2.</source>
        <translation>不明な担当業務です: %1。担当業務は次のとおりです: %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="415"/>
        <source>The role %1 works within business scopes: give at least one --scope (%2).</source>
        <translation>職務 %1 は担当業務の範囲内で働きます。--scope を1つ以上指定してください(%2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="434"/>
        <source>Created the account %1.</source>
        <translation>アカウント %1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="435"/>
        <source>Second factor of %1 (shown only this once; give it to that person to add to their authenticator app, then keep no copy):</source>
        <translation>%1 の二要素認証(表示はこの1回だけです。本人に渡して認証アプリに追加してもらい、控えは残さないでください):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>LOGIN</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>2FA</source>
        <translation>二要素</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>ROLES</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>SCOPES</source>
        <translation>担当業務</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>NAME</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="478"/>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="478"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="496"/>
        <source>Disabled the account %1: its key slot is removed, so it can no longer open this database.</source>
        <translation>アカウント %1 を無効にしました。鍵スロットを削除したため、このデータベースはもう開けません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="513"/>
        <source>Unlocked the account %1.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="550"/>
        <source>The value of a setting is a whole number.</source>
        <translation>設定値は整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="557"/>
        <source>%1 is now %2.</source>
        <translation>%1 を %2 に変更しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="585"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="587"/>
        <source>The audit log could not be checked: %1</source>
        <translation>監査ログを検査できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="589"/>
        <source>The audit log is intact: %n record(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>監査ログは改ざんされていません: %n件の記録、署名付きチェックポイント%1件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="601"/>
        <source>audit export needs --csv FILE.</source>
        <translation>audit export には --csv FILE が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="611"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 が --to %2 より後になっています。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="630"/>
        <location filename="../app/cli/CliCommands.cpp" line="639"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="308"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="648"/>
        <source>Wrote %n audit record(s) to %1.</source>
        <translation>
            <numerusform>%n件の監査記録を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="25"/>
        <location filename="../app/cli/CliSecrets.cpp" line="68"/>
        <source>Secure memory is not available.</source>
        <translation>保護メモリが使えません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="32"/>
        <source>A line of standard input is too long for a password or code.</source>
        <translation>標準入力の行が長すぎて、パスワードやコードとして扱えません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="77"/>
        <source>No password on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="78"/>
        <source>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</source>
        <translation>パスワードは MADOGUCHI_PASSWORD か --password-stdin で渡してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="84"/>
        <source>No second-factor code on standard input.</source>
        <translation>標準入力に二要素認証のコードがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="85"/>
        <source>Give the six-digit code from the authenticator app in MADOGUCHI_OTP or with --otp-stdin.</source>
        <translation>認証アプリの6桁のコードは MADOGUCHI_OTP か --otp-stdin で渡してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="98"/>
        <source>The second-factor code is the six digits the authenticator app shows.</source>
        <translation>二要素認証のコードは、認証アプリに表示される6桁の数字です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="107"/>
        <source>No password for the new account on standard input.</source>
        <translation>標準入力に新しいアカウントのパスワードがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="108"/>
        <source>Give the new account&apos;s password in MADOGUCHI_NEW_PASSWORD or with --new-password-stdin.</source>
        <translation>新しいアカウントのパスワードは MADOGUCHI_NEW_PASSWORD か --new-password-stdin で渡してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="39"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="48"/>
        <source>The person could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="42"/>
        <source>No person has the id or 宛名番号 given as --keep.</source>
        <translation>--keep に指定された ID または宛名番号の宛名はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="53"/>
        <source>Usage: person duplicates [--json], person duplicates dismiss ID, person duplicates merge ID --keep PERSON.</source>
        <translation>使い方: person duplicates [--json]、person duplicates dismiss ID、person duplicates merge ID --keep PERSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="56"/>
        <source>person duplicates merge needs --keep PERSON: the id or 宛名番号 of the record that remains.</source>
        <translation>person duplicates merge には --keep PERSON(残す記録の ID または宛名番号)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="82"/>
        <source>No duplicate candidates are waiting.</source>
        <translation>確認待ちの重複候補はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="87"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="87"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="87"/>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="88"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="112"/>
        <source>Recorded that the two records of candidate %1 are not the same person.</source>
        <translation>候補 %1 の2つの記録は別人であると記録しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="134"/>
        <source>Merged the records of candidate %1; %2 remains.</source>
        <translation>候補 %1 の記録を統合しました。%2 が残ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="51"/>
        <source>No person has the id or 宛名番号 given as %1.</source>
        <translation>%1 に該当する ID または宛名番号の宛名はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="62"/>
        <source>The record %1 was merged into %2; use that one.</source>
        <translation>記録 %1 は %2 に統合されています。そちらを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="108"/>
        <source>Merged the record %1 (宛名番号 %2) into %3 (宛名番号 %4), which remains.</source>
        <translation>記録 %1(宛名番号 %2)を、残る記録 %3(宛名番号 %4)に統合しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="119"/>
        <source>mynumber not-provided needs --person ID (or 宛名番号).</source>
        <translation>mynumber not-provided には --person ID(または宛名番号)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="124"/>
        <source>mynumber not-provided needs --reason, one of: %1.</source>
        <translation>mynumber not-provided には --reason(%1 のいずれか)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="146"/>
        <source>Recorded that the person %1 did not provide the My Number (%2).</source>
        <translation>宛名 %1 から個人番号の提供がなかったことを記録しました(%2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="157"/>
        <source>jukinet request needs --person ID (or 宛名番号).</source>
        <translation>jukinet request には --person ID(または宛名番号)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="162"/>
        <source>--items takes a comma-separated list of: %1.</source>
        <translation>--items には次の項目をカンマ区切りで指定してください: %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="201"/>
        <source>The person %1 has no current address on record.</source>
        <translation>宛名 %1 には現住所が記録されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="225"/>
        <source>Queued the 住基ネット inquiry %1 for the person %2 (items: %3).</source>
        <translation>宛名 %2 の住基ネット照会 %1 を予約しました(照会項目: %3)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="237"/>
        <source>--state takes one of: %1.</source>
        <translation>--state には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="262"/>
        <source>No inquiry requests.</source>
        <translation>照会依頼はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>REQUEST ID</source>
        <translation>依頼ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>BATCH ID</source>
        <translation>バッチID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="266"/>
        <source>CREATED (UTC)</source>
        <translation>作成日時(UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="266"/>
        <source>ITEMS</source>
        <translation>照会項目</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="282"/>
        <source>jukinet export needs --file FILE, the batch file to write.</source>
        <translation>jukinet export には --file FILE(書き出す一括ファイル)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="287"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 はすでにあります。新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="302"/>
        <source>The batch could not be started.</source>
        <translation>バッチを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="316"/>
        <source>Cannot write %1: %2; no request was marked as sent.</source>
        <translation>%1 に書き込めません: %2。照会依頼は送信済みにしていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="320"/>
        <source>The batch could not be saved; the file was removed.</source>
        <translation>バッチを保存できなかったため、ファイルを削除しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="327"/>
        <source>Wrote the batch %1 with %n request(s) to %2.</source>
        <translation>
            <numerusform>照会依頼%n件のバッチ %1 を %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="338"/>
        <source>jukinet import needs --file FILE, the result file to read.</source>
        <translation>jukinet import には --file FILE(読み込む結果ファイル)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="342"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="48"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="355"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="361"/>
        <source>Imported results of the batch %1:</source>
        <translation>バッチ %1 の結果を取り込みました:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="362"/>
        <source>%n My Number(s) recorded,</source>
        <translation>
            <numerusform>個人番号の記録 %n件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="363"/>
        <source>%n without a match.</source>
        <translation>
            <numerusform>該当なし %n件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="51"/>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 は %2 KiB を超えています。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="55"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 は正しい JSON ではありません: %2(%3 バイト目)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="59"/>
        <source>%1 must hold one JSON object ({…}).</source>
        <translation>%1 には JSON オブジェクト({…})を1つだけ書いてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="68"/>
        <source>%1: unknown field &quot;%2&quot;. The fields are: %3.</source>
        <translation>%1: 項目 &quot;%2&quot; はありません。使える項目: %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="89"/>
        <source>%1: the field &quot;%2&quot; must be text.</source>
        <translation>%1: 項目 &quot;%2&quot; は文字列で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="92"/>
        <source>%1: the field &quot;%2&quot; is empty.</source>
        <translation>%1: 項目 &quot;%2&quot; が空です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="107"/>
        <source>%1: the field &quot;%2&quot;: %3</source>
        <translation>%1: 項目 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="124"/>
        <source>%1: the field &quot;%2&quot; must be a list of texts ([&quot;…&quot;]).</source>
        <translation>%1: 項目 &quot;%2&quot; は文字列の配列([&quot;…&quot;])で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="136"/>
        <source>%1: the field &quot;%2&quot; must be an object ({…}).</source>
        <translation>%1: 項目 &quot;%2&quot; はオブジェクト({…})で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="143"/>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1: 項目 &quot;%2&quot; がありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="177"/>
        <source>my_number: the field &quot;number&quot;: %1</source>
        <translation>my_number: 項目 &quot;number&quot;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="188"/>
        <source>my_number: the field &quot;number_check&quot; must be one of: %1.</source>
        <translation>my_number: 項目 &quot;number_check&quot; は次のいずれかにしてください: %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="195"/>
        <source>my_number: the field &quot;identity_check&quot;: %1</source>
        <translation>my_number: 項目 &quot;identity_check&quot;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="215"/>
        <source>same kana and date of birth</source>
        <translation>カナと生年月日が同じ</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="217"/>
        <source>same My Number</source>
        <translation>個人番号が同じ</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="236"/>
        <source>Valid: the check digit matches.</source>
        <translation>有効です: 検査用数字が一致します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="329"/>
        <source>The My Number key is not available.</source>
        <translation>個人番号の鍵が使えません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="352"/>
        <source>The duplicate check could not be recorded.</source>
        <translation>重複の確認を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>ATENA NUMBER</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <source>PERSON ID</source>
        <translation>宛名ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="371"/>
        <source>Nothing was saved: %n registered person(s) may be this person. Check them, then run again with --not-duplicate if this is someone else.</source>
        <translation>
            <numerusform>登録しませんでした: 同一人物の可能性がある登録済みの宛名が%n件あります。確認のうえ、別人であれば --not-duplicate を付けてもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="384"/>
        <source>The person could not be saved.</source>
        <translation>宛名を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="398"/>
        <source>Registered the person %1 with 宛名番号 %2.</source>
        <translation>宛名(ID %1)を宛名番号 %2 で登録しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="409"/>
        <source>Nothing to search for: give kana, a name, a 宛名番号, a date of birth or a phone number.</source>
        <translation>検索する内容がありません: カナ・氏名・宛名番号・生年月日・電話番号のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>KANA</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>BIRTH DATE</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>ADDRESS</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="446"/>
        <source>No person found.</source>
        <translation>該当する宛名はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="481"/>
        <source>%1: give the applicant by person_id or by atena_number, not both.</source>
        <translation>%1: 申請者は person_id か atena_number のどちらか一方だけで指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="503"/>
        <source>%1: the field &quot;channel&quot; must be one of: %2.</source>
        <translation>%1: 項目 &quot;channel&quot; は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="532"/>
        <source>No person has the 宛名番号 given in atena_number.</source>
        <translation>atena_number に指定した宛名番号の宛名はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="548"/>
        <source>FIELD</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="548"/>
        <source>PROBLEM</source>
        <translation>問題点</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="553"/>
        <source>The application was not saved: %n field(s) have problems.</source>
        <translation>
            <numerusform>申請を保存しませんでした: %n件の項目に問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="566"/>
        <source>Received the application %1 (id %2).</source>
        <translation>申請 %1 を受け付けました(ID %2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="570"/>
        <source>Documents still to be handed in (補正): %1</source>
        <translation>補正(未提出の書類): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="585"/>
        <source>demo needs --persons N, a number from 1 to %1.</source>
        <translation>demo には --persons N(1 から %1 までの数)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="590"/>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed には 0 から 4294967295 までの整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="609"/>
        <source>The database could not be read.</source>
        <translation>データベースを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="611"/>
        <source>This device is enrolled with the central store, so demo data is refused: it would reach the central store with the next sync. Use a separate database for trying.</source>
        <translation>この端末は中央システムに登録されているため、デモデータは作成できません。次の同期で中央システムに送られてしまいます。試用には別のデータベースを使ってください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="645"/>
        <source>Added %n fictional person(s)</source>
        <translation>
            <numerusform>架空の宛名を%n件追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="646"/>
        <source>in %n household(s), with %1 handbook(s) and %2 legal representative(s).</source>
        <translation>
            <numerusform>(世帯 %n件、手帳 %1件、法定代理人 %2件)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="652"/>
        <source>Leased %n block(s) of demo recipient numbers, so first grants can be approved.</source>
        <translation>
            <numerusform>最初の支給決定を決裁できるよう、デモ用の受給者番号の番号ブロックを%n件割り当てました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="657"/>
        <source>Created the city&apos;s certificate-issuing key.</source>
        <translation>市の受給者証発行鍵を作成しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="658"/>
        <source>Approved %n demo decision(s)</source>
        <translation>
            <numerusform>デモ用の決定を%n件決裁し、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="659"/>
        <source>and requested %n certificate(s), ready to print.</source>
        <translation>
            <numerusform>受給者証%n件の印刷を依頼しました(印刷できます)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="18"/>
        <source>decide reads its request from standard input.</source>
        <translation>decide は要求を標準入力から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="22"/>
        <source>The request is not valid JSON (at character %1: %2).</source>
        <translation>要求が正しい JSON ではありません(%1 文字目: %2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="26"/>
        <source>The request must be one JSON object.</source>
        <translation>要求は1つの JSON オブジェクトにしてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="56"/>
        <source>libsodium could not start.</source>
        <translation>libsodium を初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="60"/>
        <source>Madoguchi command line.

Commands:
  init --admin LOGIN [--name NAME]
        create the database and its first administrator; prints the recovery code and
        the administrator&apos;s second-factor (otpauth) URI, each only once
  db check            integrity and cipher checks (administrator)
  db rekey            give the database a new key and rewrap every key slot
                      (administrator)
  user add LOGIN --role R [--role R2…] [--scope S…] [--name NAME]
        create a staff account; prints its second-factor URI once (administrator)
  user list           the staff accounts (administrator)
  user disable LOGIN  remove the account&apos;s key slot for good (administrator)
  user unlock LOGIN   lift a lockout (administrator)
  setting list        the security settings and their values
  setting set KEY N   change one (administrator): lockout.max_failed_sign_ins,
                      lockout.minutes, session.idle_lock_minutes
  audit verify        check the audit log&apos;s hash chain and signatures (auditor)
  audit export --csv FILE --from YYYY-MM-DD --to YYYY-MM-DD
        the audit log of those UTC days as CSV (auditor)
  check mynumber N    exit 0 if N is a valid My Number (check digit), else 1 with the
                      reason; the number is never printed (no database, no sign-in)
  wareki DATE         2019-05-01 → 令和元年5月1日, R1.5.1 → 2019-05-01; exit 2 for a
                      date that does not exist (no database, no sign-in)
  decide              evaluate one benefit request (JSON on stdin: benefit, as_of,
                      applicant, household, setting, severe_continuous, device_cost)
                      and print the burden cap with its explanation as JSON; exit 2
                      naming the field for malformed input (no database, no sign-in)
  person add --json FILE [--not-duplicate]
        register a person (clerk). FILE is a JSON object: family_name, given_name,
        family_kana, given_kana (hiragana or katakana), birth_date (2025-07-18 or
        和暦), sex (male|female), address; optional atena_number (10 digits), phone,
        postal_code, address_since, my_number {number, number_check
        (mynumber_card|notification_card|residence_certificate), identity_check
        [document codes]}. A possible duplicate (same kana and birth date, or same
        My Number) saves nothing, lists the candidates and exits 1, unless
        --not-duplicate says the clerk checked them
  person search TEXT  kana, name, 宛名番号, date of birth or phone (clerk); exit 1 if
                      nobody is found
  intake submit --json FILE
        take an application (clerk, in the procedure&apos;s scope). FILE: procedure (a
        code of resources/procedures/procedures.json), person_id or atena_number,
        received_on, channel (counter|mail|outreach; default counter), fields
        {code: value}, attachments [codes received]; optional
        representative_person_id, representative_note. Field problems are listed
        and exit 2
  demo --persons N [--seed S]
        add N fictional persons for trying and benchmarking (administrator)
  person merge SURVIVOR MERGED
        two records of one person become one; SURVIVOR remains (ids or 宛名番号;
        administrator)
  person duplicates [--json]
        possible duplicates that sync brought from other devices (administrator)
  person duplicates dismiss ID | person duplicates merge ID --keep PERSON
        settle one: not the same person, or merge keeping PERSON (id or 宛名番号)
  mynumber not-provided --person ID --reason not_brought|declined|unable
        record that the applicant did not provide the My Number (clerk)
  jukinet request --person ID --items name,address,birth_date,sex
        queue a 住基ネット inquiry with the person&apos;s registered 4情報, or three items
        including address (clerk; &quot;not provided&quot; must be on record)
  jukinet list [--state queued|exported|answered|no_match]
        the inquiry requests (clerk, reviewer, approver)
  jukinet export --file FILE
        write the queued requests as one batch file for the terminal (clerk)
  jukinet import --file FILE
        record the My Numbers of a result file; a bad line refuses the whole file
        (clerk)
  certificate verify CODE [--keys FILE]
        check a certificate&apos;s QR code text: exit 0 valid, 1 not (tampered, expired,
        void, unknown key, …) with the reason. With --keys (a file from issuing-key
        export) it needs no database and no sign-in; without, it signs in and uses
        the database&apos;s issuing keys, and its certificate table (void, replaced)
  certificate print --recipient NUMBER [--ledger L] [--kind K] --pdf FILE
        print the recipient&apos;s current certificate (requested first if there is none)
        to a PDF; NUMBER is the 受給者番号 or 受給者証番号 (clerk)
  certificate batch [--ledger L] [--expiring-within DAYS] --pdf FILE
        every current certificate not yet handed over (or those of L, or those whose
        validity ends within DAYS) to one PDF, marked printed (clerk)
  certificate reissue --certificate ID --reason TEXT [--pdf FILE]
        再交付: a new certificate with the next issue number; the old one is void
  certificate list [--ledger L] [--state S] [--recipient NUMBER]
                   [--expiring-within DAYS]
        the print queue
  notice print --decision ID --pdf FILE
        the notice of an approved decision (支給決定通知書, 補装具費支給決定通知書 or
        却下通知書) to a PDF (clerk)
  notice renewal [--ledger L] --expiring-within DAYS --pdf FILE
        renewal notices (更新申請のお知らせ) of every recipient whose grant ends within
        DAYS (in L), to one PDF (clerk)
  issuing-key create|rotate|export [--file FILE]
        make the city&apos;s first certificate-issuing key, replace it (the old one keeps
        verifying what it signed), or write the public keys for offline verification
        to FILE or standard output (administrator)
  numbers lease --kind recipient|certificate --ledger L [--prefix P] --first A
                --last B
        record a block of 受給者番号 bodies (6 digits with the prefix; the check digit
        is added when issued) or of 受給者証番号 (10 digits) for a ledger
        (administrator)
  numbers list        the blocks of recipient numbers and what is left (administrator)
  ledger show --ledger L --recipient NUMBER
        the current state of the recipient with that 受給者番号 as JSON; exit 1 if
        nobody holds it (ledger.view)
  ledger list --ledger L [--status active|upcoming|expired|cancelled|rejected]
              [--expiring-within DAYS]
        the recipients of a ledger, one a line, tab-separated: 受給者番号, 受給者証番号,
        status, valid from, valid to, days left, monthly cap, name, kana, person id;
        soonest validity end first (ledger.view)
  central migrate --url URL
        create or update the central PostgreSQL store&apos;s schema (its owner&apos;s URL,
        postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA; the
        password from the URL or MADOGUCHI_CENTRAL_PASSWORD; no database, no sign-in)
  device enroll --url URL --name NAME --kind counter|outreach
        enrol this device with the central store (administrator; the owner&apos;s URL)
  device revoke ID --url URL
        revoke a device: its next sync is refused (administrator)
  device assign --url URL --device ID --person ID
  device unassign --url URL --device ID --person ID
        give an outreach device a case (the person&apos;s records reach it at its next
        sync) or take it back (the device removes them); administrator, owner&apos;s URL
  device cases --url URL --device ID [--json]
        the cases an outreach device holds (administrator; the owner&apos;s URL)
  sync [--url URL]    send this device&apos;s changes and receive the others&apos; (clerk,
                      outreach, administrator; the device&apos;s own credentials)
  sync export-package --out FILE
        sync by file: write this device&apos;s unsent changes, sealed for the office and
        signed, to FILE (e.g. on a USB stick); nothing is marked as sent yet
  sync import-package --url URL --in FILE --out REPLY
        at the office: read a device&apos;s package into the central store (the owner&apos;s
        URL; administrator) and write the REPLY file for the device
  sync import-reply --in REPLY
        on the device: read the office&apos;s reply (changes confirmed, others&apos; changes,
        number blocks); reading it twice changes nothing
  central staff add --url URL --login L --name N --role R [--role R2…] [--scope S…]
        a central staff account (the owner&apos;s URL; its password from
        --password-stdin or MADOGUCHI_NEW_PASSWORD); prints its second-factor URI once.
        The person&apos;s first sign-in on each device is online; later ones work offline
  central staff list --url URL
  central staff update|lock|unlock|disable|reset-password|reset-2fa --login L --url URL
        change, lock, unlock, disable a central account, or give it a new password
        (--password-stdin) or second factor (URI printed once); devices follow at
        their next sync
  device recover --url URL [--db PATH]
        open this device&apos;s database with its central escrow key when every password
        and the recovery code are lost; prints a new recovery code once (the owner&apos;s
        URL; no sign-in)

Roles: clerk reviewer approver auditor administrator outreach. Scopes: welfare_service
medical_rehabilitation medical_psychiatric devices.

Every command but init, check and wareki signs in with a password and a code from the
authenticator app. The password comes from MADOGUCHI_PASSWORD or --password-stdin,
the code from MADOGUCHI_OTP or --otp-stdin, the password of a new account (user add)
from MADOGUCHI_NEW_PASSWORD or --new-password-stdin; never from the command line. On
standard input each is one line, in that order.
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</source>
        <translation>窓口 コマンドライン。

コマンド:
  init --admin LOGIN [--name NAME]
        データベースと最初の管理者を作成します。回復コードと管理者の二要素認証
        (otpauth)URI を、それぞれ1回だけ表示します
  db check            整合性と暗号化の検査(管理者)
  db rekey            データベースの鍵を新しくし、すべての鍵スロットを再ラップします
                      (管理者)
  user add LOGIN --role R [--role R2…] [--scope S…] [--name NAME]
        職員アカウントを作成し、その二要素認証 URI を1回だけ表示します(管理者)
  user list           職員アカウントの一覧(管理者)
  user disable LOGIN  アカウントの鍵スロットを完全に削除します(管理者)
  user unlock LOGIN   ロックを解除します(管理者)
  setting list        セキュリティ設定とその値の一覧
  setting set KEY N   設定を1つ変更します(管理者): lockout.max_failed_sign_ins、
                      lockout.minutes、session.idle_lock_minutes
  audit verify        監査ログのハッシュチェーンと署名を検査します(監査担当)
  audit export --csv FILE --from YYYY-MM-DD --to YYYY-MM-DD
        指定した日(UTC)の監査ログを CSV で書き出します(監査担当)
  check mynumber N    N が正しい個人番号(検査用数字が一致)なら終了コード 0、そうでなければ
                      理由を示して 1。番号は表示しません(データベース・サインイン不要)
  wareki DATE         2019-05-01 → 令和元年5月1日、R1.5.1 → 2019-05-01。存在しない日付
                      は終了コード 2(データベース・サインイン不要)
  decide              給付の申請を1件判定します(標準入力の JSON: benefit, as_of,
                      applicant, household, setting, severe_continuous, device_cost)。
                      負担上限月額とその根拠を JSON で出力します。入力の形式が正しく
                      なければ項目名を示して終了コード 2(データベース・サインイン不要)
  person add --json FILE [--not-duplicate]
        宛名を登録します(窓口担当)。FILE は次の JSON オブジェクトです: family_name、
        given_name、family_kana、given_kana(ひらがなまたはカタカナ)、birth_date
        (2025-07-18 または和暦)、sex(male|female)、address。任意で atena_number
        (10桁)、phone、postal_code、address_since、my_number {number、number_check
        (mynumber_card|notification_card|residence_certificate)、identity_check
        [書類コード]}。重複の可能性(カナと生年月日が同じ、または個人番号が同じ)が
        あるときは何も保存せず、候補を表示して終了コード 1。ただし --not-duplicate
        で窓口担当が確認済みであることを示した場合は登録します
  person search TEXT  カナ、氏名、宛名番号、生年月日または電話番号で検索します(窓口担当)。
                      見つからなければ終了コード 1
  intake submit --json FILE
        申請を受け付けます(窓口担当。手続の担当業務の範囲内)。FILE: procedure
        (resources/procedures/procedures.json のコード)、person_id または
        atena_number、received_on、channel(counter|mail|outreach。既定は counter)、
        fields {コード: 値}、attachments [受け取った書類のコード]。任意で
        representative_person_id、representative_note。項目に問題があれば一覧を
        表示して終了コード 2
  demo --persons N [--seed S]
        試用・性能測定用に架空の宛名を N 件追加します(管理者)
  person merge SURVIVOR MERGED
        同一人物の2つの記録を1つに統合します。SURVIVOR が残ります(ID または
        宛名番号。管理者)
  person duplicates [--json]
        同期で他の端末から届いた重複の可能性の一覧(管理者)
  person duplicates dismiss ID | person duplicates merge ID --keep PERSON
        1件を処理します: 別人として記録するか、PERSON(ID または宛名番号)を残して統合
  mynumber not-provided --person ID --reason not_brought|declined|unable
        申請者から個人番号の提供がなかったことを記録します(窓口担当)
  jukinet request --person ID --items name,address,birth_date,sex
        登録済みの4情報、または住所を含む3情報で住基ネット照会を予約します
        (窓口担当。「提供なし」の記録が必要です)
  jukinet list [--state queued|exported|answered|no_match]
        照会依頼の一覧(窓口担当、審査担当、決裁者)
  jukinet export --file FILE
        予約した照会依頼を、照会端末用の一括ファイル1つに書き出します(窓口担当)
  jukinet import --file FILE
        結果ファイルの個人番号を記録します。不正な行が1行でもあればファイル全体を
        受け付けません(窓口担当)
  certificate verify CODE [--keys FILE]
        受給者証の QR コードの検証コードを検査します: 有効なら終了コード 0、
        そうでなければ(改ざん、期限切れ、無効、不明な鍵など)理由を示して 1。
        --keys(issuing-key export で書き出したファイル)を指定するとデータベース・
        サインイン不要。指定しないとサインインし、データベースの発行鍵と受給者証の
        一覧(無効、差し替え)を使います
  certificate print --recipient NUMBER [--ledger L] [--kind K] --pdf FILE
        受給者の現在の受給者証(なければ先に発行を依頼)を PDF に印刷します。
        NUMBER は受給者番号または受給者証番号(窓口担当)
  certificate batch [--ledger L] [--expiring-within DAYS] --pdf FILE
        まだ交付していない現在の受給者証すべて(または L のもの、または有効期間が
        DAYS 日以内に終わるもの)を1つの PDF にまとめ、印刷済みにします(窓口担当)
  certificate reissue --certificate ID --reason TEXT [--pdf FILE]
        再交付: 次の発行回の新しい受給者証を作成します。以前のものは無効になります
  certificate list [--ledger L] [--state S] [--recipient NUMBER]
                   [--expiring-within DAYS]
        印刷待ちの一覧
  notice print --decision ID --pdf FILE
        決裁済みの決定の通知書(支給決定通知書、補装具費支給決定通知書または
        却下通知書)を PDF に出力します(窓口担当)
  notice renewal [--ledger L] --expiring-within DAYS --pdf FILE
        支給期間が DAYS 日以内に終わる(L の)受給者全員の更新申請のお知らせを、
        1つの PDF に出力します(窓口担当)
  issuing-key create|rotate|export [--file FILE]
        市の最初の受給者証発行鍵を作成する、発行鍵を更新する(以前の鍵は署名済みの
        ものの検証に引き続き使われます)、またはオフライン検証用の公開鍵を FILE か
        標準出力に書き出します(管理者)
  numbers lease --kind recipient|certificate --ledger L [--prefix P] --first A
                --last B
        台帳の受給者番号の本体(接頭辞付きの6桁。検査用数字は払い出し時に付加)
        または受給者証番号(10桁)の番号ブロックを記録します(管理者)
  numbers list        受給者番号の番号ブロックと残りの番号の一覧(管理者)
  ledger show --ledger L --recipient NUMBER
        その受給者番号の受給者の現在の状態を JSON で出力します。該当者が
        いなければ終了コード 1(ledger.view)
  ledger list --ledger L [--status active|upcoming|expired|cancelled|rejected]
              [--expiring-within DAYS]
        台帳の受給者を1行に1人、タブ区切りで出力します: 受給者番号、受給者証番号、
        状態、有効期間の開始日、終了日、残り日数、負担上限月額、氏名、カナ、宛名 ID。
        有効期間の終わりが近い順(ledger.view)
  central migrate --url URL
        中央システム(PostgreSQL)のスキーマを作成または更新します(所有者の URL、
        postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA。
        パスワードは URL か MADOGUCHI_CENTRAL_PASSWORD から。データベース・
        サインイン不要)
  device enroll --url URL --name NAME --kind counter|outreach
        この端末を中央システムに登録します(管理者。所有者の URL)
  device revoke ID --url URL
        端末の登録を取り消します。その端末の次回の同期は拒否されます(管理者)
  device assign --url URL --device ID --person ID
  device unassign --url URL --device ID --person ID
        出張受付端末に担当ケースを割り当てる(宛名の記録は次回の同期で端末に届きます)、
        または割り当てを解除します(端末は記録を削除します)。管理者、所有者の URL
  device cases --url URL --device ID [--json]
        出張受付端末が持つ担当ケースの一覧(管理者。所有者の URL)
  sync [--url URL]    この端末の変更を送信し、他の端末の変更を受信します(窓口担当、
                      出張受付、管理者。端末自身の認証情報を使用)
  sync export-package --out FILE
        ファイルによる同期: この端末の未送信の変更を、庁舎向けに暗号化・署名して
        FILE(USB メモリなど)に書き出します。この時点ではまだ送信済みにしません
  sync import-package --url URL --in FILE --out REPLY
        庁舎で: 端末の同期ファイルを中央システムに読み込み(所有者の URL。管理者)、
        端末向けの返信ファイル REPLY を書き出します
  sync import-reply --in REPLY
        端末で: 庁舎からの返信ファイル(確認済みの変更、他の端末の変更、番号
        ブロック)を読み込みます。2回読み込んでも何も変わりません
  central staff add --url URL --login L --name N --role R [--role R2…] [--scope S…]
        中央システムの職員アカウントを作成します(所有者の URL。パスワードは
        --password-stdin か MADOGUCHI_NEW_PASSWORD から)。二要素認証 URI を1回だけ
        表示します。各端末での初回サインインはオンライン、2回目以降はオフラインでも
        行えます
  central staff list --url URL
  central staff update|lock|unlock|disable|reset-password|reset-2fa --login L --url URL
        中央アカウントを変更、ロック、ロック解除、無効化するか、新しいパスワード
        (--password-stdin)または二要素認証(URI を1回だけ表示)を設定します。各端末
        には次回の同期で反映されます
  device recover --url URL [--db PATH]
        すべてのパスワードと回復コードを失ったときに、中央システムの預託鍵でこの
        端末のデータベースを開きます。新しい回復コードを1回だけ表示します(所有者の
        URL。サインイン不要)

職務: clerk reviewer approver auditor administrator outreach。担当業務: welfare_service
medical_rehabilitation medical_psychiatric devices。

init、check、wareki 以外のコマンドは、パスワードと認証アプリのコードでサインインします。
パスワードは MADOGUCHI_PASSWORD か --password-stdin から、コードは MADOGUCHI_OTP か
--otp-stdin から、新しいアカウント(user add)のパスワードは MADOGUCHI_NEW_PASSWORD か
--new-password-stdin から渡します。コマンドラインには決して書かないでください。標準入力
では、それぞれを1行ずつ、この順序で渡します。
終了コード: 0 正常、1 否定的な結果、2 使い方または入力の誤り、3 認証または権限のエラー、4 データまたは整合性のエラー。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="216"/>
        <source>The database file (default: %1).</source>
        <translation>データベースファイル（既定: %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="220"/>
        <source>The account (default: MADOGUCHI_USER).</source>
        <translation>アカウント（既定: MADOGUCHI_USER）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="224"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="227"/>
        <source>Read the second-factor code from the next line of standard input.</source>
        <translation>二要素認証のコードを標準入力の次の行から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="230"/>
        <source>user add: read the new account&apos;s password from the next line of standard input.</source>
        <translation>user add: 新しいアカウントのパスワードを標準入力の次の行から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="234"/>
        <source>Print results as JSON (person add and intake submit also read their FILE as JSON).</source>
        <translation>結果を JSON で出力します(person add と intake submit では FILE も JSON として読み込みます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="237"/>
        <source>init: the first administrator&apos;s login.</source>
        <translation>init: 最初の管理者のログイン名。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="241"/>
        <source>init, user add: the person&apos;s display name (default: the login).</source>
        <translation>init、user add: 職員の表示名(省略時はログイン名)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="244"/>
        <source>user add: a role; repeat for more.</source>
        <translation>user add: 職務。複数指定するときは繰り返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="248"/>
        <source>user add: a business scope; repeat for more.</source>
        <translation>user add: 担当業務。複数指定するときは繰り返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="251"/>
        <source>audit export: the CSV file to write.</source>
        <translation>audit export: 書き出すCSVファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="254"/>
        <source>audit export: the first day (UTC).</source>
        <translation>audit export: 最初の日(UTC)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="257"/>
        <source>audit export: the last day (UTC).</source>
        <translation>audit export: 最後の日(UTC)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="261"/>
        <source>person add: the possible duplicates were checked; this is another person.</source>
        <translation>person add: 重複の可能性がある宛名は確認済みで、別人として登録します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="264"/>
        <source>demo: how many fictional persons.</source>
        <translation>demo: 追加する架空の宛名の件数。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="268"/>
        <source>demo: the random seed (the same seed gives the same people).</source>
        <translation>demo: 乱数のシード(同じシードからは同じ宛名が作られます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="272"/>
        <source>mynumber not-provided, jukinet request: the person&apos;s id or 宛名番号.</source>
        <translation>mynumber not-provided、jukinet request: 宛名の ID または宛名番号。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="277"/>
        <source>mynumber not-provided: why the number was not provided.</source>
        <translation>mynumber not-provided: 個人番号の提供がなかった理由。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="281"/>
        <source>jukinet request: the items to send, comma-separated.</source>
        <translation>jukinet request: 照会する項目(カンマ区切り)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="284"/>
        <source>jukinet list: only requests in this state.</source>
        <translation>jukinet list: この状態の照会依頼だけを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="288"/>
        <source>jukinet export: the batch file to write; jukinet import: the result file to read.</source>
        <translation>jukinet export: 書き出す一括ファイル。jukinet import: 読み込む結果ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="293"/>
        <source>numbers lease: recipient (受給者番号) or certificate (受給者証番号); certificate print: the kind of certificate (welfare_service, medical_psychiatric, …).</source>
        <translation>numbers lease: recipient(受給者番号)または certificate(受給者証番号)。certificate print: 受給者証の種類(welfare_service、medical_psychiatric など)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="299"/>
        <source>numbers lease, ledger show, ledger list: the ledger (a scope code).</source>
        <translation>numbers lease、ledger show、ledger list: 台帳(担当業務のコード)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="303"/>
        <source>numbers lease: the leading digits common to the block.</source>
        <translation>numbers lease: 番号ブロックに共通する先頭の桁(接頭番号)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="306"/>
        <source>numbers lease: the first number.</source>
        <translation>numbers lease: 最初の番号。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="309"/>
        <source>numbers lease: the last number.</source>
        <translation>numbers lease: 最後の番号。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="313"/>
        <source>ledger show, certificate print, certificate list: the 受給者番号.</source>
        <translation>ledger show、certificate print、certificate list: 受給者番号。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="317"/>
        <source>ledger list: only recipients in this status.</source>
        <translation>ledger list: この状態の受給者だけを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="321"/>
        <source>ledger list: only recipients whose validity ends from today to today + DAYS.</source>
        <translation>ledger list: 有効期間が今日から今日 + DAYS 日までに終わる受給者だけを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="334"/>
        <source>certificate verify: the issuing keys (a file from issuing-key export); no database or sign-in needed.</source>
        <translation>certificate verify: 発行鍵(issuing-key export で書き出したファイル)。データベース・サインイン不要になります。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="340"/>
        <source>person duplicates merge: the record that remains (id or 宛名番号).</source>
        <translation>person duplicates merge: 残す記録(ID または宛名番号)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="345"/>
        <source>certificate print, batch, reissue: the PDF file to write.</source>
        <translation>certificate print、batch、reissue: 書き出す PDF ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="349"/>
        <source>certificate reissue: the id of the certificate to replace.</source>
        <translation>certificate reissue: 差し替える受給者証の ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="353"/>
        <source>notice print: the id of the approved decision.</source>
        <translation>notice print: 承認済みの決定の ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="358"/>
        <source>central migrate, device enroll, device revoke, sync: the central store&apos;s URL.</source>
        <translation>central migrate、device enroll、device revoke、sync: 中央システムの URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="364"/>
        <source>sync import-package: the device&apos;s package; sync import-reply: the office&apos;s reply.</source>
        <translation>sync import-package: 端末の同期ファイル。sync import-reply: 庁舎からの返信ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="369"/>
        <source>sync export-package: the package to write; sync import-package: the reply to write.</source>
        <translation>sync export-package: 書き出す同期ファイル。sync import-package: 書き出す返信ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="375"/>
        <source>central staff: the central account&apos;s login.</source>
        <translation>central staff: 中央アカウントのログイン名。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="380"/>
        <source>device assign, unassign, cases: the outreach device&apos;s id.</source>
        <translation>device assign、unassign、cases: 出張受付端末の ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="383"/>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="37"/>
        <source>The issuing key file %1 cannot be read.</source>
        <translation>発行鍵ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="41"/>
        <source>The issuing key file %1 is too large.</source>
        <translation>発行鍵ファイル %1 が大きすぎます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="47"/>
        <source>The issuing key file %1 is not UTF-8 text.</source>
        <translation>発行鍵ファイル %1 が UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="82"/>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Certificate</source>
        <translation>受給者証</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="83"/>
        <source>Recipient number</source>
        <translation>受給者番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="84"/>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="85"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="89"/>
        <source>Monthly cap</source>
        <translation>負担上限月額</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="89"/>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="90"/>
        <source>Issued</source>
        <translation>交付日</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="92"/>
        <source>Reissue</source>
        <translation>再交付回数</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="93"/>
        <source>Issuing office</source>
        <translation>交付機関</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="94"/>
        <source>Certificate id</source>
        <translation>受給者証 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="96"/>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="98"/>
        <source>outreach device %1</source>
        <translation>出張受付端末 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="99"/>
        <source>city issuing key %1</source>
        <translation>市の発行鍵 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="106"/>
        <source>Issuing key %1, made %2.</source>
        <translation>発行鍵 %1(%2 作成)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="125"/>
        <source>Unknown ledger %1; use welfare_service, medical_rehabilitation, medical_psychiatric or devices.</source>
        <translation>不明な台帳です: %1。welfare_service、medical_rehabilitation、medical_psychiatric、devices のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="139"/>
        <source>--expiring-within takes a number of days from 0 to 3660.</source>
        <translation>--expiring-within には 0～3660 の日数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="147"/>
        <source>Name the PDF file with --pdf FILE.</source>
        <translation>PDF ファイルを --pdf FILE で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="245"/>
        <source>Created. %1</source>
        <translation>作成しました。%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="246"/>
        <source>Rotated; the previous key is retired and keeps verifying what it signed. %1</source>
        <translation>発行鍵を更新しました。以前の鍵は廃止されましたが、署名済みのものの検証には引き続き使われます。%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="263"/>
        <source>There is no issuing key yet; create one first.</source>
        <translation>発行鍵がまだありません。先に作成してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="272"/>
        <source>The issuing key file %1 could not be written.</source>
        <translation>発行鍵ファイル %1 を書き込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="274"/>
        <source>Wrote %n issuing key(s) to %1.</source>
        <translation>
            <numerusform>発行鍵%n件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="288"/>
        <source>Name the recipient with --recipient and the 受給者番号 or 受給者証番号 (digits).</source>
        <translation>受給者を --recipient と受給者番号または受給者証番号(数字)で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="298"/>
        <source>Unknown certificate kind %1; use welfare_service, community_consultation, medical_psychiatric, medical_rehabilitation, medical_upbringing, cap_management_sheet or device_voucher.</source>
        <translation>不明な受給者証の種類です: %1。welfare_service、community_consultation、medical_psychiatric、medical_rehabilitation、medical_upbringing、cap_management_sheet、device_voucher のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="303"/>
        <source>That kind of certificate is not issued from that ledger.</source>
        <translation>その種類の受給者証は、その台帳からは交付されません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="326"/>
        <source>The recipients could not be read.</source>
        <translation>受給者を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="334"/>
        <source>No recipient has that number.</source>
        <translation>その番号の受給者はいません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="336"/>
        <source>That number is a recipient in more than one ledger; name the ledger with --ledger.</source>
        <translation>その番号は複数の台帳の受給者に該当します。--ledger で台帳を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="357"/>
        <source>The current certificate %1 was handed over or mailed already. For a lost or damaged one, use certificate reissue.</source>
        <translation>現在の受給者証 %1 はすでに交付または郵送されています。紛失や破損の場合は certificate reissue を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="378"/>
        <source>Printed %1 no. %2 (certificate %3) to %4.</source>
        <translation>%1(交付番号 %2、受給者証 %3)を %4 に印刷しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="413"/>
        <source>Printed %n certificate(s) to %1.</source>
        <translation>
            <numerusform>受給者証%n件を %1 に印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="423"/>
        <source>Name the certificate with --certificate ID.</source>
        <translation>受給者証を --certificate ID で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="425"/>
        <source>Give the reason with --reason, for example --reason 紛失.</source>
        <translation>理由を --reason で指定してください(例: --reason 紛失)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="450"/>
        <source>Reissued as no. %1 (certificate %2); the old one is void.</source>
        <translation>交付番号 %1(受給者証 %2)として再交付しました。以前の受給者証は無効になりました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="472"/>
        <source>Unknown state %1; use requested, printed, handed_over, mailed or void.</source>
        <translation>不明な状態です: %1。requested、printed、handed_over、mailed、void のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Recipient</source>
        <translation>受給者</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>No.</source>
        <translation>交付番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="495"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="495"/>
        <source>Valid to</source>
        <translation>有効期間終了日</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="512"/>
        <source>Name the approved decision with --decision ID.</source>
        <translation>承認済みの決定を --decision ID で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="527"/>
        <source>Printed the notice to %1.</source>
        <translation>通知書を %1 に印刷しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="544"/>
        <source>Say how soon the grants end with --expiring-within DAYS.</source>
        <translation>有効期間が何日以内に終わる受給者が対象かを --expiring-within DAYS で指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="563"/>
        <source>Printed %n renewal notice(s) to %1.</source>
        <translation>
            <numerusform>更新申請のお知らせ %n 件を %1 に印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="44"/>
        <source>%1 needs --ledger (%2).</source>
        <translation>%1 には --ledger(%2)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="47"/>
        <source>Unknown ledger: %1. Ledgers are: %2.</source>
        <translation>不明な台帳です: %1。台帳は次のとおりです: %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="59"/>
        <source>numbers lease needs %1 N, a whole number.</source>
        <translation>numbers lease には %1 N(整数)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="62"/>
        <source>%1 takes a whole number of up to 12 digits, not %2.</source>
        <translation>%1 には12桁までの整数を指定してください(%2 は使えません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="115"/>
        <source>numbers lease needs --kind recipient (受給者番号) or --kind certificate (受給者証番号).</source>
        <translation>numbers lease には --kind recipient(受給者番号)または --kind certificate(受給者証番号)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="117"/>
        <source>Unknown kind of number: %1. Kinds are: recipient certificate.</source>
        <translation>不明な番号の種類です: %1。種類は recipient、certificate のいずれかです。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="150"/>
        <source>Leased the block %1–%2 (%3 numbers) of %4 numbers for the ledger %5.</source>
        <translation>台帳 %5 に%4の番号ブロック %1–%2(%3件)を割り当てました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>KIND</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>LEDGER</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>PREFIX</source>
        <translation>接頭番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>FIRST</source>
        <translation>先頭番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>LAST</source>
        <translation>末尾番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>NEXT</source>
        <translation>次の番号</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>REMAINING</source>
        <translation>残数</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>ORIGIN</source>
        <translation>割当元</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="220"/>
        <source>ledger show needs --recipient NUMBER, the 受給者番号.</source>
        <translation>ledger show には --recipient NUMBER(受給者番号)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="253"/>
        <source>Unknown status: %1. Statuses are: %2.</source>
        <translation>不明な状態です: %1。状態は次のとおりです: %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="260"/>
        <source>--expiring-within takes a number of days from 0 to 99999, not %1.</source>
        <translation>--expiring-within には 0～99999 の日数を指定してください(%1 は使えません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="25"/>
        <location filename="../app/cli/CliSyncCommands.cpp" line="23"/>
        <source>%1 needs --url postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 には --url postgresql://USER@HOST:PORT/DATABASE が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="40"/>
        <source>%1 needs --url URL --device ID --person ID.</source>
        <translation>%1 には --url URL --device ID --person ID が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="42"/>
        <source>%1 needs --url URL --device ID.</source>
        <translation>%1 には --url URL --device ID が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="73"/>
        <source>The case %1 was assigned to the device %2 already.</source>
        <translation>担当ケース %1 はすでに端末 %2 に割り当てられています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCaseCommands.cpp" line="77"/>
        <source>Assigned the case %1 to the device %2: %n record(s) reach it at its next sync.</source>
        <translation>
            <numerusform>担当ケース %1 を端末 %2 に割り当てました。%n件の記録が次回の同期でその端末に届きます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="107"/>
        <source>The case %1 was not assigned to the device %2.</source>
        <translation>担当ケース %1 は端末 %2 に割り当てられていませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="111"/>
        <source>Took the case %1 back from the device %2: the device removes its records at its next sync.</source>
        <translation>端末 %2 から担当ケース %1 の割り当てを解除しました。端末は次回の同期でその記録を削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="145"/>
        <source>The device %1 holds no assigned cases.</source>
        <translation>端末 %1 には割り当てられた担当ケースがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>Person</source>
        <translation>宛名</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>Assigned at</source>
        <translation>割り当て日時</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>How</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="150"/>
        <source>registered on the device</source>
        <translation>端末で登録</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="151"/>
        <source>assigned by %1</source>
        <translation>%1 が割り当て</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="62"/>
        <source>The central store %1 is up to date (schema %2).</source>
        <translation>中央システム %1 は最新です(スキーマ %2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="67"/>
        <source>Updated the central store %1 from schema %2 to %3.</source>
        <translation>中央システム %1 のスキーマを %2 から %3 に更新しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="84"/>
        <source>device enroll needs --kind counter or --kind outreach.</source>
        <translation>device enroll には --kind counter または --kind outreach が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="86"/>
        <source>device enroll needs --name NAME, the device&apos;s name.</source>
        <translation>device enroll には --name NAME(端末名)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="102"/>
        <source>Enrolled this device as %1 (%2, id %3) with the central store %4.</source>
        <translation>この端末を %1(%2、ID %3)として中央システム %4 に登録しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="128"/>
        <source>Revoked the device %1: its next sync is refused.</source>
        <translation>端末 %1 の登録を取り消しました。この端末の次回の同期は拒否されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="159"/>
        <source>Synchronized: %1 changes sent, %2 received, %3 conflicts waiting to be resolved.</source>
        <translation>同期しました: 送信した変更 %1件、受信した変更 %2件、解決待ちの競合 %3件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncCommands.cpp" line="166"/>
        <source>Leased %n new block(s) of numbers from the central store.</source>
        <translation>
            <numerusform>中央システムから番号ブロックを%n件新たに取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="30"/>
        <source>%1 needs --url postgresql://USER@HOST:PORT/DATABASE (the central store owner&apos;s).</source>
        <translation>%1 には --url postgresql://USER@HOST:PORT/DATABASE(中央システムの所有者の URL)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="47"/>
        <source>Unknown role %1.</source>
        <translation>不明な職務です: %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="59"/>
        <source>Unknown scope %1.</source>
        <translation>不明な担当業務です: %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="77"/>
        <source>locked until %1 (UTC)</source>
        <translation>%1 (UTC) までロック中</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="89"/>
        <source>Second factor of %1 (shown only now: scan it into the authenticator app):</source>
        <translation>%1 の二要素認証(表示はこの1回だけです。認証アプリで読み取ってください):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="108"/>
        <source>Usage: central staff add|update|lock|unlock|disable|reset-password|reset-2fa --login LOGIN --url URL, or central staff list --url URL.</source>
        <translation>使い方: central staff add|update|lock|unlock|disable|reset-password|reset-2fa --login LOGIN --url URL、または central staff list --url URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="121"/>
        <source>Unknown command: central staff %1. See madoguchi-cli --help.</source>
        <translation>不明なコマンドです: central staff %1。madoguchi-cli --help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="143"/>
        <source>Give the account at least one role with --role.</source>
        <translation>--role でアカウントに職務を1つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="204"/>
        <source>Changed the central account %1.</source>
        <translation>中央アカウント %1 を変更しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="207"/>
        <source>Locked the central account %1.</source>
        <translation>中央アカウント %1 をロックしました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="210"/>
        <source>Unlocked the central account %1.</source>
        <translation>中央アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="213"/>
        <source>Disabled the central account %1; devices remove its key slot at their next sync.</source>
        <translation>中央アカウント %1 を無効にしました。各端末は次回の同期でその鍵スロットを削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="217"/>
        <source>Set a new password for %1; the next sign-in on each device is online.</source>
        <translation>%1 の新しいパスワードを設定しました。各端末での次回のサインインはオンラインで行います。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="229"/>
        <source>Usage: device recover --url URL [--db PATH].</source>
        <translation>使い方: device recover --url URL [--db PATH]。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="266"/>
        <source>Opened the database of device %1 with its central escrow key.</source>
        <translation>端末 %1 のデータベースを、中央システムの預託鍵で開きました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="269"/>
        <source>New recovery code (shown only now; the old one no longer works):</source>
        <translation>新しい回復コード(表示はこの1回だけです。以前の回復コードは使えなくなりました):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="271"/>
        <source>Keep it where the first recovery code was kept. Staff with central accounts sign in again online once an administrator has reset their central password.</source>
        <translation>最初の回復コードを保管していた場所に保管してください。中央アカウントを持つ職員は、管理者が中央システムのパスワードを再設定した後、オンラインでもう一度サインインします。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="28"/>
        <source>sync export-package needs --out FILE, the package to write.</source>
        <translation>sync export-package には --out FILE(書き出す同期ファイル)が必要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="41"/>
        <source>Wrote sync package %1 with %n change(s) to %2. Take it to the office; the changes stay marked as not sent until the reply is read.</source>
        <translation>
            <numerusform>同期ファイル %1(変更 %n件)を %2 に書き出しました。庁舎に持参してください。返信ファイルを読み込むまで、変更は未送信のままです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="55"/>
        <source>sync import-package needs --url postgresql://USER@HOST:PORT/DATABASE, the central store&apos;s owner URL.</source>
        <translation>sync import-package には --url postgresql://USER@HOST:PORT/DATABASE(中央システムの所有者の URL)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="58"/>
        <source>sync import-package needs --in FILE (the device&apos;s package) and --out FILE (the reply to write).</source>
        <translation>sync import-package には --in FILE(端末の同期ファイル)と --out FILE(書き出す返信ファイル)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="84"/>
        <source>Read package %1 of device %2: %3 changes, %4 of them new. Wrote the reply with %5 changes and %6 number blocks to %7.</source>
        <translation>端末 %2 の同期ファイル %1 を読み込みました: 変更 %3件(うち新規 %4件)。変更 %5件と番号ブロック %6件を含む返信ファイルを %7 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="95"/>
        <source>The reply could not hold every change; the device receives the rest with its next package or online sync.</source>
        <translation>返信ファイルにすべての変更を収められませんでした。残りの変更は、その端末の次の同期ファイルかオンラインの同期で届きます。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="106"/>
        <source>sync import-reply needs --in FILE, the reply from the office.</source>
        <translation>sync import-reply には --in FILE(庁舎からの返信ファイル)が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="123"/>
        <source>Read the reply to package %1: %2 changes confirmed as sent, %3 received, %4 conflicts waiting to be resolved.</source>
        <translation>同期ファイル %1 への返信ファイルを読み込みました: 送信済みと確認された変更 %2件、受信した変更 %3件、解決待ちの競合 %4件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="131"/>
        <source>Recorded %n new block(s) of numbers.</source>
        <translation>
            <numerusform>番号ブロックを新たに %n件記録しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictQueue</name>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="118"/>
        <source>The sync conflicts could not be counted.</source>
        <translation>同期の競合の件数を数えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="134"/>
        <source>The sync conflicts could not be read.</source>
        <translation>同期の競合を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="165"/>
        <source>The sync conflict could not be read.</source>
        <translation>同期の競合を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="169"/>
        <source>This conflict is not waiting any more (it was resolved already).</source>
        <translation>この競合はすでに解決済みです。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="233"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="335"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="344"/>
        <source>The resolution could not be saved.</source>
        <translation>解決内容を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="241"/>
        <source>The record on this computer changed after you opened the conflict. Open it again to see both versions as they are now.</source>
        <translation>競合を開いた後で、この端末の記録が変更されました。もう一度開いて、現在の両方の内容を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="245"/>
        <source>This change from another device does not fit this computer&apos;s records; it can only be set aside (keep this computer&apos;s version).</source>
        <translation>他の端末からのこの変更は、この端末の記録と整合しません。保留にする(この端末の内容を残す)ことしかできません。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="252"/>
        <source>The field %1 is not one of the differences of this conflict.</source>
        <translation>項目 %1 はこの競合の相違点ではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="280"/>
        <source>Take %1 from the same version.</source>
        <translation>%1も同じ側の内容を採用してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="280"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="294"/>
        <source>This computer has no table for this record any more.</source>
        <translation>この端末には、この記録のテーブルがもうありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="309"/>
        <source>This record was deleted on this computer, so the other device&apos;s change cannot be taken; keep this computer&apos;s version.</source>
        <translation>この記録はこの端末で削除されているため、他の端末の変更を採用できません。この端末の内容を残してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="351"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="386"/>
        <source>Person</source>
        <translation>宛名</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="352"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="388"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="353"/>
        <source>Disability handbook</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="354"/>
        <source>Legal representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="355"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="356"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="357"/>
        <source>Recipient</source>
        <translation>受給者</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="358"/>
        <source>Certificate</source>
        <translation>受給者証</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="368"/>
        <source>Resident record number</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="369"/>
        <source>Family name</source>
        <translation>氏</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="370"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="371"/>
        <source>Family name (kana)</source>
        <translation>氏（カナ）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="372"/>
        <source>Given name (kana)</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="373"/>
        <source>Search key (kana)</source>
        <translation>検索用キー（氏カナ）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="374"/>
        <source>Search key (given kana)</source>
        <translation>検索用キー（名カナ）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="375"/>
        <source>Search key (name)</source>
        <translation>検索用キー（氏）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="376"/>
        <source>Search key (given name)</source>
        <translation>検索用キー（名）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="377"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="378"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="379"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="380"/>
        <source>Search key (phone)</source>
        <translation>検索用キー（電話番号）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="381"/>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="382"/>
        <source>Relationship to the head</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="383"/>
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="384"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="385"/>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="387"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="389"/>
        <source>Valid from</source>
        <translation>有効期間開始日</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="390"/>
        <source>Valid to</source>
        <translation>有効期間終了日</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="391"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="392"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="393"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="394"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="395"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="396"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="397"/>
        <source>Issued on</source>
        <translation>交付日</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="398"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="399"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="413"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="415"/>
        <source>(encrypted or binary data)</source>
        <translation>（暗号化データまたはバイナリデータ）</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="418"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="418"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="160"/>
        <source>The database could not be prepared: %1</source>
        <translation>データベースを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="164"/>
        <source>The database library in use does not encrypt. Madoguchi will not store data without encryption.</source>
        <translation>使用中のデータベースライブラリは暗号化に対応していません。窓口は暗号化せずにデータを保存することはありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="171"/>
        <source>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</source>
        <translation>データベースファイルを鍵で読み取れません。ファイルが破損しているか、途中で切れているか、この鍵ファイルのものではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="182"/>
        <source>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</source>
        <translation>データベースファイルが途中で切れています（ヘッダーに記録された長さより短くなっています）。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="194"/>
        <source>The database could not be configured: %1</source>
        <translation>データベースを設定できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="197"/>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>データベースを先行書き込みログ（WAL）モードに切り替えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="199"/>
        <source>The database did not enable foreign keys.</source>
        <translation>データベースで外部キー制約を有効にできませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="209"/>
        <source>The database key could not be applied.</source>
        <translation>データベースの鍵を適用できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="211"/>
        <source>The database file could not be opened: %1</source>
        <translation>データベースファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="242"/>
        <source>The database could not be read: %1</source>
        <translation>データベースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="247"/>
        <source>The database&apos;s field key does not open with the database key.</source>
        <translation>データベースの項目暗号鍵を、データベースの鍵で開けません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="257"/>
        <source>The database&apos;s field key could not be created.</source>
        <translation>データベースの項目暗号鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="285"/>
        <location filename="../core/store/Database.cpp" line="310"/>
        <location filename="../core/store/Database.cpp" line="393"/>
        <source>There is no database at %1.</source>
        <translation>%1 にはデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="294"/>
        <location filename="../core/store/Database.cpp" line="319"/>
        <source>The key file is there but the database file %1 is missing.</source>
        <translation>鍵ファイルはありますが、データベースファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="333"/>
        <source>Choose where to keep the database.</source>
        <translation>データベースの保存場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="336"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>ログイン名は、英字・数字・ピリオド・ハイフン・アンダースコアの 1～64 文字です。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="44"/>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="342"/>
        <location filename="../core/store/Database.cpp" line="380"/>
        <source>A database already exists at %1.</source>
        <translation>%1 にはすでにデータベースがあります。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="346"/>
        <source>Secure memory for the database key is not available.</source>
        <translation>データベースの鍵を置くセキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="371"/>
        <source>The database key is not usable.</source>
        <translation>データベースの鍵を使用できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="383"/>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="389"/>
        <source>The database file %1 could not be created.</source>
        <translation>データベースファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="419"/>
        <source>The new database could not be set up: %1</source>
        <translation>新しいデータベースを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="477"/>
        <location filename="../core/store/Database.cpp" line="487"/>
        <location filename="../core/store/Database.cpp" line="511"/>
        <location filename="../core/store/Database.cpp" line="523"/>
        <location filename="../core/store/Database.cpp" line="534"/>
        <location filename="../core/store/Database.cpp" line="549"/>
        <location filename="../core/store/Database.cpp" line="565"/>
        <location filename="../core/store/Database.cpp" line="574"/>
        <location filename="../core/store/Database.cpp" line="586"/>
        <source>The database is closed.</source>
        <translation>データベースは閉じられています。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="498"/>
        <source>The database key could not be copied.</source>
        <translation>データベースの鍵をコピーできませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="600"/>
        <source>Secure memory is not available.</source>
        <translation>セキュアメモリを確保できません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="633"/>
        <source>The re-encrypted copy could not be started.</source>
        <translation>再暗号化したコピーの作成を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="651"/>
        <location filename="../core/store/Database.cpp" line="657"/>
        <source>The re-encrypted copy could not be written: %1</source>
        <translation>再暗号化したコピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="682"/>
        <source>Close the other connections to the database before changing its key.</source>
        <translation>鍵を変更する前に、データベースへのほかの接続を閉じてください。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="689"/>
        <source>The re-encrypted database could not replace the old one.</source>
        <translation>再暗号化したデータベースで元のデータベースを置き換えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="705"/>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="710"/>
        <source>The database is not encrypted by SQLCipher.</source>
        <translation>データベースが SQLCipher で暗号化されていません。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="717"/>
        <source>The schema version is %1; %2 was expected.</source>
        <translation>スキーマバージョンが %1 です（%2 であるべきです）。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="726"/>
        <source>Encrypted page check: %1</source>
        <translation>暗号化ページの検査: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="732"/>
        <source>The integrity check could not run: %1</source>
        <translation>整合性検査を実行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="738"/>
        <source>Integrity check: %1</source>
        <translation>整合性検査: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="745"/>
        <source>Some rows refer to rows that do not exist (table %1).</source>
        <translation>存在しない行を参照している行があります（テーブル %1）。</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="752"/>
        <source>The key file has no recovery slot.</source>
        <translation>鍵ファイルに回復用スロットがありません。</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../core/decision/Decision.cpp" line="52"/>
        <source>Grant (支給決定)</source>
        <translation>支給決定</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="54"/>
        <source>Rejection (却下)</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="56"/>
        <source>Change (変更決定)</source>
        <translation>変更決定</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="58"/>
        <source>Cancellation (取消)</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="60"/>
        <source>Provisional grant (暫定支給決定)</source>
        <translation>暫定支給決定</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="62"/>
        <source>Final grant (本支給決定)</source>
        <translation>本支給決定</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="28"/>
        <source>Welfare services</source>
        <translation>障害福祉サービス</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="30"/>
        <source>Medical care (rehabilitation)</source>
        <translation>自立支援医療（更生医療）</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="32"/>
        <source>Medical care (psychiatric)</source>
        <translation>自立支援医療（精神通院）</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="34"/>
        <source>Prosthetic devices</source>
        <translation>補装具・日常生活用具</translation>
    </message>
</context>
<context>
    <name>DecisionQueries</name>
    <message>
        <location filename="../core/decision/DecisionQueries.cpp" line="19"/>
        <source>The applications awaiting decision could not be read.</source>
        <translation>決定待ちの申請を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="129"/>
        <location filename="../core/decision/DecisionService.cpp" line="242"/>
        <location filename="../core/decision/DecisionService.cpp" line="313"/>
        <source>The application could not be read.</source>
        <translation>申請を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="132"/>
        <source>There is no such application.</source>
        <translation>その申請はありません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="137"/>
        <location filename="../core/decision/DecisionService.cpp" line="316"/>
        <source>The application&apos;s stored status is not valid.</source>
        <translation>保存されている申請の状態が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="153"/>
        <source>A decision cannot be drafted on an application in status &apos;%1&apos;.</source>
        <translation>状態が「%1」の申請には決定を起案できません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="183"/>
        <location filename="../core/decision/DecisionService.cpp" line="218"/>
        <source>The decision could not be saved.</source>
        <translation>決定を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="199"/>
        <source>An approved decision cannot be changed. Draft a change or cancellation decision that refers to it.</source>
        <translation>決裁済みの決定は変更できません。この決定を参照する変更決定または取消決定を起案してください。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="203"/>
        <source>This decision was sent for approval and can no longer be edited.</source>
        <translation>この決定は決裁に回されたため、編集できません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="233"/>
        <source>This decision was sent for approval already.</source>
        <translation>この決定はすでに決裁に回されています。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="264"/>
        <source>The decision could not be sent for approval.</source>
        <translation>決定を決裁に回せませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="280"/>
        <source>This decision has been approved already.</source>
        <translation>この決定はすでに決裁済みです。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="283"/>
        <source>This decision has not been sent for approval yet.</source>
        <translation>この決定はまだ決裁に回されていません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="301"/>
        <location filename="../core/decision/DecisionService.cpp" line="456"/>
        <location filename="../core/decision/DecisionService.cpp" line="491"/>
        <location filename="../core/decision/DecisionService.cpp" line="514"/>
        <location filename="../core/decision/DecisionService.cpp" line="579"/>
        <source>The decisions could not be read.</source>
        <translation>決定を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="304"/>
        <source>The decision this one refers to was changed or cancelled by another decision in the meantime.</source>
        <translation>参照している決定が、その間に別の決定で変更または取り消されました。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="323"/>
        <source>The application is in status &apos;%1&apos; and no longer awaits this decision.</source>
        <translation>申請の状態が「%1」のため、この決定を待っていません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="374"/>
        <source>The approval could not be saved.</source>
        <translation>決裁を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="387"/>
        <source>The recipient numbers could not be read.</source>
        <translation>受給者番号を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="398"/>
        <source>No block of recipient numbers (受給者番号 and 受給者証番号) is open for this ledger, so the decision cannot be approved yet. An administrator must lease a block of recipient numbers first.</source>
        <translation>この台帳で使える受給者番号(受給者番号・受給者証番号)の番号ブロックがないため、まだ決定を決裁できません。先に管理者が受給者番号の番号ブロックを割り当てる必要があります。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="461"/>
        <location filename="../core/decision/DecisionService.cpp" line="499"/>
        <location filename="../core/decision/DecisionService.cpp" line="520"/>
        <source>A stored decision is not valid.</source>
        <translation>保存されている決定が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="471"/>
        <source>The number of days cannot be negative.</source>
        <translation>日数に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="517"/>
        <source>There is no such decision.</source>
        <translation>その決定はありません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="531"/>
        <source>A rejection or cancellation needs a reason (field &quot;reason&quot;).</source>
        <translation>却下・取消には理由が必要です（項目「reason」）。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="534"/>
        <source>The rule version the evaluation used is missing (field &quot;rule_version&quot;).</source>
        <translation>判定に使った規則の版がありません（項目「rule_version」）。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="539"/>
        <source>The validity period is missing (fields &quot;valid_from&quot; and &quot;valid_to&quot;).</source>
        <translation>有効期間がありません（項目「valid_from」と「valid_to」）。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="542"/>
        <source>The validity period ends before it starts.</source>
        <translation>有効期間の終了日が開始日より前です。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="545"/>
        <source>The monthly cap cannot be negative.</source>
        <translation>負担上限月額に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="548"/>
        <source>A change, cancellation or final decision must name the decision it refers to (field &quot;refers_to&quot;).</source>
        <translation>変更決定・取消決定・本支給決定では、参照する決定を指定してください（項目「refers_to」）。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="553"/>
        <source>A decision cannot refer to itself.</source>
        <translation>決定は自分自身を参照できません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="558"/>
        <source>The decision it refers to does not exist (field &quot;refers_to&quot;).</source>
        <translation>参照している決定がありません（項目「refers_to」）。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="563"/>
        <source>The decision it refers to has not been approved.</source>
        <translation>参照している決定はまだ決裁されていません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="566"/>
        <source>The decision it refers to is of another person or ledger.</source>
        <translation>参照している決定は別の人または別の台帳のものです。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="569"/>
        <source>A rejection or cancellation cannot be changed by a later decision.</source>
        <translation>却下・取消を後の決定で変更することはできません。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="573"/>
        <source>A final decision (本支給決定) refers to a provisional one (暫定支給決定).</source>
        <translation>本支給決定は暫定支給決定を参照する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="582"/>
        <source>The decision it refers to was already changed or cancelled; refer to the current one.</source>
        <translation>参照している決定はすでに変更または取り消されています。現在の決定を参照してください。</translation>
    </message>
</context>
<context>
    <name>DemoCertificates</name>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="71"/>
        <location filename="../core/certificate/DemoCertificates.cpp" line="155"/>
        <source>The demo staff could not be created.</source>
        <translation>デモ用の職員を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="146"/>
        <location filename="../core/certificate/DemoCertificates.cpp" line="238"/>
        <source>The demo data could not be saved.</source>
        <translation>デモデータを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="184"/>
        <source>The persons could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="125"/>
        <source>The number of demo persons is not valid.</source>
        <translation>デモ用の人数が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="136"/>
        <location filename="../core/registry/DemoData.cpp" line="161"/>
        <location filename="../core/registry/DemoData.cpp" line="169"/>
        <location filename="../core/registry/DemoData.cpp" line="345"/>
        <source>The demo data could not be written.</source>
        <translation>デモデータを書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="141"/>
        <source>Not enough 宛名番号 are left for that many.</source>
        <translation>その人数分の宛名番号が残っていません。</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="52"/>
        <source>The device card (the .central file beside the database) is damaged: the field %1 is missing or not valid.</source>
        <translation>端末カード(データベースと同じ場所にある .central ファイル)が破損しています: 項目 %1 がないか、正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="86"/>
        <source>The device card (the .central file beside the database) is too large to be one.</source>
        <translation>端末カード(データベースと同じ場所にある .central ファイル)が大きすぎるため、端末カードとして扱えません。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="92"/>
        <source>The device card (the .central file beside the database) is not readable.</source>
        <translation>端末カード(データベースと同じ場所にある .central ファイル)を読み取れません。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="102"/>
        <source>The device card was written by a newer version of Madoguchi. Update Madoguchi on this computer.</source>
        <translation>端末カードは新しいバージョンの窓口で作成されています。このコンピュータの窓口を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="111"/>
        <source>The device card (the .central file beside the database) has an unknown field %1.</source>
        <translation>端末カード(データベースと同じ場所にある .central ファイル)に不明な項目 %1 があります。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="154"/>
        <source>This computer has no device card: it is not enrolled with the central server.</source>
        <translation>このコンピュータには端末カードがありません。中央システムに登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="157"/>
        <source>The device card cannot be read.</source>
        <translation>端末カードを読み込めません。</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="183"/>
        <source>The device card could not be written beside the database.</source>
        <translation>端末カードをデータベースと同じ場所に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DeviceCertificate</name>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="283"/>
        <source>The device certificate has the wrong length (%1 bytes instead of %2).</source>
        <translation>端末証明書の長さが正しくありません(%1 バイト。正しくは %2 バイト)。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="289"/>
        <source>The device certificate is of an unknown version.</source>
        <translation>端末証明書のバージョンが不明です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="298"/>
        <source>The device certificate is damaged.</source>
        <translation>端末証明書が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="301"/>
        <source>The device certificate&apos;s validity ends before it starts.</source>
        <translation>端末証明書の有効期間の終了日が開始日より前になっています。</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="64"/>
        <source>The device identity could not be read: %1</source>
        <translation>端末の識別情報を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="75"/>
        <source>The device identity stored in the database is damaged.</source>
        <translation>データベースに保存されている端末の識別情報が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="82"/>
        <source>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>端末の署名鍵をこのデータベースの鍵で開けません。改ざんされているか、別のデータベースのものです。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="94"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="159"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="97"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="162"/>
        <source>The key that protects the device signing key must be 32 bytes.</source>
        <translation>端末の署名鍵を保護する鍵は 32 バイトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="118"/>
        <source>A device signing key could not be made.</source>
        <translation>端末の署名鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="121"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="175"/>
        <source>The device signing key could not be encrypted.</source>
        <translation>端末の署名鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="135"/>
        <source>The device identity could not be stored: %1</source>
        <translation>端末の識別情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="148"/>
        <source>This database has no device identity yet.</source>
        <translation>このデータベースには、まだ端末の識別情報がありません。</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="180"/>
        <source>The device signing key could not be stored: %1</source>
        <translation>端末の署名鍵を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <location filename="../core/documents/DocumentFonts.cpp" line="85"/>
        <source>The font for printing documents (%1) was not found. Reinstall Madoguchi.</source>
        <translation>帳票印刷用のフォント(%1)が見つかりませんでした。窓口を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="70"/>
        <location filename="../core/documents/DocumentLayout.cpp" line="96"/>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>キー &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="75"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; は数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="80"/>
        <source>&quot;%1&quot; is %2, outside %3 to %4.</source>
        <translation>&quot;%1&quot; が %2 です。%3～%4 の範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="101"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="113"/>
        <source>&quot;%1&quot; names the field &quot;%2&quot;; field names are lower-case letters, digits and underscores.</source>
        <translation>&quot;%1&quot; が項目 &quot;%2&quot; を指定しています。項目名に使えるのは英小文字・数字・アンダースコアだけです。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="117"/>
        <source>&quot;%1&quot; names an individual number (My Number) field; documents never print the My Number.</source>
        <translation>&quot;%1&quot; が個人番号(マイナンバー)の項目を指定しています。帳票に個人番号は印刷できません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="130"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; は true または false でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="145"/>
        <source>&quot;%1&quot; must be left, center or right.</source>
        <translation>&quot;%1&quot; は left、center、right のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="160"/>
        <source>&quot;%1&quot; must be plain, wareki, yen or number.</source>
        <translation>&quot;%1&quot; は plain、wareki、yen、number のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="169"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>不明なキー &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="194"/>
        <source>the placeholder {%1} must be {field} or {field:plain|wareki|yen|number}.</source>
        <translation>差し込み項目 {%1} は {field} または {field:plain|wareki|yen|number} の形式にしてください。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="198"/>
        <source>the placeholder {%1} names an individual number (My Number) field; documents never print the My Number.</source>
        <translation>差し込み項目 {%1} が個人番号(マイナンバー)の項目を指定しています。帳票に個人番号は印刷できません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="226"/>
        <source>Document layout %1: %2</source>
        <translation>帳票レイアウト %1: %2</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="236"/>
        <source>not valid JSON at character %1 (%2).</source>
        <translation>%1 文字目が正しい JSON ではありません(%2)。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="240"/>
        <source>the file must hold one JSON object.</source>
        <translation>ファイルには JSON オブジェクトを1つだけ書いてください。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="257"/>
        <source>&quot;kind&quot; must be lower-case letters, digits and underscores.</source>
        <translation>&quot;kind&quot; に使えるのは英小文字・数字・アンダースコアだけです。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="265"/>
        <source>&quot;paper&quot; must be A3, A4, A5, B4 or B5.</source>
        <translation>&quot;paper&quot; は A3、A4、A5、B4、B5 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="267"/>
        <source>&quot;orientation&quot; must be portrait or landscape.</source>
        <translation>&quot;orientation&quot; は portrait または landscape でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="272"/>
        <source>&quot;elements&quot; must be a list of at least one element.</source>
        <translation>&quot;elements&quot; は1つ以上の要素の配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="279"/>
        <source>element %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="281"/>
        <source>%1 must be a JSON object.</source>
        <translation>%1 は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="287"/>
        <source>%1 has the unknown type &quot;%2&quot;.</source>
        <translation>%1 の種類 &quot;%2&quot; は不明です。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="290"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="292"/>
        <source>%1 (%2): </source>
        <translation>%1(%2): </translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="323"/>
        <source>give either &quot;field&quot; or &quot;text&quot;.</source>
        <translation>&quot;field&quot; か &quot;text&quot; のどちらかを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="345"/>
        <source>&quot;labelWidth&quot; must be less than &quot;w&quot;.</source>
        <translation>&quot;labelWidth&quot; は &quot;w&quot; より小さくなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="365"/>
        <source>&quot;columns&quot; must be a list of column widths.</source>
        <translation>&quot;columns&quot; は列幅の配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="371"/>
        <source>&quot;columns&quot; must hold positive numbers.</source>
        <translation>&quot;columns&quot; には正の数を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="388"/>
        <source>&quot;columns&quot; must be a list of columns.</source>
        <translation>&quot;columns&quot; は列の配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="395"/>
        <source>column %1 must be a JSON object.</source>
        <translation>列 %1 は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="399"/>
        <source>column %1: </source>
        <translation>列 %1: </translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="429"/>
        <source>%1 (%2) runs off the %3 page (right edge %4 mm, bottom %5 mm).</source>
        <translation>%1(%2)が %3 の用紙からはみ出しています(右端 %4 mm、下端 %5 mm)。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="441"/>
        <location filename="../core/documents/DocumentLayout.cpp" line="445"/>
        <source>There is no document layout &quot;%1&quot;.</source>
        <translation>帳票レイアウト &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="449"/>
        <source>&quot;kind&quot; is &quot;%1&quot;, not the file&apos;s name.</source>
        <translation>&quot;kind&quot; が &quot;%1&quot; で、ファイル名と一致しません。</translation>
    </message>
</context>
<context>
    <name>DocumentPrintDialog</name>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="51"/>
        <source>Print documents</source>
        <translation>帳票の印刷</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="53"/>
        <source>Printing was cancelled.</source>
        <translation>印刷を中止しました。</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="62"/>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="36"/>
        <source>There are no documents to print.</source>
        <translation>印刷する帳票がありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="54"/>
        <source>The printer or PDF file could not be opened.</source>
        <translation>プリンタまたは PDF ファイルを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="64"/>
        <source>A new page could not be started.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="71"/>
        <source>Printing was cancelled.</source>
        <translation>印刷を中止しました。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="75"/>
        <source>The documents could not be finished.</source>
        <translation>帳票を完成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="97"/>
        <location filename="../core/documents/DocumentWriter.cpp" line="105"/>
        <source>The PDF file could not be written.</source>
        <translation>PDF ファイルを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidates</name>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="84"/>
        <source>Same My Number</source>
        <translation>個人番号が同じ</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="85"/>
        <source>Same name in kana and same date of birth</source>
        <translation>カナ氏名と生年月日が同じ</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="100"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="120"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="149"/>
        <source>The records received could not be checked for duplicates.</source>
        <translation>受信した記録の重複を確認できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="130"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="172"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="185"/>
        <source>The duplicate candidates could not be saved.</source>
        <translation>重複候補を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="197"/>
        <source>The duplicate candidates could not be read.</source>
        <translation>重複候補を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="215"/>
        <source>The duplicate candidate could not be read.</source>
        <translation>重複候補を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="217"/>
        <source>There is no duplicate candidate with this id.</source>
        <translation>このIDの重複候補はありません。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="220"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="239"/>
        <source>This duplicate candidate was settled already.</source>
        <translation>この重複候補はすでに処理済みです。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="237"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="258"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="284"/>
        <source>The duplicate candidate could not be saved.</source>
        <translation>重複候補を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="273"/>
        <source>Keep one of the two records of this duplicate candidate (宛名番号 %1 or %2).</source>
        <translation>この重複候補の2件の記録(宛名番号 %1 または %2)のうち、どちらか一方を残してください。</translation>
    </message>
</context>
<context>
    <name>EraTable</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="98"/>
        <source>Era table</source>
        <translation>元号表</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="111"/>
        <source>the code &apos;%1&apos; is not one capital Latin letter</source>
        <translation>コード &apos;%1&apos; がラテン大文字1文字ではありません</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="114"/>
        <source>the code %1 is listed twice</source>
        <translation>コード %1 が重複しています</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="117"/>
        <source>the era name is empty</source>
        <translation>元号名が空です</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="120"/>
        <source>the era name &apos;%1&apos; must be written in kanji</source>
        <translation>元号名 &apos;%1&apos; は漢字で書いてください</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="122"/>
        <source>the era name %1 is listed twice</source>
        <translation>元号名 %1 が重複しています</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="125"/>
        <source>the first day &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>開始日 &apos;%1&apos; が日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="131"/>
        <source>accepted_from &apos;%1&apos; is neither &apos;-&apos; nor a date (YYYY-MM-DD)</source>
        <translation>accepted_from &apos;%1&apos; が &apos;-&apos; でも日付(YYYY-MM-DD)でもありません</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="134"/>
        <source>accepted_from is before the era&apos;s first day</source>
        <translation>accepted_from が元号の開始日より前です</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="139"/>
        <source>%1 does not begin after %2: eras must be listed oldest first</source>
        <translation>%1 が %2 より後に始まっていません。元号は古い順に並べてください</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="143"/>
        <source>%1 begins before %2 accepts its first date</source>
        <translation>%1 が、%2 の最初の受付日より前に始まっています</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="151"/>
        <source>The era table lists no era.</source>
        <translation>元号表に元号がありません。</translation>
    </message>
</context>
<context>
    <name>FieldKeyExchange</name>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="38"/>
        <source>exchanging the city&apos;s My Number key</source>
        <translation>市のマイナンバー鍵の交換</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="49"/>
        <source>The city&apos;s My Number key sent by the central server is malformed. Nothing was saved; ask the administrator.</source>
        <translation>中央システムから送られた市のマイナンバー鍵の形式が正しくありません。何も保存していません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="55"/>
        <source>The city&apos;s My Number key sent by the central server does not open with this computer&apos;s key. Nothing was saved; ask the administrator.</source>
        <translation>中央システムから送られた市のマイナンバー鍵を、この端末の鍵で開くことができません。何も保存していません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="60"/>
        <source>The city&apos;s My Number key sent by the central server belongs to another key id than it is filed under. Nothing was saved; ask the administrator.</source>
        <translation>中央システムから送られた市のマイナンバー鍵は、登録されている鍵IDとは別の鍵IDのものです。何も保存していません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="73"/>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="83"/>
        <source>The city&apos;s My Number key could not be saved on this computer.</source>
        <translation>市のマイナンバー鍵をこの端末に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="95"/>
        <source>The city&apos;s My Number key could not be sealed to this computer&apos;s key.</source>
        <translation>市のマイナンバー鍵をこの端末の鍵で暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="159"/>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="270"/>
        <source>The city&apos;s My Number key on this computer differs from the one the central server holds for it. Nothing was changed; ask the administrator.</source>
        <translation>この端末の市のマイナンバー鍵が、中央システムがこの端末用に保持している鍵と異なります。何も変更していません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="178"/>
        <source>The city&apos;s My Number key on this computer differs from the one the central server holds. Nothing was changed; ask the administrator.</source>
        <translation>この端末の市のマイナンバー鍵が、中央システムが保持している鍵と異なります。何も変更していません。管理者に問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="58"/>
        <source>This form has no such field.</source>
        <translation>この様式にその項目はありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="65"/>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="71"/>
        <source>Enter text.</source>
        <translation>文字を入力してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/FormValidator.cpp" line="80"/>
        <source>Enter exactly %n digit(s).</source>
        <translation>
            <numerusform>ちょうど%n桁の数字を入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/FormValidator.cpp" line="86"/>
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>%n文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="96"/>
        <source>Enter a date that exists.</source>
        <translation>実在する日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="105"/>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="112"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1 から %2 までの数を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="114"/>
        <source>Enter a number of at least %1.</source>
        <translation>%1 以上の数を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="116"/>
        <source>Enter a number of at most %1.</source>
        <translation>%1 以下の数を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="124"/>
        <source>Choose one of the listed options.</source>
        <translation>一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="131"/>
        <source>Answer yes or no.</source>
        <translation>はいかいいえで答えてください。</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="142"/>
        <source>This document is not on the checklist of this procedure.</source>
        <translation>この書類はこの手続きのチェックリストにありません。</translation>
    </message>
</context>
<context>
    <name>HandBlocks</name>
    <message>
        <location filename="../core/sync/HandBlocks.cpp" line="54"/>
        <source>reporting the hand-leased numbers</source>
        <translation>手動割当ての番号の報告</translation>
    </message>
    <message>
        <location filename="../core/sync/HandBlocks.cpp" line="65"/>
        <source>The hand-leased block %1 %2–%3 overlaps numbers the central store has handed out, so no more numbers are issued from it. Ask the administrator to check the numbers already issued from it.</source>
        <translation>手動割当ての番号ブロック %1 %2–%3 は中央システムが払い出した番号と重複しているため、このブロックからは今後番号を発行しません。このブロックから発行済みの番号を確認するよう、管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>HighCostRules</name>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="52"/>
        <source>The rule table high_cost is missing from this build.</source>
        <translation>このビルドには規則表 high_cost がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="61"/>
        <source>month is not a valid date.</source>
        <translation>month が正しい日付ではありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="65"/>
        <source>No row of the rule table high_cost for %1 is in effect on %2.</source>
        <translation>規則表 high_cost に、%2 時点で有効な %1 の行がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="71"/>
        <source>rule %1 from %2; %3</source>
        <translation>規則 %1、%2 から適用。%3</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="82"/>
        <source>burdens[%1].amount must not be negative.</source>
        <translation>burdens[%1].amount に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="84"/>
        <source>burdens[%1].person is empty.</source>
        <translation>burdens[%1].person が空です。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="96"/>
        <source>%1: 補装具 %2 yen not counted: no 障害福祉サービス or 障害児支援 that month.</source>
        <translation>%1: 補装具 %2円は算入しません: その月に障害福祉サービス・障害児支援の利用がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="103"/>
        <source>%1: 介護保険 %2 yen not counted: no 障害福祉サービス burden that month.</source>
        <translation>%1: 介護保険 %2円は算入しません: その月に障害福祉サービスの負担がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="114"/>
        <source>%1: %2 %3 yen counted.</source>
        <translation>%1: %2 %3円を算入。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="116"/>
        <source>The household&apos;s counted burdens: %1 yen.</source>
        <translation>世帯の算入負担額: %1円。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="122"/>
        <source>Only 障害福祉サービス and 障害児支援: the 基準額 is the highest 受給者証 上限額, %1 yen (%2).</source>
        <translation>障害福祉サービス・障害児支援のみ: 基準額は受給者証の上限額のうち最も高い額、%1円です(%2)。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="130"/>
        <source>課税世帯: 算定基準額 %1 yen (%2).</source>
        <translation>課税世帯: 算定基準額 %1円(%2)。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="131"/>
        <source>非課税・生活保護: 算定基準額 %1 yen (%2).</source>
        <translation>非課税・生活保護: 算定基準額 %1円(%2)。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="136"/>
        <source>Refund: %1 yen.</source>
        <translation>支給額(償還): %1円。</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="143"/>
        <source>The claim of %1 is after %2: expired (%3).</source>
        <translation>%1 の請求は期限 %2 を過ぎているため、時効です(%3)。</translation>
    </message>
</context>
<context>
    <name>IdentityChecks</name>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="49"/>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="104"/>
        <source>My Number card (個人番号カード)</source>
        <translation>個人番号カード</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="51"/>
        <source>Driver&apos;s license (運転免許証)</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="53"/>
        <source>Driving record certificate (運転経歴証明書, issued from 2012-04-01)</source>
        <translation>運転経歴証明書(平成24年4月1日以降交付のもの)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="56"/>
        <source>Passport (旅券)</source>
        <translation>旅券</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="58"/>
        <source>Physical disability handbook (身体障害者手帳)</source>
        <translation>身体障害者手帳</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="60"/>
        <source>Mental health and welfare handbook (精神障害者保健福祉手帳)</source>
        <translation>精神障害者保健福祉手帳</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="62"/>
        <source>Rehabilitation handbook (療育手帳)</source>
        <translation>療育手帳</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="64"/>
        <source>Residence card (在留カード)</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="66"/>
        <source>Special permanent resident certificate (特別永住者証明書)</source>
        <translation>特別永住者証明書</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="68"/>
        <source>Health insurance certificate (健康保険の資格確認書・被保険者証)</source>
        <translation>健康保険の資格確認書・被保険者証</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="71"/>
        <source>Pension book (年金手帳)</source>
        <translation>年金手帳</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="73"/>
        <source>Long-term care insurance certificate (介護保険被保険者証)</source>
        <translation>介護保険被保険者証</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="106"/>
        <source>Notification card (通知カード), name and address matching the residence record</source>
        <translation>通知カード(氏名・住所が住民票の記載と一致するもの)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="109"/>
        <source>Copy of the residence record with the number (住民票の写し)</source>
        <translation>個人番号付きの住民票の写し</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="111"/>
        <source>Inquiry to the resident registry network (住基ネット照会)</source>
        <translation>住基ネット照会</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="145"/>
        <source>Record how the applicant&apos;s identity was confirmed (身元確認): one photo ID, or two other documents.</source>
        <translation>申請者の身元確認の方法を記録してください(写真付きの書類1点、またはそれ以外の書類2点)。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="152"/>
        <source>A notification card (通知カード) confirms the number only, never the applicant&apos;s identity (身元確認). Choose a photo ID or two other documents.</source>
        <translation>通知カードで確認できるのは番号だけで、申請者の身元確認にはなりません。写真付きの書類1点か、それ以外の書類2点を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="158"/>
        <source>The identity document &quot;%1&quot; is not one Madoguchi knows.</source>
        <translation>本人確認書類「%1」は窓口では扱えない種類です。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="167"/>
        <source>A document without a photo confirms identity (身元確認) only together with a second, different document. Add another document or a photo ID.</source>
        <translation>写真のない書類は、別の種類の書類と2点そろって初めて身元確認になります。書類をもう1点追加するか、写真付きの書類を選んでください。</translation>
    </message>
</context>
<context>
    <name>InquiryRule</name>
    <message>
        <location filename="../core/jukinet/JukinetInquiry.cpp" line="33"/>
        <source>An inquiry with three items must include the address (住所). Name, birth date and sex alone are not allowed: the city&apos;s assessment requires the four items (4情報) or three items that include the address.</source>
        <translation>3情報で照会する場合は住所を含めてください。氏名・生年月日・性別だけの照会はできません(市の評価書により、4情報か住所を含む3情報が必要です)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/jukinet/JukinetInquiry.cpp" line="37"/>
        <source>An inquiry needs the four items (name, address, birth date, sex: 4情報) or three items that include the address (住所を含む3情報); %n item(s) given.</source>
        <translation>
            <numerusform>照会には4情報(氏名・住所・生年月日・性別)か住所を含む3情報が必要です。いまは%n項目です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="138"/>
        <source>Choose the applicant.</source>
        <translation>申請者を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="140"/>
        <source>The applicant is not in the register.</source>
        <translation>申請者が宛名に登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="144"/>
        <source>The representative cannot be the applicant.</source>
        <translation>代理人を申請者と同じ人にはできません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="147"/>
        <source>The representative is not in the register.</source>
        <translation>代理人が宛名に登録されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/IntakeService.cpp" line="151"/>
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>%n文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="154"/>
        <source>Enter the date of receipt.</source>
        <translation>受付日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="157"/>
        <source>The date of receipt cannot be in the future.</source>
        <translation>受付日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="169"/>
        <location filename="../core/intake/IntakeService.cpp" line="373"/>
        <source>There is no procedure &apos;%1&apos;.</source>
        <translation>手続き &apos;%1&apos; はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/IntakeService.cpp" line="182"/>
        <source>%n entry(s) of the form need attention.</source>
        <translation>
            <numerusform>様式の%n項目を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="197"/>
        <source>The application could not be saved: the database is busy.</source>
        <translation>申請を保存できませんでした: データベースが使用中です。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="239"/>
        <location filename="../core/intake/IntakeService.cpp" line="244"/>
        <source>The application could not be saved.</source>
        <translation>申請を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="260"/>
        <location filename="../core/intake/IntakeService.cpp" line="316"/>
        <location filename="../core/intake/IntakeService.cpp" line="359"/>
        <source>The application could not be read.</source>
        <translation>申請を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="262"/>
        <location filename="../core/intake/IntakeService.cpp" line="318"/>
        <source>There is no such application.</source>
        <translation>その申請はありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="268"/>
        <source>The application&apos;s stored status is not valid.</source>
        <translation>保存されている申請の状態が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="276"/>
        <source>An application in status &apos;%1&apos; cannot change to &apos;%2&apos;.</source>
        <translation>状態「%1」の申請を「%2」に変更することはできません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="301"/>
        <source>The status could not be saved.</source>
        <translation>状態を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="336"/>
        <source>The stored application is not valid.</source>
        <translation>保存されている申請が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="380"/>
        <source>The form is too large to be saved as a draft.</source>
        <translation>様式が大きすぎて下書きとして保存できません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="396"/>
        <location filename="../core/intake/IntakeService.cpp" line="408"/>
        <source>The draft could not be saved.</source>
        <translation>下書きを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="410"/>
        <source>The draft is gone (submitted or discarded).</source>
        <translation>下書きはもうありません(提出済みか破棄済みです)。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="418"/>
        <location filename="../core/intake/IntakeService.cpp" line="466"/>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="426"/>
        <source>The draft could not be read.</source>
        <translation>下書きを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="428"/>
        <location filename="../core/intake/IntakeService.cpp" line="432"/>
        <location filename="../core/intake/IntakeService.cpp" line="474"/>
        <source>There is no such draft.</source>
        <translation>その下書きはありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="451"/>
        <source>The drafts could not be read.</source>
        <translation>下書きを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="472"/>
        <source>The draft could not be discarded.</source>
        <translation>下書きを破棄できませんでした。</translation>
    </message>
</context>
<context>
    <name>IssuingKeyExchange</name>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="39"/>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="172"/>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="241"/>
        <source>The issuing keys of other devices could not be saved.</source>
        <translation>他の端末の発行鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="111"/>
        <source>The issuing keys made on this outreach device are not shared: the central server shares issuing keys made on counter workstations only.</source>
        <translation>この出張受付端末で作成した発行鍵は共有されません。中央システムが共有するのは窓口端末で作成した発行鍵だけです。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="124"/>
        <source>The central server refused this device&apos;s issuing keys: their public halves are malformed.</source>
        <translation>中央システムがこの端末の発行鍵を拒否しました。公開鍵の形式が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="128"/>
        <source>The central server shares issuing keys made on counter workstations only. Make the city&apos;s issuing key on a counter workstation at the office.</source>
        <translation>中央システムが共有するのは窓口端末で作成した発行鍵だけです。市の発行鍵は庁舎の窓口端末で作成してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="133"/>
        <source>The central server holds a different issuing key under the id of one of this device&apos;s keys. Ask the administrator.</source>
        <translation>中央システムは、この端末の発行鍵のいずれかと同じIDで別の発行鍵を保持しています。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="135"/>
        <source>sending the issuing keys</source>
        <translation>発行鍵の送信</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="153"/>
        <source>receiving the issuing keys</source>
        <translation>発行鍵の受信</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="190"/>
        <source>The central server sent the issuing key %1 in a malformed form (its id does not belong to its public key, or its dates are wrong). It is not trusted on this device; ask the administrator to revoke it.</source>
        <translation>中央システムから送られた発行鍵 %1 の形式が正しくありません(IDが公開鍵と一致しないか、日付が誤っています)。この端末ではこの鍵を信頼しません。管理者に鍵の失効を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="205"/>
        <source>The central server sent the issuing key %1 with another public half than before. The new one is not trusted on this device; ask the administrator.</source>
        <translation>中央システムから送られた発行鍵 %1 の公開鍵が以前と異なります。新しい鍵はこの端末では信頼しません。管理者に問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>IssuingKeys</name>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="74"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="229"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="264"/>
        <source>The issuing keys could not be read.</source>
        <translation>発行鍵を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="89"/>
        <source>An issuing key stored in the database is damaged.</source>
        <translation>データベースに保存されている発行鍵が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="130"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="259"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="133"/>
        <source>The database is closed.</source>
        <translation>データベースは閉じられています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="138"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="190"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="198"/>
        <source>The issuing key could not be saved.</source>
        <translation>発行鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="145"/>
        <source>An issuing key exists already; rotate it to make a new one.</source>
        <translation>発行鍵はすでにあります。新しい鍵にするには更新(rotate)してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="148"/>
        <source>There is no issuing key to rotate yet; create one first.</source>
        <translation>更新する発行鍵がまだありません。先に作成してください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="168"/>
        <source>An issuing key could not be made.</source>
        <translation>発行鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="173"/>
        <source>The issuing key could not be encrypted.</source>
        <translation>発行鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="252"/>
        <source>There is no issuing key yet.</source>
        <translation>発行鍵がまだありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="267"/>
        <source>This device does not hold the city&apos;s current issuing key.</source>
        <translation>この端末には市の現在の発行鍵がありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="276"/>
        <source>The issuing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>発行鍵をこのデータベースの鍵で開けません。改ざんされているか、別のデータベースのものです。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="295"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="340"/>
        <source>The issuing keys could not be saved.</source>
        <translation>発行鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="312"/>
        <source>The key file&apos;s issuing key %1 differs from the one on record.</source>
        <translation>鍵ファイルの発行鍵 %1 が、登録されている発行鍵と異なります。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="318"/>
        <source>The key file&apos;s current issuing key %1 is not this database&apos;s current key.</source>
        <translation>鍵ファイルの現在の発行鍵 %1 は、このデータベースの現在の発行鍵ではありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="354"/>
        <source>The device id must be a UUID.</source>
        <translation>端末IDは UUID でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="356"/>
        <source>The device&apos;s public key must be 32 bytes.</source>
        <translation>端末の公開鍵は 32 バイトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="359"/>
        <source>The device certificate&apos;s period is missing or ends before it starts.</source>
        <translation>端末証明書の有効期間がないか、終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="374"/>
        <source>The device certificate could not be signed.</source>
        <translation>端末証明書に署名できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="396"/>
        <source>The device certificate was signed with an issuing key this device does not know; import the issuing keys first.</source>
        <translation>端末証明書は、この端末が認識していない発行鍵で署名されています。先に発行鍵を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="401"/>
        <source>The device certificate&apos;s signature does not verify.</source>
        <translation>端末証明書の署名を検証できません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="408"/>
        <source>The device certificate belongs to another device.</source>
        <translation>端末証明書は別の端末のものです。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="421"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="428"/>
        <source>The device certificate could not be saved.</source>
        <translation>端末証明書を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="437"/>
        <source>The device certificate could not be read.</source>
        <translation>端末証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="439"/>
        <source>This device has no device certificate.</source>
        <translation>この端末には端末証明書がありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="443"/>
        <source>The device certificate stored in the database is damaged.</source>
        <translation>データベースに保存されている端末証明書が破損しています。</translation>
    </message>
</context>
<context>
    <name>JukinetFile</name>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="61"/>
        <source>Line %1: %2 The file was not imported; nothing was changed.</source>
        <translation>%1 行目: %2 ファイルは取り込んでいません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="92"/>
        <source>The result file is larger than %1 MiB; it is not a result file.</source>
        <translation>結果ファイルが %1 MiB を超えています。結果ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="96"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="105"/>
        <source>The file ends in the middle of this line: it is truncated.</source>
        <translation>ファイルがこの行の途中で終わっています。途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="117"/>
        <source>The line holds a character that a result file never contains.</source>
        <translation>結果ファイルには含まれるはずのない文字がこの行にあります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="123"/>
        <source>This is not a 住基ネット result file for Madoguchi (the first line must start with %1).</source>
        <translation>窓口用の住基ネット結果ファイルではありません(1行目は %1 で始まる必要があります)。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="127"/>
        <source>The file format version is not %1.</source>
        <translation>ファイル形式のバージョンが %1 ではありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="129"/>
        <source>The batch id is not valid.</source>
        <translation>バッチIDが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="131"/>
        <source>The number of results is not a number.</source>
        <translation>結果の件数が数値ではありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="138"/>
        <source>The column line must be: request_id, result, my_number (separated by tabs).</source>
        <translation>列見出しの行は request_id, result, my_number(タブ区切り)でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="143"/>
        <source>The line is empty.</source>
        <translation>行が空です。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="146"/>
        <source>Expected 3 fields separated by tabs, found %1.</source>
        <translation>タブ区切りの項目は3つのはずですが、%1 個あります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="148"/>
        <source>The request id is not valid.</source>
        <translation>照会IDが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="151"/>
        <source>The request %1 was already answered on line %2.</source>
        <translation>照会 %1 にはすでに %2 行目で回答があります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="161"/>
        <source>A match must carry a 12-digit My Number.</source>
        <translation>一致(match)の結果には12桁の個人番号が必要です。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="171"/>
        <source>A no_match result must not carry a number.</source>
        <translation>不一致(no_match)の結果に番号を含めてはいけません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="173"/>
        <source>The result must be match or no_match.</source>
        <translation>結果は match か no_match でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="178"/>
        <source>The column line is missing: the file is truncated.</source>
        <translation>列見出しの行がありません。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="181"/>
        <source>The file ends after %1 of the %2 results its first line announces: it is truncated.</source>
        <translation>1行目では %2 件とされていますが、%1 件でファイルが終わっています。途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="186"/>
        <source>The file holds %1 results, more than the %2 its first line announces.</source>
        <translation>1行目では %2 件とされていますが、ファイルには %1 件の結果があります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="191"/>
        <source>The file holds no results.</source>
        <translation>ファイルに結果がありません。</translation>
    </message>
</context>
<context>
    <name>JukinetService</name>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="91"/>
        <source>The name and the address must each be on one line, without tabs.</source>
        <translation>氏名と住所は、それぞれタブを含まない1行で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="94"/>
        <source>The name may have at most %1 and the address at most %2 characters.</source>
        <translation>氏名は %1 文字まで、住所は %2 文字までです。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="99"/>
        <source>The birth date is not plausible.</source>
        <translation>生年月日があり得ない日付です。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="101"/>
        <source>The sex must be male or female.</source>
        <translation>性別は男か女を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="114"/>
        <source>The person could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="116"/>
        <source>There is no person with this id.</source>
        <translation>このIDの宛名はありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="119"/>
        <source>Record first that the applicant did not provide the My Number. 住基ネット is asked only when the applicant could not provide it.</source>
        <translation>先に、申請者が個人番号を提示しなかったことを記録してください。住基ネットへの照会は、申請者が番号を提示できなかった場合に限ります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="123"/>
        <source>A My Number is already on record for this person; no inquiry is needed.</source>
        <translation>この方の個人番号はすでに記録されているため、照会は不要です。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="126"/>
        <source>An inquiry for this person is already waiting for its answer.</source>
        <translation>この方の照会はすでに回答待ちです。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="145"/>
        <source>The inquiry request could not be saved.</source>
        <translation>照会依頼を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="160"/>
        <source>The inquiry requests could not be read.</source>
        <translation>照会依頼を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="198"/>
        <source>The batch could not be started.</source>
        <translation>バッチを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="203"/>
        <source>No inquiry requests are waiting to be sent.</source>
        <translation>送信待ちの照会依頼はありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="227"/>
        <source>The batch file could not be written; no request was marked as sent.</source>
        <translation>バッチファイルを書き込めませんでした。送信済みにした依頼はありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="235"/>
        <source>The batch could not be saved.</source>
        <translation>バッチを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="256"/>
        <source>The import could not be started.</source>
        <translation>取り込みを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="261"/>
        <source>The batch could not be read.</source>
        <translation>バッチを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="263"/>
        <source>No batch with this id was exported from this database.</source>
        <translation>このIDのバッチは、このデータベースから出力されていません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="282"/>
        <source>There is no inquiry request with the id %1.</source>
        <translation>ID %1 の照会依頼はありません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="286"/>
        <source>The request %1 was not exported in this batch.</source>
        <translation>照会 %1 はこのバッチで出力されていません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="288"/>
        <source>The request %1 was answered already.</source>
        <translation>照会 %1 にはすでに回答があります。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="293"/>
        <source>The My Number key is not available.</source>
        <translation>個人番号の鍵が使えません。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="296"/>
        <source>The same My Number as on line %1 is given for a different request.</source>
        <translation>%1 行目と同じ個人番号が、別の照会に対して返されています。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="307"/>
        <source>The My Number records could not be read.</source>
        <translation>個人番号の記録を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="312"/>
        <source>This My Number is already recorded for another person. Check the result with the terminal operator.</source>
        <translation>この個人番号はすでに別の方に記録されています。端末の操作担当者と結果を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="316"/>
        <source>A different My Number is already on record for the person of request %1.</source>
        <translation>照会 %1 の方には、すでに別の個人番号が記録されています。</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="358"/>
        <source>The results could not be saved; nothing was changed.</source>
        <translation>結果を保存できませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="96"/>
        <source>The key file is damaged or is not a Madoguchi key file.</source>
        <translation>鍵ファイルが破損しているか、窓口の鍵ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="102"/>
        <source>The key file has been altered.</source>
        <translation>鍵ファイルが改ざんされています。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="109"/>
        <source>A cryptographic operation failed (the computer may be low on memory).</source>
        <translation>暗号処理に失敗しました（コンピューターのメモリが不足している可能性があります）。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="116"/>
        <source>The database key does not belong to this key file.</source>
        <translation>データベースの鍵がこの鍵ファイルのものではありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="121"/>
        <source>There is no account with that login.</source>
        <translation>そのログイン名のアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="126"/>
        <source>The password is not correct.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="132"/>
        <source>The key derivation settings are outside the accepted range.</source>
        <translation>鍵導出の設定値が許容範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="657"/>
        <source>No password was given.</source>
        <translation>パスワードが入力されていません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="679"/>
        <location filename="../core/security/KeySlotFile.cpp" line="974"/>
        <source>The database key has the wrong size.</source>
        <translation>データベースの鍵の長さが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="693"/>
        <source>The key file beside the database is missing.</source>
        <translation>データベースと同じ場所にあるはずの鍵ファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="697"/>
        <source>The key file cannot be read.</source>
        <translation>鍵ファイルを読み込めません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="728"/>
        <source>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</source>
        <translation>鍵ファイルは新しいバージョンの窓口で作成されています。開くには窓口を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="794"/>
        <source>The key file cannot be written.</source>
        <translation>鍵ファイルを書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="810"/>
        <source>The key file&apos;s permissions cannot be restricted.</source>
        <translation>鍵ファイルのアクセス権を制限できません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="858"/>
        <source>This key file has no recovery slot.</source>
        <translation>この鍵ファイルには回復用スロットがありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="865"/>
        <source>The recovery code is not correct.</source>
        <translation>回復コードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="877"/>
        <source>The login is empty or has spaces around it.</source>
        <translation>ログイン名が空か、前後に空白があります。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="879"/>
        <location filename="../core/security/KeySlotFile.cpp" line="902"/>
        <location filename="../core/security/KeySlotFile.cpp" line="925"/>
        <source>The password is empty.</source>
        <translation>パスワードが空です。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="881"/>
        <source>That login already has a key slot.</source>
        <translation>そのログイン名のキースロットはすでにあります。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="999"/>
        <location filename="../core/security/KeySlotFile.cpp" line="1020"/>
        <source>The escrow key has the wrong size.</source>
        <translation>預託鍵のサイズが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1017"/>
        <source>This key file has no escrow slot: the device was enrolled before central accounts existed, or not at all.</source>
        <translation>この鍵ファイルには預託鍵の格納場所がありません。この端末は中央アカウントの導入前に登録されたか、登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1025"/>
        <source>The escrow key from the central store does not belong to this device&apos;s key file.</source>
        <translation>中央システムの預託鍵は、この端末の鍵ファイルのものではありません。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1044"/>
        <source>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</source>
        <translation>回復コードは英字と数字（A～Z、2～7）の 32 文字で、通常は 4 文字ずつ区切って書かれています。</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="32"/>
        <source>The person registry could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="41"/>
        <source>Decision (決定)</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="43"/>
        <source>Change (変更)</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="45"/>
        <source>Cancellation (取消)</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="47"/>
        <source>Reissue (再交付)</source>
        <translation>再交付</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="49"/>
        <source>Return claim (返還請求)</source>
        <translation>返還請求</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="51"/>
        <source>High-cost refund (高額障害福祉サービス等給付費)</source>
        <translation>高額障害福祉サービス等給付費</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="76"/>
        <source>The ledger could not be read: %1</source>
        <translation>台帳を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="126"/>
        <source>The ledger entry could not be saved.</source>
        <translation>台帳の記載を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="141"/>
        <source>The amount to return must be more than 0 yen (field &quot;amount&quot;).</source>
        <translation>返還額は 0 円より大きくしてください（項目「amount」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="144"/>
        <source>A return claim needs a reason (field &quot;reason&quot;).</source>
        <translation>返還請求には理由が必要です（項目「reason」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="149"/>
        <location filename="../core/ledger/LedgerBook.cpp" line="197"/>
        <source>There is no such person (field &quot;person_id&quot;).</source>
        <translation>該当する対象者がいません（項目「person_id」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="158"/>
        <source>The decisions could not be read.</source>
        <translation>決定を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="163"/>
        <source>The decision named is not an approved decision of this person in this ledger (field &quot;decision_id&quot;).</source>
        <translation>指定された決定は、この台帳におけるこの対象者の決裁済みの決定ではありません（項目「decision_id」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="184"/>
        <source>The month of a high-cost refund is written as YYYY-MM, for example 2025-07 (field &quot;month&quot;).</source>
        <translation>高額障害福祉サービス等給付費の対象月は YYYY-MM の形式で入力してください。例: 2025-07（項目「month」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="188"/>
        <source>A high-cost refund cannot be for a month that has not begun (field &quot;month&quot;).</source>
        <translation>まだ始まっていない月を高額障害福祉サービス等給付費の対象月にすることはできません（項目「month」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="192"/>
        <source>The amount to refund must be more than 0 yen (field &quot;amount&quot;).</source>
        <translation>支給額は 0 円より大きくしてください（項目「amount」）。</translation>
    </message>
</context>
<context>
    <name>LedgerState</name>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="76"/>
        <source>Active (支給中)</source>
        <translation>支給中</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="78"/>
        <source>Starts later (支給開始前)</source>
        <translation>支給開始前</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="80"/>
        <source>Expired (期間満了)</source>
        <translation>期間満了</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="82"/>
        <source>Cancelled (取消)</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="84"/>
        <source>Rejected (却下)</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="169"/>
        <location filename="../core/ledger/LedgerState.cpp" line="372"/>
        <source>The ledger could not be read.</source>
        <translation>台帳を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="190"/>
        <source>A stored decision is not valid.</source>
        <translation>保存されている決定が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="294"/>
        <source>No person was named (field &quot;person_id&quot;).</source>
        <translation>対象者が指定されていません（項目「person_id」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="305"/>
        <source>This person has no approved decision in this ledger.</source>
        <translation>この対象者には、この台帳で決裁済みの決定がありません。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="318"/>
        <source>The number of days before the validity ends cannot be negative (field &quot;expiring_within&quot;).</source>
        <translation>有効期限までの日数に負の値は指定できません（項目「expiring_within」）。</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="382"/>
        <source>Nobody holds this recipient number (受給者番号) in this ledger.</source>
        <translation>この台帳には、この受給者番号の受給者がいません。</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="52"/>
        <source>The draft could not be saved.</source>
        <translation>起案を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="68"/>
        <source>This has been approved already.</source>
        <translation>これはすでに決裁済みです。</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="85"/>
        <source>The approval could not be saved.</source>
        <translation>決裁を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="96"/>
        <source>The approval requests could not be read.</source>
        <translation>決裁依頼を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="98"/>
        <source>There is no such approval request.</source>
        <translation>その決裁依頼はありません。</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="104"/>
        <source>The approval request has an unknown scope.</source>
        <translation>決裁依頼の担当業務が不明です。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/store/Migrator.cpp" line="35"/>
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
        <location filename="../core/store/Migrator.cpp" line="91"/>
        <source>The schema update could not start: %1</source>
        <translation>スキーマの更新を開始できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="96"/>
        <source>Schema update %1 (%2) failed, so the database was left unchanged: %3</source>
        <translation>スキーマ更新 %1（%2）に失敗したため、データベースは変更されていません: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="120"/>
        <source>The schema update could not be saved, so the database was left unchanged: %1</source>
        <translation>スキーマの更新を保存できなかったため、データベースは変更されていません: %1</translation>
    </message>
</context>
<context>
    <name>MyNumber</name>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="142"/>
        <source>A My Number has exactly 12 digits.</source>
        <translation>個人番号はちょうど12桁です。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="144"/>
        <source>A My Number consists of digits only (spaces and hyphens are ignored).</source>
        <translation>個人番号は数字だけです(空白とハイフンは無視されます)。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="146"/>
        <source>This is not a valid My Number: the check digit (検査用数字) does not match. Check the number against the card or document again.</source>
        <translation>正しい個人番号ではありません: 検査用数字が一致しません。カードや書類と番号をもう一度照らし合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="149"/>
        <source>000000000000 passes the check digit but is never issued as a My Number.</source>
        <translation>000000000000 は検査用数字は合いますが、個人番号として付番されることはありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="151"/>
        <source>Protected memory for the My Number could not be allocated.</source>
        <translation>個人番号用の保護メモリを確保できませんでした。</translation>
    </message>
</context>
<context>
    <name>MyNumberService</name>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="137"/>
        <source>Check the number written on an application (申請書の番号確認)</source>
        <translation>申請書の番号確認</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="139"/>
        <source>Inquiry through the information provision network (情報連携)</source>
        <translation>情報提供ネットワークシステムによる情報連携</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="141"/>
        <source>Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)</source>
        <translation>住基ネット照会結果の確認</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="142"/>
        <source>Correct a number recorded wrongly (誤りの訂正)</source>
        <translation>誤って記録した番号の訂正</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="150"/>
        <source>The applicant did not bring the number or a document showing it</source>
        <translation>申請者が番号または番号の分かる書類を持参しなかった</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="151"/>
        <source>The applicant declined to provide the number</source>
        <translation>申請者が番号の提供を断った</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="153"/>
        <source>The applicant cannot state the number (e.g. because of the disability)</source>
        <translation>申請者が番号を申告できない(障害のためなど)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="221"/>
        <source>The My Number records could not be read.</source>
        <translation>個人番号の記録を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="262"/>
        <source>The My Numbers could not be saved under the city key.</source>
        <translation>個人番号を市の鍵で保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="274"/>
        <source>The person could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="276"/>
        <source>There is no person with this id.</source>
        <translation>このIDの宛名はありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="288"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="414"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="444"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="499"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="549"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="601"/>
        <source>The My Number record could not be read.</source>
        <translation>個人番号の記録を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="291"/>
        <source>Nothing about a My Number is on record for this person yet.</source>
        <translation>この方の個人番号についての記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="332"/>
        <source>Record how the number was confirmed (番号確認): My Number card, notification card or a copy of the residence record.</source>
        <translation>番号確認の方法(個人番号カード、通知カード、個人番号付きの住民票の写し)を記録してください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="402"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="536"/>
        <source>The My Number key is not available.</source>
        <translation>個人番号の鍵が使えません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="417"/>
        <source>This My Number is already recorded for another person. Search by the number to find that record; the two may be one person.</source>
        <translation>この個人番号はすでに別の方に記録されています。番号で検索してその記録を確認してください。同一人物の可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="253"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="369"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="423"/>
        <source>The My Number could not be encrypted.</source>
        <translation>個人番号を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="385"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="463"/>
        <source>The My Number could not be saved.</source>
        <translation>個人番号を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="476"/>
        <source>Choose why the applicant did not provide the My Number.</source>
        <translation>申請者が個人番号を提示しなかった理由を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="486"/>
        <source>A My Number is already on record for this person; it is not erased by recording that none was provided.</source>
        <translation>この方の個人番号はすでに記録されています。提示がなかったことを記録しても消去されません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="516"/>
        <source>The record could not be saved.</source>
        <translation>記録を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="559"/>
        <source>No person has this My Number on record.</source>
        <translation>この個人番号が記録されている方はいません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="579"/>
        <source>The applicant did not provide a My Number; none is on record.</source>
        <translation>申請者は個人番号を提示しておらず、記録はありません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="592"/>
        <source>State why you need to see the My Number before it is shown.</source>
        <translation>個人番号を表示する前に、表示が必要な理由を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="595"/>
        <source>Choose one of the listed purposes for showing the My Number.</source>
        <translation>個人番号を表示する目的を一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="603"/>
        <source>No My Number is on record for this person.</source>
        <translation>この方の個人番号は記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="607"/>
        <source>The stored My Number is damaged.</source>
        <translation>保存されている個人番号が壊れています。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="612"/>
        <source>The My Number was recorded under the city&apos;s My Number key, which this computer does not hold. Sync this computer first.</source>
        <translation>この個人番号は市のマイナンバー鍵で記録されていますが、この端末はその鍵を持っていません。先にこの端末を同期してください。</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="618"/>
        <source>The stored My Number could not be decrypted: it is damaged or does not belong to this person.</source>
        <translation>保存されている個人番号を復号できませんでした。壊れているか、この方のものではありません。</translation>
    </message>
</context>
<context>
    <name>NoticeDocuments</name>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="90"/>
        <source>The person of this notice was not found.</source>
        <translation>この通知書の対象者が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="133"/>
        <source>The decision could not be read.</source>
        <translation>決定を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="135"/>
        <source>There is no such decision.</source>
        <translation>該当する決定はありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="140"/>
        <source>A stored decision is not valid.</source>
        <translation>保存されている決定の内容が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="147"/>
        <source>This decision is not approved yet. A notice can be printed only after its approval.</source>
        <translation>この決定はまだ決裁されていません。通知書は決裁後に印刷できます。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="151"/>
        <source>There is no notice form for a cancellation. Choose the decision that granted or rejected the benefit.</source>
        <translation>取消の通知書の様式はありません。支給または却下を決定した決定を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="221"/>
        <source>This person has no current grant in this ledger, so there is nothing to renew.</source>
        <translation>この方はこの台帳で現在有効な支給決定がないため、更新の対象ではありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="263"/>
        <source>The number of days (field &quot;expiring within&quot;) must not be negative.</source>
        <translation>日数(「有効期限まで」の欄)に負の数は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="305"/>
        <source>The prints could not be recorded.</source>
        <translation>印刷の記録を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="314"/>
        <source>There are no notices to print.</source>
        <translation>印刷する通知書がありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="339"/>
        <source>There are no renewal notices to print.</source>
        <translation>印刷する更新申請のお知らせがありません。</translation>
    </message>
</context>
<context>
    <name>NumberBlocks</name>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="60"/>
        <source>A number block needs a kind code and a prefix of ASCII letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>番号ブロックには、種類コードと、ASCIIの英字・数字・&apos;-&apos;・&apos;_&apos; からなる接頭辞が必要です。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="64"/>
        <source>The number block %1–%2 is not a valid range for %3 digits.</source>
        <translation>番号ブロック %1–%2 は、%3 桁の範囲として正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="80"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="116"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="142"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="164"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="215"/>
        <source>The number blocks could not be read: %1</source>
        <translation>番号ブロックを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="83"/>
        <source>The number block %1%2–%3 overlaps a block already leased; numbers would be handed out twice.</source>
        <translation>番号ブロック %1%2–%3 は、すでに割り当てられたブロックと重なっています。同じ番号が二重に払い出されてしまいます。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="102"/>
        <source>The number block could not be saved.</source>
        <translation>番号ブロックを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="121"/>
        <source>This device has used every local number. Synchronize with the central store to lease a number block.</source>
        <translation>この端末の番号をすべて使い切りました。中央のデータベースと同期して番号ブロックの割り当てを受けてください。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="130"/>
        <source>No number could be taken: the database is busy.</source>
        <translation>番号を払い出せませんでした: データベースが使用中です。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="168"/>
        <source>Every number of this device&apos;s number blocks has been used. Synchronize with the central store to lease a new block.</source>
        <translation>この端末の番号ブロックの番号をすべて使い切りました。中央のデータベースと同期して新しいブロックの割り当てを受けてください。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="176"/>
        <source>The new number block could not be found.</source>
        <translation>新しい番号ブロックが見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="185"/>
        <source>No number could be taken.</source>
        <translation>番号を払い出せませんでした。</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="116"/>
        <source>reply file</source>
        <translation>返信ファイル</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="116"/>
        <source>sync package</source>
        <translation>同期ファイル</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="118"/>
        <source>The %1 is empty.</source>
        <translation>%1が空です。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="123"/>
        <source>This file is a sync package written by a device, not a reply from the office.</source>
        <translation>このファイルは端末が書き出した同期ファイルで、庁舎からの返信ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="125"/>
        <source>This file is a reply from the office, not a sync package written by a device.</source>
        <translation>このファイルは庁舎からの返信ファイルで、端末が書き出した同期ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="128"/>
        <source>This file is not a Madoguchi %1.</source>
        <translation>このファイルは窓口の%1ではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="130"/>
        <source>The %1 is incomplete: it was cut off. Write it again.</source>
        <translation>%1が途中で切れていて不完全です。もう一度書き出してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="134"/>
        <source>The %1 has format version %2; this program reads version %3. Use the same Madoguchi version at the office and on the device.</source>
        <translation>%1の形式バージョンは %2 ですが、このプログラムが読み込めるのはバージョン %3 です。庁舎と端末で同じバージョンの窓口を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="141"/>
        <source>The %1 is damaged or incomplete: its lengths do not match the file. Write it again.</source>
        <translation>%1が破損しているか不完全です(長さがファイルと一致しません)。もう一度書き出してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="170"/>
        <source>The header of the %1 is damaged. Write it again.</source>
        <translation>%1のヘッダーが破損しています。もう一度書き出してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="184"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>ファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="187"/>
        <source>The file %1 is larger than any sync file can be; it is not one.</source>
        <translation>ファイル %1 は同期ファイルとしては大きすぎるため、同期ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="191"/>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="200"/>
        <location filename="../core/sync/SyncPackage.cpp" line="205"/>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 を書き込めませんでした: %2</translation>
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
        <location filename="../core/security/PermissionMatrix.cpp" line="28"/>
        <source>Permission table</source>
        <translation>権限表</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="44"/>
        <source>&apos;%1&apos; is not a permission name</source>
        <translation>「%1」は権限名ではありません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="46"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="49"/>
        <source>the scoped column must be yes or no</source>
        <translation>範囲指定の列は yes または no でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="53"/>
        <source>no role is listed</source>
        <translation>役割が 1 つも記載されていません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="57"/>
        <source>&apos;%1&apos; is not a role</source>
        <translation>「%1」は役割ではありません</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="35"/>
        <source>The permission table is empty.</source>
        <translation>権限表が空です。</translation>
    </message>
</context>
<context>
    <name>PersonRegistry</name>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="233"/>
        <source>Enter the family name and the given name.</source>
        <translation>姓と名を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="235"/>
        <source>Enter the name in kana (フリガナ), family name and given name.</source>
        <translation>フリガナを姓・名とも入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="238"/>
        <source>A name may have at most %1 characters.</source>
        <translation>氏名は %1 文字までです。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="240"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="751"/>
        <source>The kana of the name may contain only hiragana or katakana.</source>
        <translation>フリガナにはひらがなかカタカナだけを使えます。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="242"/>
        <source>Enter a valid date of birth.</source>
        <translation>正しい生年月日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="244"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>生年月日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="246"/>
        <source>The date of birth is before the Meiji era.</source>
        <translation>生年月日が明治より前です。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="248"/>
        <source>The sex must be male or female, as on the 住民票.</source>
        <translation>性別は住民票と同じく男か女を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="250"/>
        <source>The phone number is not valid: 10 or 11 digits, with hyphens if you like.</source>
        <translation>電話番号が正しくありません: 10桁か11桁で入力してください(ハイフンは入れても構いません)。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="256"/>
        <source>A 宛名番号 has exactly %1 digits.</source>
        <translation>宛名番号はちょうど %1 桁です。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="260"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="619"/>
        <source>Enter the address.</source>
        <translation>住所を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="263"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="621"/>
        <source>A postal code has 7 digits, e.g. 123-4567.</source>
        <translation>郵便番号は7桁です(例: 123-4567)。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="265"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="632"/>
        <source>The address cannot begin before the date of birth.</source>
        <translation>住所の開始日を生年月日より前にはできません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="278"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="933"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="951"/>
        <source>The person could not be read.</source>
        <translation>宛名を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="280"/>
        <source>There is no person with that id.</source>
        <translation>そのIDの宛名はありません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="295"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="313"/>
        <source>The duplicate check failed.</source>
        <translation>重複の確認に失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="349"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="365"/>
        <source>The next 宛名番号 could not be found.</source>
        <translation>次の宛名番号が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="353"/>
        <source>This computer has no 宛名番号 from the central store yet. Sync once, then register the person again.</source>
        <translation>この端末にはまだ中央システムから宛名番号が割り当てられていません。一度同期してから、もう一度対象者を登録してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="360"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="371"/>
        <source>No 宛名番号 is left to assign.</source>
        <translation>割り当てられる宛名番号が残っていません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="437"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="464"/>
        <source>The duplicate check could not be recorded.</source>
        <translation>重複の確認を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="452"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="480"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="535"/>
        <source>The person could not be saved.</source>
        <translation>宛名を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="483"/>
        <source>That 宛名番号 already belongs to another person.</source>
        <translation>その宛名番号はすでに別の方のものです。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="557"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="630"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="708"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="759"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="875"/>
        <source>This record was merged into another one. Correct that record.</source>
        <translation>この記録は別の記録に統合されています。統合先の記録を訂正してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="559"/>
        <source>The 宛名番号 of a person cannot be changed.</source>
        <translation>宛名番号は変更できません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="562"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>この記録は開いた後で他の人に変更されました。読み込み直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="606"/>
        <source>The correction could not be saved.</source>
        <translation>訂正を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="623"/>
        <source>Enter the date from which the new address applies.</source>
        <translation>新しい住所の適用開始日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="640"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="669"/>
        <source>The address could not be saved.</source>
        <translation>住所を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="648"/>
        <source>A move must be dated after the current address began.</source>
        <translation>転居日は、現在の住所の開始日より後にしてください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="684"/>
        <source>A 身体障害者手帳 has a grade from 1 to 6.</source>
        <translation>身体障害者手帳の等級は1級から6級です。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="688"/>
        <source>A 療育手帳 has the grade A or B.</source>
        <translation>療育手帳の判定はAかBです。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="692"/>
        <source>A 精神障害者保健福祉手帳 has a grade from 1 to 3.</source>
        <translation>精神障害者保健福祉手帳の等級は1級から3級です。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="697"/>
        <source>Enter the handbook number (at most 20 characters).</source>
        <translation>手帳番号を入力してください(20文字まで)。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="699"/>
        <source>Enter the date the handbook was issued.</source>
        <translation>手帳の交付日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="701"/>
        <source>A handbook cannot expire before it was issued.</source>
        <translation>手帳の有効期限を交付日より前にはできません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="728"/>
        <source>The handbook could not be saved.</source>
        <translation>手帳を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="741"/>
        <source>Enter the date from which the representative acts.</source>
        <translation>代理人が代理を始める日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="743"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="840"/>
        <source>A representative&apos;s term cannot end before it begins.</source>
        <translation>代理の期間の終わりを始まりより前にはできません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="748"/>
        <source>Choose the representative from the registry or enter their name.</source>
        <translation>代理人を宛名から選ぶか、氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="762"/>
        <source>A person cannot be their own representative.</source>
        <translation>本人を自分の代理人にはできません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="767"/>
        <source>The representative&apos;s record was merged into another one. Choose that record.</source>
        <translation>代理人の記録は別の記録に統合されています。統合先の記録を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="775"/>
        <source>A parent (親権者) represents only a minor; this person is of age on that date. Record a guardian, curator or assistant instead.</source>
        <translation>親権者が代理できるのは未成年者だけです。この方はその日には成年です。成年後見人・保佐人・補助人を記録してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="783"/>
        <source>For a person of age, a legal representative is a guardian, curator or assistant (成年後見人・保佐人・補助人).</source>
        <translation>成年者の法定代理人は、成年後見人・保佐人・補助人です。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="819"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="854"/>
        <source>The representative could not be saved.</source>
        <translation>代理人を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="827"/>
        <source>Enter the last day the representative acts.</source>
        <translation>代理の最終日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="868"/>
        <source>Enter the relationship to the head of the household (続柄), e.g. 世帯主, 妻, 子.</source>
        <translation>世帯主との続柄を入力してください(例: 世帯主、妻、子)。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="884"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="907"/>
        <source>The household could not be saved.</source>
        <translation>世帯を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="886"/>
        <source>There is no household with that id.</source>
        <translation>そのIDの世帯はありません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1032"/>
        <source>The view of the person could not be recorded.</source>
        <translation>宛名の閲覧を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1050"/>
        <source>The household could not be read.</source>
        <translation>世帯を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1059"/>
        <source>The view of the household could not be recorded.</source>
        <translation>世帯の閲覧を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1081"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1120"/>
        <source>The search failed.</source>
        <translation>検索に失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1149"/>
        <source>The search could not be recorded.</source>
        <translation>検索を記録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1163"/>
        <source>Choose two different records to merge.</source>
        <translation>統合する2つの別々の記録を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1172"/>
        <source>One of the records was already merged into another one.</source>
        <translation>一方の記録はすでに別の記録に統合されています。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1206"/>
        <source>The record to merge away has benefit decisions or ledger entries, which never change. Keep that record and merge the other one into it.</source>
        <translation>統合して消す側の記録には、変更できない支給決定や台帳の記録があります。その記録を残し、もう一方をその記録に統合してください。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1310"/>
        <source>The two records hold different My Numbers (or one of them is recorded as not provided), so they are not the same person. Nothing was merged.</source>
        <translation>2つの記録の個人番号が異なる(または一方が未提供として記録されている)ため、同一人物ではありません。統合していません。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="328"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1185"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1204"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1219"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1241"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1280"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1366"/>
        <source>The records could not be merged.</source>
        <translation>記録を統合できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1187"/>
        <source>One record is the other&apos;s legal representative; correct that before merging.</source>
        <translation>一方の記録がもう一方の法定代理人になっています。統合する前に訂正してください。</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalog</name>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="65"/>
        <source>Procedure data, %1: %2</source>
        <translation>手続きデータ、%1: %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="77"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>不明なキー &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="96"/>
        <source>the code is missing</source>
        <translation>コードがありません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="98"/>
        <source>&apos;%1&apos; is not a valid code (lower-case ASCII letters, digits and _, starting with a letter)</source>
        <translation>&apos;%1&apos; は正しいコードではありません(英小文字で始まり、英小文字・数字・_ だけを使います)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="113"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; は true か false でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="126"/>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="133"/>
        <source>%1, field %2</source>
        <translation>%1、項目 %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="135"/>
        <source>a field must be a JSON object</source>
        <translation>項目はJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="140"/>
        <source>%1, field %2 (%3)</source>
        <translation>%1、項目 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="146"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="171"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="219"/>
        <source>the label is missing</source>
        <translation>ラベルがありません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="150"/>
        <source>unknown type &apos;%1&apos; (expected text, date, integer, choice or boolean)</source>
        <translation>不明な型 &apos;%1&apos;(text、date、integer、choice、boolean のいずれかです)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="159"/>
        <source>a choice field needs a non-empty list of choices</source>
        <translation>選択項目には空でない選択肢の一覧が必要です</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="163"/>
        <source>%1, choice %2</source>
        <translation>%1、選択肢 %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="165"/>
        <source>a choice must be a JSON object</source>
        <translation>選択肢はJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="175"/>
        <source>the choice &apos;%1&apos; is listed twice</source>
        <translation>選択肢 &apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="180"/>
        <source>only a choice field has choices</source>
        <translation>選択肢を持てるのは選択項目だけです</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="190"/>
        <source>&apos;%1&apos; applies to text fields only</source>
        <translation>&apos;%1&apos; は文字項目にだけ指定できます</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="194"/>
        <source>&apos;%1&apos; must be a whole number from 1 to 10000</source>
        <translation>&apos;%1&apos; は1から10000までの整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="201"/>
        <source>&apos;min&apos; and &apos;max&apos; apply to integer fields only</source>
        <translation>&apos;min&apos; と &apos;max&apos; は整数項目にだけ指定できます</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="203"/>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation>&apos;min&apos; が &apos;max&apos; より大きくなっています</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="210"/>
        <source>%1, attachment %2</source>
        <translation>%1、添付書類 %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="212"/>
        <source>an attachment must be a JSON object</source>
        <translation>添付書類はJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="217"/>
        <source>%1, attachment %2 (%3)</source>
        <translation>%1、添付書類 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="233"/>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; は一覧でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="320"/>
        <source>Procedure data is not valid JSON (line %1, column %2): %3</source>
        <translation>手続きデータが正しいJSONではありません(%1 行 %2 列): %3</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="326"/>
        <source>Procedure data must be a JSON object.</source>
        <translation>手続きデータはJSONオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="331"/>
        <source>top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="337"/>
        <source>&apos;format&apos; must be %1</source>
        <translation>&apos;format&apos; は %1 でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="344"/>
        <source>&apos;families&apos; must be a non-empty list</source>
        <translation>&apos;families&apos; は空でない一覧でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="350"/>
        <source>family %1</source>
        <translation>手続き区分 %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="352"/>
        <source>a family must be a JSON object</source>
        <translation>手続き区分はJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="359"/>
        <source>family %1 (%2)</source>
        <translation>手続き区分 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="361"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="419"/>
        <source>the name is missing</source>
        <translation>名称がありません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="364"/>
        <source>the code &apos;%1&apos; is used twice</source>
        <translation>コード &apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="374"/>
        <source>&apos;sets&apos; must be a JSON object</source>
        <translation>&apos;sets&apos; はJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="379"/>
        <source>set &apos;%1&apos;</source>
        <translation>セット &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="381"/>
        <source>&apos;%1&apos; is not a valid code</source>
        <translation>&apos;%1&apos; は正しいコードではありません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="385"/>
        <source>a set must be a JSON object</source>
        <translation>セットはJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="398"/>
        <source>&apos;procedures&apos; must be a non-empty list</source>
        <translation>&apos;procedures&apos; は空でない一覧でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="405"/>
        <source>procedure %1</source>
        <translation>手続き %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="407"/>
        <source>a procedure must be a JSON object</source>
        <translation>手続きはJSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="414"/>
        <source>procedure %1 (%2)</source>
        <translation>手続き %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="423"/>
        <source>the code is already used by procedure %1</source>
        <translation>そのコードは手続き %1 ですでに使われています</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="430"/>
        <source>unknown family &apos;%1&apos;</source>
        <translation>不明な手続き区分 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="436"/>
        <source>unknown ledger scope &apos;%1&apos; (expected welfare_service, medical_rehabilitation, medical_psychiatric or devices)</source>
        <translation>不明な台帳の担当業務 &apos;%1&apos;(welfare_service、medical_rehabilitation、medical_psychiatric、devices のいずれかです)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="443"/>
        <source>&apos;assessment_items&apos; must list the assessment&apos;s procedure numbers it serves</source>
        <translation>&apos;assessment_items&apos; には、対応する評価書の事務の番号を並べてください</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="451"/>
        <source>assessment items are numbers from %1 to %2</source>
        <translation>評価書の事務の番号は %1 から %2 までです</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="464"/>
        <source>&apos;include&apos; must be a list of set names</source>
        <translation>&apos;include&apos; はセット名の一覧でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="470"/>
        <source>unknown set &apos;%1&apos;</source>
        <translation>不明なセット &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="481"/>
        <source>the field &apos;%1&apos; appears twice (check the included sets)</source>
        <translation>項目 &apos;%1&apos; が2回出てきます(取り込んだセットを確認してください)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="489"/>
        <source>the attachment &apos;%1&apos; appears twice (check the included sets)</source>
        <translation>添付書類 &apos;%1&apos; が2回出てきます(取り込んだセットを確認してください)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="500"/>
        <source>family &apos;%1&apos;</source>
        <translation>手続き区分 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="500"/>
        <source>no procedure belongs to it</source>
        <translation>属する手続きがありません</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="511"/>
        <source>The shipped procedure data is missing.</source>
        <translation>同梱の手続きデータがありません。</translation>
    </message>
</context>
<context>
    <name>RecipientNumbers</name>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="88"/>
        <source>The prefix of a block of recipient numbers must be fewer than %1 digits.</source>
        <translation>受給者番号ブロックの接頭部は%1桁未満にしてください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="114"/>
        <source>No block of 受給者番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</source>
        <translation>この台帳で使える受給者番号のブロックがありません。中央システムと同期するか、管理者に番号ブロックの割当てを依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="116"/>
        <source>No block of 受給者証番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</source>
        <translation>この台帳で使える受給者証番号のブロックがありません。中央システムと同期するか、管理者に番号ブロックの割当てを依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="121"/>
        <source>No number could be issued: the database is busy.</source>
        <translation>データベースが使用中のため、番号を払い出せませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="129"/>
        <source>A number block of this ledger does not hold numbers of the right length; ask an administrator to check the number blocks.</source>
        <translation>この台帳の番号ブロックの桁数が正しくありません。管理者に番号ブロックの確認を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="135"/>
        <source>No number could be issued.</source>
        <translation>番号を払い出せませんでした。</translation>
    </message>
</context>
<context>
    <name>RegistryLabels</name>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="17"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="19"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="27"/>
        <source>Physical disability certificate (身体障害者手帳)</source>
        <translation>身体障害者手帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="29"/>
        <source>Rehabilitation certificate (療育手帳)</source>
        <translation>療育手帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="31"/>
        <source>Mental disability certificate (精神障害者保健福祉手帳)</source>
        <translation>精神障害者保健福祉手帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="41"/>
        <source>Grade %1</source>
        <extracomment>A handbook grade: 1級, 2級 …</extracomment>
        <translation>%1級</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="48"/>
        <source>Parent with custody (親権者)</source>
        <translation>親権者</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="50"/>
        <source>Guardian (後見人)</source>
        <translation>後見人</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="52"/>
        <source>Curator (保佐人)</source>
        <translation>保佐人</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="54"/>
        <source>Assistant (補助人)</source>
        <translation>補助人</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="56"/>
        <source>Other representative</source>
        <translation>その他の代理人</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="69"/>
        <source>Family name</source>
        <translation>氏</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="70"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="71"/>
        <source>Family name (kana)</source>
        <translation>氏（カナ）</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="72"/>
        <source>Given name (kana)</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="73"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="74"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="75"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="76"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="77"/>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="78"/>
        <source>Relationship to the head of household</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="79"/>
        <source>Handbook recorded</source>
        <translation>手帳の登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="80"/>
        <source>Representative recorded</source>
        <translation>法定代理人の登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="81"/>
        <source>Representative&apos;s term ended</source>
        <translation>法定代理人の終了</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="82"/>
        <source>Merged into another record</source>
        <translation>他の記録へ統合</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="83"/>
        <source>Another record merged into this one</source>
        <translation>他の記録を統合</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="84"/>
        <source>Registered although similar records exist</source>
        <translation>類似の記録を確認のうえ登録</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../core/store/Repository.cpp" line="90"/>
        <source>The table or column names are not valid.</source>
        <translation>テーブル名または列名が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="94"/>
        <source>The field %1 does not belong to %2.</source>
        <translation>項目 %1 は %2 にありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="118"/>
        <source>The change could not be journaled: %1</source>
        <translation>変更履歴を記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="141"/>
        <location filename="../core/store/Repository.cpp" line="169"/>
        <source>The record could not be saved: %1</source>
        <translation>レコードを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="145"/>
        <location filename="../core/store/Repository.cpp" line="183"/>
        <source>The record could not be saved.</source>
        <translation>レコードを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="155"/>
        <source>There is nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="175"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>このレコードは、開いた後にほかの職員が変更しています。読み込み直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="197"/>
        <source>The record could not be deleted: %1</source>
        <translation>レコードを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="203"/>
        <source>Someone changed this record after you opened it. Reload it and try again.</source>
        <translation>このレコードは、開いた後にほかの職員が変更しています。読み込み直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="211"/>
        <source>The record could not be deleted.</source>
        <translation>レコードを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="225"/>
        <source>The record could not be read: %1</source>
        <translation>レコードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="227"/>
        <source>The record was not found.</source>
        <translation>レコードが見つかりません。</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="207"/>
        <source>The rule table %1 is missing from this build.</source>
        <translation>このビルドには規則表 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="47"/>
        <source>Rule table %1</source>
        <translation>規則表 %1</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="65"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>不明なキー &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="70"/>
        <source>%1: the value &apos;%2&apos; is not a whole number</source>
        <translation>%1: 値 &apos;%2&apos; は整数ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="73"/>
        <source>%1: the percentage %2 is over 100</source>
        <translation>%1: 割合 %2 が 100 を超えています</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="79"/>
        <source>%1: the value &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: 値 &apos;%2&apos; は日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="83"/>
        <source>%1: the value &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: 値 &apos;%2&apos; は yes でも no でもありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="88"/>
        <source>%1: the value &apos;%2&apos; is neither sum nor max</source>
        <translation>%1: 値 &apos;%2&apos; は sum でも max でもありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="95"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; は日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="100"/>
        <source>%1: the source names no page (http:// or https:// address)</source>
        <translation>%1: source に出典のページ(http:// または https:// のアドレス)がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="103"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 に %2 から適用される行が2つあります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="110"/>
        <source>Rule table %1 has no row for %2.</source>
        <translation>規則表 %1 に %2 の行がありません。</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="28"/>
        <source>Failed sign-ins before an account locks</source>
        <translation>アカウントをロックするまでのサインイン失敗回数</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="29"/>
        <source>Minutes an account stays locked</source>
        <translation>アカウントをロックしておく時間(分)</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="30"/>
        <source>Idle minutes before the screen locks</source>
        <translation>画面をロックするまでの無操作時間(分)</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="33"/>
        <source>Days an outreach laptop may go without syncing before its data locks</source>
        <translation>出張受付用ノートPCを同期せずに使える日数（超えるとデータをロック）</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="53"/>
        <location filename="../core/security/SecuritySettings.cpp" line="84"/>
        <source>There is no setting %1.</source>
        <translation>設定 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="86"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1は %2 から %3 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="96"/>
        <location filename="../core/security/SecuritySettings.cpp" line="103"/>
        <source>The setting could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <location filename="../core/security/SignInGuard.cpp" line="90"/>
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
    <name>StaffAccounts</name>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="112"/>
        <source>The staff accounts could not be read: %1</source>
        <translation>職員アカウントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="114"/>
        <source>There is no staff account %1.</source>
        <translation>職員アカウント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="151"/>
        <source>The second-factor secret is damaged.</source>
        <translation>二要素認証の秘密鍵が壊れています。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="168"/>
        <source>The change could not be saved.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="189"/>
        <location filename="../core/security/StaffAccounts.cpp" line="251"/>
        <location filename="../core/security/StaffAccounts.cpp" line="374"/>
        <location filename="../core/security/StaffAccounts.cpp" line="394"/>
        <source>The staff accounts could not be read.</source>
        <translation>職員アカウントを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="191"/>
        <source>The first administrator exists already.</source>
        <translation>最初の管理者はすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="196"/>
        <source>The first administrator must be the account that opened the database.</source>
        <translation>最初の管理者は、データベースを開いたアカウントでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="217"/>
        <location filename="../core/security/StaffAccounts.cpp" line="447"/>
        <source>The account could not be saved.</source>
        <translation>アカウントを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="227"/>
        <location filename="../core/security/StaffAccounts.cpp" line="557"/>
        <source>This account is disabled.</source>
        <translation>このアカウントは無効になっています。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="241"/>
        <source>This account is locked. Ask an administrator to unlock it.</source>
        <translation>このアカウントはロックされています。管理者にロック解除を依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="244"/>
        <source>This account has no second factor yet. Set one up first.</source>
        <translation>このアカウントには二要素認証がまだ設定されていません。先に設定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/security/StaffAccounts.cpp" line="267"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>失敗が続いたため、このアカウントは%n分間ロックされました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="271"/>
        <source>This code was used already. Wait for the next code.</source>
        <translation>このコードはすでに使われています。次のコードが表示されるまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="272"/>
        <source>The code is not correct. Check the time on your phone and type the six digits shown now.</source>
        <translation>コードが正しくありません。スマートフォンの時刻を確認し、いま表示されている6桁を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="306"/>
        <source>This set-up belongs to another account.</source>
        <translation>この設定は別のアカウントのものです。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="315"/>
        <source>Too many failed attempts: this account is now locked.</source>
        <translation>失敗が続いたため、このアカウントはロックされました。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="318"/>
        <source>The code does not match. Scan the QR code again and type the six digits the app shows now.</source>
        <translation>コードが一致しません。QRコードを読み取り直し、アプリにいま表示されている6桁を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="323"/>
        <location filename="../core/security/StaffAccounts.cpp" line="350"/>
        <location filename="../core/security/StaffAccounts.cpp" line="440"/>
        <source>The second-factor secret could not be sealed.</source>
        <translation>二要素認証の秘密鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="338"/>
        <source>The second factor could not be saved.</source>
        <translation>二要素認証を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="391"/>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="409"/>
        <location filename="../core/security/StaffAccounts.cpp" line="465"/>
        <source>Give the account at least one role.</source>
        <translation>アカウントに職務を1つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="411"/>
        <source>Give the account a display name.</source>
        <translation>アカウントの表示名を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="414"/>
        <source>There is already an account %1.</source>
        <translation>アカウント %1 はすでにあります。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="473"/>
        <source>This is the last active administrator; the role cannot be taken away.</source>
        <translation>最後の有効な管理者のため、管理者の職務を外せません。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="501"/>
        <source>This is the last active administrator and cannot be disabled. Make another administrator first.</source>
        <translation>最後の有効な管理者のため、無効にできません。先に別の管理者を作成してください。</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="537"/>
        <source>A disabled account cannot be unlocked; create a new one.</source>
        <translation>無効にしたアカウントはロック解除できません。新しいアカウントを作成してください。</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="226"/>
        <location filename="../core/sync/SyncClient.cpp" line="394"/>
        <source>The enrolment of this device could not be read.</source>
        <translation>この端末の登録情報を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="229"/>
        <source>This device is not enrolled with the central server yet. An administrator enrols it (madoguchi-cli device enroll).</source>
        <translation>この端末はまだ中央システムに登録されていません。管理者が登録します（madoguchi-cli device enroll）。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="235"/>
        <source>The enrolment of this device is damaged.</source>
        <translation>この端末の登録情報が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="254"/>
        <source>The sync status could not be read.</source>
        <translation>同期の状態を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="269"/>
        <source>This device is enrolled already.</source>
        <translation>この端末はすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="277"/>
        <source>The key that protects the sync credentials could not be derived.</source>
        <translation>同期用の認証情報を保護する鍵を導出できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="303"/>
        <source>The sync credentials could not be encrypted.</source>
        <translation>同期用の認証情報を暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="320"/>
        <location filename="../core/sync/SyncClient.cpp" line="331"/>
        <source>The enrolment could not be stored on this device.</source>
        <translation>登録情報をこの端末に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="398"/>
        <source>The sync credentials of this device cannot be opened with this database&apos;s key.</source>
        <translation>この端末の同期用の認証情報を、このデータベースの鍵で開けません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="416"/>
        <location filename="../core/sync/SyncClient.cpp" line="430"/>
        <location filename="../core/sync/SyncClient.cpp" line="471"/>
        <source>The changes waiting to be sent could not be read.</source>
        <translation>送信待ちの変更を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="464"/>
        <location filename="../core/sync/SyncClient.cpp" line="492"/>
        <source>sending the changes</source>
        <translation>変更の送信</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="436"/>
        <source>A change waiting to be sent is damaged (change %1).</source>
        <translation>送信待ちの変更が破損しています（変更 %1）。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="504"/>
        <source>The sent changes could not be marked as sent; they will be sent again, which is harmless.</source>
        <translation>送信した変更を送信済みにできませんでした。変更はもう一度送信されますが、問題はありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="544"/>
        <source>The sync position of this device could not be read.</source>
        <translation>この端末の同期位置を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="564"/>
        <source>receiving the changes</source>
        <translation>変更の受信</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="593"/>
        <location filename="../core/sync/SyncClient.cpp" line="662"/>
        <location filename="../core/sync/SyncClient.cpp" line="673"/>
        <location filename="../core/sync/SyncClient.cpp" line="694"/>
        <source>The received changes could not be saved.</source>
        <translation>受信した変更を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="610"/>
        <source>The received changes are not in the central store&apos;s order.</source>
        <translation>受信した変更が中央システムの順序どおりになっていません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="649"/>
        <source>A received change could not be queued as a conflict.</source>
        <translation>受信した変更を競合として登録できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="732"/>
        <source>The batch size must be 1 to 10,000 changes for sending and 1 to 50,000 for receiving.</source>
        <translation>一度に処理する変更の件数は、送信では 1～10,000 件、受信では 1～50,000 件にしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="737"/>
        <source>A number block must hold 1 to 100,000 numbers.</source>
        <translation>番号ブロックの大きさは1〜100,000件にしてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="714"/>
        <source>the ledger of welfare services</source>
        <translation>障害福祉サービスの台帳</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="716"/>
        <source>the ledger of medical care for rehabilitation (更生医療)</source>
        <translation>自立支援医療（更生医療）の台帳</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="718"/>
        <source>the ledger of psychiatric outpatient care (精神通院)</source>
        <translation>自立支援医療（精神通院）の台帳</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="720"/>
        <source>the ledger of assistive devices</source>
        <translation>補装具・日常生活用具の台帳</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="745"/>
        <source>application numbers</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="747"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="753"/>
        <source>受給者番号 of %1</source>
        <translation>%1の受給者番号</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="756"/>
        <source>受給者証番号 of %1</source>
        <translation>%1の受給者証番号</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="835"/>
        <source>leasing number blocks</source>
        <translation>番号ブロックの取得</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="788"/>
        <source>The central store returned an unusable number block for %1; ask an administrator to check the central number series.</source>
        <translation>中央システムから返された%1の番号ブロックは使用できません。中央システムの番号系列の確認を管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="794"/>
        <source>The central store has no %1 left to hand out; no new number block could be leased. Ask an administrator.</source>
        <translation>中央システムに払い出せる%1が残っていないため、新しい番号ブロックを取得できませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="809"/>
        <source>A new block of %1 overlaps a block this device already has; it was not recorded. Ask an administrator to check the number blocks.</source>
        <translation>新しい%1のブロックがこの端末の既存のブロックと重なっているため、記録しませんでした。番号ブロックの確認を管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="848"/>
        <source>The number blocks could not be saved.</source>
        <translation>番号ブロックを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="883"/>
        <source>The sync state of this device could not be read.</source>
        <translation>この端末の同期状態を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="897"/>
        <source>This outreach laptop has not synced with the office for more than %n day(s). Sync it first; until then its data stays closed.</source>
        <translation>
            <numerusform>この出張受付用ノートPCは %n 日を超えて庁内と同期していません。先に同期してください。同期するまでデータは開けません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="277"/>
        <source>fetching the office&apos;s package key</source>
        <translation>庁舎の同期ファイル鍵の取得</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="283"/>
        <source>The central store sent a damaged office package key.</source>
        <translation>中央システムから送られた庁舎の同期ファイル鍵が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="296"/>
        <location filename="../core/sync/SyncPackage.cpp" line="307"/>
        <source>The office&apos;s package key could not be stored.</source>
        <translation>庁舎の同期ファイル鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="326"/>
        <location filename="../core/sync/SyncPackage.cpp" line="455"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="336"/>
        <location filename="../core/sync/SyncPackage.cpp" line="475"/>
        <source>The office&apos;s package key could not be read.</source>
        <translation>庁舎の同期ファイル鍵を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="339"/>
        <source>This device has not received the office&apos;s package key yet. Sync once with the central server, or ask an administrator to enrol the device again.</source>
        <translation>この端末はまだ庁舎の同期ファイル鍵を受け取っていません。中央システムと一度同期するか、端末の再登録を管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="346"/>
        <source>The office&apos;s package key stored on this device is damaged.</source>
        <translation>この端末に保存されている庁舎の同期ファイル鍵が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="354"/>
        <source>The sync package could not be prepared.</source>
        <translation>同期ファイルを準備できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="388"/>
        <location filename="../core/sync/SyncPackage.cpp" line="489"/>
        <source>The package state of this device could not be read.</source>
        <translation>この端末の同期ファイルの状態を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="401"/>
        <source>Too many changes are waiting for one sync file. Sync online at the office instead.</source>
        <translation>送信待ちの変更が多すぎて、1つの同期ファイルに収まりません。代わりに庁舎でオンライン同期を行ってください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="406"/>
        <source>The sync package could not be encrypted.</source>
        <translation>同期ファイルを暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="417"/>
        <source>The sync package could not be signed.</source>
        <translation>同期ファイルに署名できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="426"/>
        <source>The package state of this device could not be saved.</source>
        <translation>この端末の同期ファイルの状態を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="442"/>
        <source>The package state of this device could not be saved. Write the package again.</source>
        <translation>この端末の同期ファイルの状態を保存できませんでした。もう一度同期ファイルを書き出してください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="468"/>
        <source>This reply file is for another device. Read it on the device that wrote the package.</source>
        <translation>この返信ファイルは別の端末用です。同期ファイルを書き出した端末で読み込んでください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="478"/>
        <source>The reply file is signed with an office key this device does not know. Sync once with the central server, or ask an administrator.</source>
        <translation>この返信ファイルは、この端末が知らない庁舎の鍵で署名されています。中央システムと一度同期するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="482"/>
        <source>The signature of the reply file does not match: it was altered or damaged, or it does not come from the office. Nothing was read.</source>
        <translation>返信ファイルの署名が一致しません。改ざんまたは破損しているか、庁舎から送られたものではありません。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="491"/>
        <source>The reply file answers a package this device never wrote.</source>
        <translation>この返信ファイルは、この端末が書き出していない同期ファイルに対するものです。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="494"/>
        <source>This reply file was read already, or a newer one was: nothing was changed.</source>
        <translation>この返信ファイル、またはより新しい返信ファイルがすでに読み込まれています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="502"/>
        <source>The reply file could not be opened: it was not written for this device.</source>
        <translation>返信ファイルを開けませんでした。この端末用に書き出されたものではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="512"/>
        <source>The content of the reply file is damaged. Nothing was read.</source>
        <translation>返信ファイルの内容が破損しています。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="565"/>
        <location filename="../core/sync/SyncPackage.cpp" line="575"/>
        <location filename="../core/sync/SyncPackage.cpp" line="583"/>
        <location filename="../core/sync/SyncPackage.cpp" line="622"/>
        <location filename="../core/sync/SyncPackage.cpp" line="635"/>
        <source>The reply could not be saved.</source>
        <translation>返信ファイルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>SyncPackageOffice</name>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="51"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="113"/>
        <source>The cryptography library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="56"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="174"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="391"/>
        <source>reading the office&apos;s package key</source>
        <translation>庁舎の同期ファイル鍵の読み込み</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="77"/>
        <source>The office&apos;s package key could not be made.</source>
        <translation>庁舎の同期ファイル鍵を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="96"/>
        <source>storing the office&apos;s package key</source>
        <translation>庁舎の同期ファイル鍵の保存</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="101"/>
        <source>The office&apos;s package key could not be stored.</source>
        <translation>庁舎の同期ファイル鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="153"/>
        <source>reading the devices</source>
        <translation>端末情報の読み込み</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="155"/>
        <source>The sync package comes from a device the central store does not know. Nothing was read.</source>
        <translation>この同期ファイルは、中央システムが認識していない端末から送られたものです。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="160"/>
        <source>The signature of the sync package does not match: it was altered or damaged, or it does not come from the device it names. Nothing was read.</source>
        <translation>同期ファイルの署名が一致しません。改ざんまたは破損しているか、記載されている端末から送られたものではありません。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="165"/>
        <source>The sync package comes from a device whose enrolment was revoked. Nothing was read.</source>
        <translation>この同期ファイルは、登録が取り消された端末から送られたものです。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="176"/>
        <source>The sync package is sealed to an office key this central store does not have. Nothing was read.</source>
        <translation>この同期ファイルは、この中央システムが持っていない庁舎の鍵で暗号化されています。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="187"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="400"/>
        <source>The office&apos;s package key in the central store is damaged.</source>
        <translation>中央システムにある庁舎の同期ファイル鍵が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="190"/>
        <source>The sync package could not be opened: it is damaged.</source>
        <translation>同期ファイルを開けませんでした。破損しています。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="195"/>
        <source>The sync package could not be opened: it is damaged, or it was not written for this office.</source>
        <translation>同期ファイルを開けませんでした。破損しているか、この庁舎用に書き出されたものではありません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="201"/>
        <source>The content of the sync package is damaged. Nothing was read.</source>
        <translation>同期ファイルの内容が破損しています。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="248"/>
        <source>applying the package&apos;s changes</source>
        <translation>同期ファイルの変更の反映</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="254"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="263"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="273"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="285"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="299"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="307"/>
        <source>leasing number blocks</source>
        <translation>番号ブロックの割当て</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="314"/>
        <source>reading what the device has sent</source>
        <translation>端末から送られた内容の読み込み</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="333"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="362"/>
        <source>collecting the changes for the reply</source>
        <translation>返信ファイルに含める変更の収集</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="371"/>
        <source>The reply would be too large for one file.</source>
        <translation>返信ファイルが1つのファイルに収まらない大きさになります。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="375"/>
        <source>The device&apos;s key cannot be used to seal the reply.</source>
        <translation>端末の鍵を返信ファイルの暗号化に使用できません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="381"/>
        <source>The reply could not be encrypted.</source>
        <translation>返信ファイルを暗号化できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="414"/>
        <source>The reply could not be signed.</source>
        <translation>返信ファイルに署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="20"/>
        <source>The issuing key file is not valid at line %1: %2</source>
        <translation>発行鍵ファイルの %1 行目が正しくありません: %2</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="40"/>
        <source>The issuing key&apos;s id does not belong to its public key.</source>
        <translation>発行鍵の ID が公開鍵と対応していません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="43"/>
        <source>The issuing key&apos;s dates are missing or out of order.</source>
        <translation>発行鍵の日付がないか、順序が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="47"/>
        <source>The issuing key %1 is listed twice.</source>
        <translation>発行鍵 %1 が二重に記載されています。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="77"/>
        <source>The issuing key file is too large.</source>
        <translation>発行鍵ファイルが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="86"/>
        <source>This is not an issuing key file: its first line is not &quot;%1&quot;.</source>
        <translation>発行鍵ファイルではありません。1 行目が「%1」ではありません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="89"/>
        <source>The issuing key file lists no key.</source>
        <translation>発行鍵ファイルに鍵が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="99"/>
        <source>expected a key id, a public key, the day it was made and the day it was retired (or -).</source>
        <translation>鍵 ID、公開鍵、作成日、廃止日（または -）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="108"/>
        <source>the retirement day does not exist.</source>
        <translation>廃止日が存在しない日付です。</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="111"/>
        <source>the day it was made does not exist.</source>
        <translation>作成日が存在しない日付です。</translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="8"/>
        <source>%1, line %2: %3</source>
        <translation>%1、%2行目: %3</translation>
    </message>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="27"/>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>タブ区切りの列は%1個のはずですが、%2個あります</translation>
    </message>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="33"/>
        <source>the header row (%1) is missing</source>
        <translation>見出し行(%1)がありません</translation>
    </message>
</context>
<context>
    <name>ValidityRules</name>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="49"/>
        <source>Rule table validity</source>
        <translation>規則表 validity</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="63"/>
        <source>the kind &apos;%1&apos; is not a lower-case code</source>
        <translation>種類 &apos;%1&apos; は小文字のコードではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="67"/>
        <source>%1: %2 &apos;%3&apos; is not a number of months from 1</source>
        <translation>%1: %2 &apos;%3&apos; は1以上の月数ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="73"/>
        <source>%1: the months must satisfy min ≤ default ≤ max</source>
        <translation>%1: 月数は min ≤ default ≤ max を満たす必要があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="79"/>
        <source>%1: the shape &apos;%2&apos; is neither month_rest nor exact</source>
        <translation>%1: shape &apos;%2&apos; は month_rest でも exact でもありません</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="83"/>
        <source>%1: provisional &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: provisional &apos;%2&apos; は yes でも no でもありません</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="87"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; は日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="93"/>
        <source>%1: the source names no page (an address, or &apos;unsourced&apos; for a value from memory)</source>
        <translation>%1: source に出典のページがありません(アドレス、または記憶による値なら &apos;unsourced&apos;)</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="98"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 に %2 から適用される行が2つあります</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="103"/>
        <source>The validity rule table lists no row.</source>
        <translation>支給決定期間の規則表に行がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="113"/>
        <source>The rule table validity is missing from this build.</source>
        <translation>このビルドには規則表 validity がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="133"/>
        <location filename="../core/rules/ValidityRules.cpp" line="167"/>
        <source>The start date is not a valid date.</source>
        <translation>開始日が正しい日付ではありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="136"/>
        <source>No validity rule for %1 is in effect on %2.</source>
        <translation>%2 時点で有効な %1 の支給決定期間の規則がありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="142"/>
        <source>months: %1 is outside %2–%3 months for %4.</source>
        <translation>months: %1か月は、%4 の %2～%3か月の範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="150"/>
        <source>%1: %2–%3 months, %4 by default (rule from %5; %6).</source>
        <translation>%1: %2～%3か月、既定は%4か月(%5 からの規則。%6)。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="157"/>
        <source>%1 months plus the rest of the decision month: %2 to %3.</source>
        <translation>%1か月と決定月の残り: %2～%3。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="158"/>
        <source>%1 months: %2 to %3.</source>
        <translation>%1か月: %2～%3。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="171"/>
        <source>%1 has no 暫定支給決定 on %2.</source>
        <translation>%2 時点で %1 に暫定支給決定はありません。</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="178"/>
        <source>暫定支給決定 for %1: to the end of the following month, %2 to %3 (rule from %4; %5).</source>
        <translation>%1 の暫定支給決定: 翌月末まで、%2～%3(%4 からの規則。%5)。</translation>
    </message>
</context>
<context>
    <name>Wareki</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="191"/>
        <source>%1 is not accepted: the earliest date is %2 (%3), when Japan adopted the Gregorian calendar.</source>
        <translation>%1 は受け付けられません: 最も古い日付は、日本がグレゴリオ暦を採用した %2 (%3) です。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="203"/>
        <source>%1 does not exist: there is no month %2.</source>
        <translation>%1 は存在しません: %2 月はありません。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="206"/>
        <source>%1 does not exist: month %2 of %3 has %4 days.</source>
        <translation>%1 は存在しません: %3年%2月は%4日までです。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="218"/>
        <source>%1 does not exist: era years begin at 1 (元年).</source>
        <translation>%1 は存在しません: 元号の年は1年(元年)から始まります。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="224"/>
        <source>%1 does not exist: %2 began on %3.</source>
        <translation>%1 は存在しません: %2 は %3 に始まりました。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="229"/>
        <source>%1 is not accepted: %2 dates are accepted from %3.</source>
        <translation>%1 は受け付けられません: %2 の日付は %3 から受け付けます。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="234"/>
        <source>%1 does not exist: %2 ended on %3 (%4).</source>
        <translation>%1 は存在しません: %2 は %3 (%4) に終わりました。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="243"/>
        <source>%1 does not exist: there is no year 0.</source>
        <translation>%1 は存在しません: 0年はありません。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="271"/>
        <source>The era table is not available.</source>
        <translation>元号表が使えません。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="274"/>
        <source>No date was given.</source>
        <translation>日付が入力されていません。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="316"/>
        <source>This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or 2025-07-18.</source>
        <translation>日付ではありません。R7.7.18、令和7年7月18日、2025-07-18 などの形で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="321"/>
        <source>The era is missing. Type it as, for example, R7.7.18 or 令和7年7月18日, or choose the era.</source>
        <translation>元号がありません。R7.7.18 や 令和7年7月18日 のように入力するか、元号を選んでください。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../core/workspace/Workspace.cpp" line="34"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>失敗が続いたため、このアカウントは%n分間ロックされました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="47"/>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::audit</name>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="102"/>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="104"/>
        <source>Sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="106"/>
        <source>Account locked after failed sign-ins</source>
        <translation>サインイン失敗の繰り返しによるアカウントロック</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="109"/>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="111"/>
        <source>Session locked</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="113"/>
        <source>Session unlocked</source>
        <translation>画面ロック解除</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="115"/>
        <source>Account created</source>
        <translation>アカウント作成</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="117"/>
        <source>Account changed</source>
        <translation>アカウント変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="119"/>
        <source>Account disabled</source>
        <translation>アカウント無効化</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="121"/>
        <source>Account unlocked</source>
        <translation>アカウントロック解除</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="123"/>
        <source>Password reset</source>
        <translation>パスワード再設定</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="125"/>
        <source>Second factor reset</source>
        <translation>二要素認証の再設定</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="127"/>
        <source>Permissions changed</source>
        <translation>権限変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="129"/>
        <source>Permission refused</source>
        <translation>権限による拒否</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="131"/>
        <source>Person&apos;s record viewed</source>
        <translation>個人の記録の閲覧</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="133"/>
        <source>Person search</source>
        <translation>宛名検索</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="135"/>
        <source>My Number revealed</source>
        <translation>個人番号の表示</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="137"/>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="139"/>
        <source>Exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="141"/>
        <source>Audit log exported</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="143"/>
        <source>Database key changed</source>
        <translation>データベースの鍵の変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="145"/>
        <source>Drafted for approval</source>
        <translation>決裁のため起案</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="147"/>
        <source>Approved</source>
        <translation>決裁</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="149"/>
        <source>Ledger viewed</source>
        <translation>台帳の閲覧</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="151"/>
        <source>My Number recorded</source>
        <translation>個人番号の記録</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="153"/>
        <source>Person registered</source>
        <translation>宛名の登録</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="155"/>
        <source>Person&apos;s data changed</source>
        <translation>宛名の変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="157"/>
        <source>Person records merged</source>
        <translation>宛名の統合</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="159"/>
        <source>Application received</source>
        <translation>申請受付</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="161"/>
        <source>Application status changed</source>
        <translation>申請の状態変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="163"/>
        <source>Setting changed</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="165"/>
        <source>Ledger entry recorded</source>
        <translation>台帳への記録</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="167"/>
        <source>Certificate issued</source>
        <translation>受給者証の発行</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="169"/>
        <source>Certificate handed over or mailed</source>
        <translation>受給者証の交付・郵送</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="171"/>
        <source>Certificate made void</source>
        <translation>受給者証の無効化</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="173"/>
        <source>Issuing key created</source>
        <translation>発行鍵の作成</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="175"/>
        <source>Device enrolled</source>
        <translation>端末の登録</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="177"/>
        <source>Device enrolment revoked</source>
        <translation>端末登録の取消</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="179"/>
        <source>Synchronized with the central store</source>
        <translation>中央システムとの同期</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="182"/>
        <source>Sync conflict resolved</source>
        <translation>同期の競合の解決</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="184"/>
        <source>First sign-in on this device, checked centrally</source>
        <translation>この端末での初回サインイン(中央システムで確認)</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="187"/>
        <source>Staff account changes received from the central store</source>
        <translation>中央システムから受信した職員アカウントの変更</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="190"/>
        <source>Device database recovered</source>
        <translation>端末のデータベースの復旧</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="192"/>
        <source>City-wide My Number key received or granted</source>
        <translation>市のマイナンバー鍵の受信・付与</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="195"/>
        <source>Sync package written or read</source>
        <translation>同期ファイルの書き出し・読み込み</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="197"/>
        <source>Case assigned to an outreach device or taken back</source>
        <translation>担当ケースの出張受付端末への割当て・引き上げ</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="200"/>
        <source>Possible duplicate person found or settled</source>
        <translation>重複の可能性がある対象者の検出・処理</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="203"/>
        <source>Resident registry network (住基ネット) results imported</source>
        <translation>住基ネット照会結果の取込</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="238"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="240"/>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="242"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>madoguchi::intake</name>
    <message>
        <location filename="../core/intake/Application.cpp" line="64"/>
        <source>At the counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="66"/>
        <source>By mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="68"/>
        <source>Outreach</source>
        <translation>出張受付</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="106"/>
        <source>Received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="108"/>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="110"/>
        <source>Awaiting decision</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="112"/>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="114"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="116"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
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
    <name>madoguchi::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="77"/>
        <source>The sync status could not be read.</source>
        <translation>同期の状態を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="102"/>
        <source>The sync is not ready.</source>
        <translation>同期の準備ができていません。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="409"/>
        <source>The central server cannot be reached; changes stay on this computer and are sent at the next sync. (%1)</source>
        <translation>中央システムに接続できません。変更はこの端末に保存され、次回の同期で送信されます。（%1）</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="412"/>
        <source>The last sync did not finish: %1</source>
        <translation>前回の同期が完了しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApplicantPicker</name>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="35"/>
        <source>Search: kana, name, 宛名番号 or date of birth</source>
        <translation>検索: カナ・氏名・宛名番号・生年月日</translation>
    </message>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="36"/>
        <source>Search for the applicant</source>
        <translation>申請者を検索</translation>
    </message>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="49"/>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="79"/>
        <source>No applicant chosen yet.</source>
        <translation>申請者が選ばれていません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApprovalQueueModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="151"/>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="154"/>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="161"/>
        <source>You (another approver must approve)</source>
        <translation>本人（別の決裁者が決裁します）</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="174"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="176"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="178"/>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="180"/>
        <source>Monthly cap</source>
        <translation>負担上限月額</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="182"/>
        <source>Rule version</source>
        <translation>規則の版</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="184"/>
        <source>Drafted</source>
        <translation>起案日時</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="186"/>
        <source>Drafter</source>
        <translation>起案者</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApproverQueuePage</name>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="90"/>
        <source>Decisions awaiting approval</source>
        <translation>決裁待ちの決定</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="91"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="92"/>
        <source>&amp;Approve</source>
        <translation>決裁(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="94"/>
        <source>Approve the selected decision. It cannot be changed afterwards; its ledger entry is written and the application is decided.</source>
        <translation>選択した決定を決裁します。決裁後は変更できません。台帳に記録され、申請は決定済みになります。</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="165"/>
        <source>No decisions are awaiting approval.</source>
        <translation>決裁待ちの決定はありません。</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="166"/>
        <source>Select a decision to see the evaluation it rests on.</source>
        <translation>決定を選ぶと、その根拠となった判定が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="171"/>
        <source>%1; income category %2; rule version %3</source>
        <translation>%1、所得区分 %2、規則の版 %3</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="180"/>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="187"/>
        <source>Select a decision first.</source>
        <translation>先に決定を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="196"/>
        <source>The decision was approved and recorded in the ledger.</source>
        <translation>決定を決裁し、台帳に記録しました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="146"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="147"/>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="148"/>
        <source>Person or &amp;object ID:</source>
        <translation>個人・対象ID(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="149"/>
        <source>&amp;Event:</source>
        <translation>操作(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="150"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="151"/>
        <source>e.g. a person&apos;s ID</source>
        <translation>例: 個人のID</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="152"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="153"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="154"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="155"/>
        <source>C&amp;lear</source>
        <translation>条件クリア(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="156"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV出力(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="158"/>
        <source>Save the records the filters select as a CSV file for self-inspection and internal or external audits. The export is itself recorded in the log.</source>
        <translation>条件に合う記録を、自己点検・内部監査・外部監査用のCSVファイルに保存します。出力したこと自体もログに記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="160"/>
        <source>&amp;Verify log</source>
        <translation>改ざん検査(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="162"/>
        <source>Check that no record has been altered, removed or reordered since it was written</source>
        <translation>書き込み後に記録が変更・削除・並べ替えされていないかを確かめます</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="171"/>
        <source>All events</source>
        <translation>すべての操作</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="252"/>
        <source>Showing the newest %n record(s). Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>新しい順に%n件を表示しています。古い記録を見るには条件を絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="255"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="265"/>
        <source>Export audit log</source>
        <translation>監査ログの出力</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="266"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="271"/>
        <source>Exported to %1.</source>
        <translation>%1 に出力しました。</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="280"/>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="305"/>
        <source>The audit log is intact: %n record(s) checked, signatures of %1 checkpoint(s) valid.</source>
        <translation>
            <numerusform>監査ログは改ざんされていません: %n件の記録を検査し、%1件のチェックポイントの署名が有効です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="312"/>
        <source>The audit log has been altered: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="313"/>
        <source>The audit log could not be checked: %1</source>
        <translation>監査ログを検査できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="72"/>
        <source>Record %1, recorded %2 (UTC)</source>
        <translation>記録 %1、記録時刻 %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="95"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="97"/>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="99"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="101"/>
        <source>Event</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="103"/>
        <source>Object type</source>
        <translation>対象の種類</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="105"/>
        <source>Object ID</source>
        <translation>対象ID</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="107"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="109"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BatchPrinting</name>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="52"/>
        <source>There are no certificates to print.</source>
        <translation>印刷する受給者証がありません。</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="54"/>
        <source>Printing was cancelled.</source>
        <translation>印刷を中止しました。</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="118"/>
        <source>certificates-%1.pdf</source>
        <translation>受給者証-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="121"/>
        <source>Save %n certificate(s) as one PDF</source>
        <translation>
            <numerusform>%n件の受給者証を1つのPDFとして保存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="138"/>
        <source>Print %n certificate(s)</source>
        <translation>
            <numerusform>%n件の受給者証を印刷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="154"/>
        <source>Writing the certificates to a PDF file…</source>
        <translation>受給者証をPDFファイルに書き出しています…</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="189"/>
        <source>Sending the certificates to the printer…</source>
        <translation>受給者証をプリンタに送信しています…</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="205"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="207"/>
        <source>Batch printing</source>
        <translation>一括印刷</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="233"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="254"/>
        <source>%n certificate(s) printed.</source>
        <translation>
            <numerusform>%n件の受給者証を印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="256"/>
        <source>Printing was cancelled. Nothing was recorded as printed.</source>
        <translation>印刷を中止しました。印刷済みとして記録されたものはありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateQueueModel</name>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="46"/>
        <source>%1 (you)</source>
        <translation>%1（自分）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="50"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="52"/>
        <source>%1 (staff …%2)</source>
        <translation>%1（職員 …%2）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="59"/>
        <source>Waiting to be printed</source>
        <translation>印刷待ち</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="61"/>
        <source>Printed %1, %n time(s)</source>
        <translation>
            <numerusform>印刷 %1（%n回）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="63"/>
        <source>Printed %1</source>
        <translation>印刷 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="65"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="112"/>
        <source>Handed over %1</source>
        <translation>交付 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="67"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="114"/>
        <source>Mailed %1</source>
        <translation>郵送 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="70"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="116"/>
        <source>Void %1</source>
        <translation>無効 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="71"/>
        <source>Void %1: %2</source>
        <translation>無効 %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="78"/>
        <source>No. %1 (reissue %2)</source>
        <translation>番号 %1（再交付 %2）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="79"/>
        <source>No. %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="108"/>
        <source>Requested %1</source>
        <translation>発行依頼 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="110"/>
        <source>First printed %1</source>
        <translation>初回印刷 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="118"/>
        <source>Reissued because: %1</source>
        <translation>再交付の理由: %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="153"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="155"/>
        <source>Recipient no.</source>
        <translation>受給者番号</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="157"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="159"/>
        <source>Certificate</source>
        <translation>受給者証</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="161"/>
        <source>Issue</source>
        <translation>発行回</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="163"/>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="165"/>
        <source>Monthly cap</source>
        <translation>負担上限月額</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="167"/>
        <source>Requested</source>
        <translation>発行依頼日</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="169"/>
        <source>Last step</source>
        <translation>最終処理</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateVerifyDialog</name>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="208"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="210"/>
        <source>Genuine, but not valid yet</source>
        <translation>正規のものですが、まだ有効期間前です</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="212"/>
        <source>Genuine, but a newer certificate was issued</source>
        <translation>正規のものですが、より新しい受給者証が発行されています</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="214"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="216"/>
        <source>Void</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="218"/>
        <source>Altered or forged</source>
        <translation>改ざんまたは偽造</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="220"/>
        <source>Cannot be checked: unknown issuer</source>
        <translation>確認できません: 発行者が不明です</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="222"/>
        <source>Not a certificate code</source>
        <translation>受給者証の検証コードではありません</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="279"/>
        <source>What the certificate says</source>
        <translation>受給者証の記載内容</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="280"/>
        <source>What the code claims (not confirmed, do not rely on it)</source>
        <translation>検証コードが示す内容（未確認のため、信用しないでください）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="288"/>
        <source>Recipient number:</source>
        <translation>受給者番号:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="288"/>
        <source>Certificate number:</source>
        <translation>受給者証番号:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="290"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="292"/>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="293"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="296"/>
        <source>Monthly cap:</source>
        <translation>負担上限月額:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="297"/>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="299"/>
        <source>%1 (reissue no. %2)</source>
        <translation>%1（再交付 %2回目）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="301"/>
        <source>Issued on:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="303"/>
        <source>Issuing office:</source>
        <translation>発行元:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="304"/>
        <source>Local government code %1</source>
        <translation>地方公共団体コード %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="307"/>
        <source>Outreach device %1, certified by the city&apos;s key %2</source>
        <translation>出張受付用端末 %1（市の発行鍵 %2 で認証）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="310"/>
        <source>The city&apos;s issuing key %1</source>
        <translation>市の発行鍵 %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="312"/>
        <source>Signed by:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="313"/>
        <source>Certificate ID:</source>
        <translation>受給者証ID:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="318"/>
        <source>Verify a certificate</source>
        <translation>受給者証の検証</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="320"/>
        <source>Scan the QR code on a recipient certificate, or paste its code, and press Enter. The check needs no network: it uses the city&apos;s issuing keys known to this computer.</source>
        <translation>受給者証のQRコードを読み取るか、検証コードを貼り付けて Enter キーを押してください。検証にネットワークは不要です。この端末が保持している市の発行鍵を使います。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="323"/>
        <source>&amp;Code:</source>
        <translation>検証コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="324"/>
        <source>MDG1:…</source>
        <translation>MDG1:…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="325"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="326"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="330"/>
        <source>This computer knows no issuing key yet, so no certificate can be confirmed. Synchronize first, or ask an administrator to import the city&apos;s keys.</source>
        <translation>この端末にはまだ発行鍵がないため、受給者証を確認できません。先に同期するか、管理者に市の発行鍵の取り込みを依頼してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificatesPage</name>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="167"/>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="256"/>
        <source>You may not print certificates in any ledger.</source>
        <translation>どの台帳でも受給者証を印刷する権限がありません。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="174"/>
        <source>Certificates and notices</source>
        <translation>受給者証・通知書</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="175"/>
        <source>&amp;Ledger:</source>
        <translation>台帳(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="176"/>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="177"/>
        <source>Show &amp;void</source>
        <translation>無効も表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="178"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="179"/>
        <source>&amp;Issue a certificate…</source>
        <translation>受給者証の発行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="180"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="181"/>
        <source>Preview the certificate, then choose the printer.</source>
        <translation>受給者証をプレビューしてから、プリンタを選びます。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="182"/>
        <source>&amp;Hand over</source>
        <translation>交付(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="183"/>
        <source>The certificate was handed to the person at the counter.</source>
        <translation>窓口で本人に受給者証を交付したことを記録します。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="184"/>
        <source>&amp;Mailed</source>
        <translation>郵送(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="185"/>
        <source>The certificate was sent by post.</source>
        <translation>受給者証を郵送したことを記録します。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="186"/>
        <source>Re&amp;issue…</source>
        <translation>再交付(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="188"/>
        <source>A lost or damaged certificate: a new one is issued and the old one becomes void.</source>
        <translation>紛失・破損した受給者証: 新しい受給者証を発行し、古い受給者証は無効になります。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="189"/>
        <source>All listed to P&amp;DF…</source>
        <translation>一覧の全件をPDFに出力(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="190"/>
        <source>Every listed current certificate, in one PDF file.</source>
        <translation>一覧にある現在の受給者証をすべて、1つのPDFファイルに出力します。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="191"/>
        <source>Print all &amp;listed…</source>
        <translation>一覧の全件を印刷(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="192"/>
        <source>Every listed current certificate, on a printer.</source>
        <translation>一覧にある現在の受給者証をすべて、プリンタで印刷します。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="193"/>
        <source>All ledgers</source>
        <translation>すべての台帳</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="199"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/certificate/CertificatesPage.cpp" line="206"/>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="286"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n件の受給者証</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="374"/>
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="378"/>
        <source>The certificate was printed.</source>
        <translation>受給者証を印刷しました。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="398"/>
        <source>Recorded as handed over.</source>
        <translation>交付済みとして記録しました。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="407"/>
        <source>Recorded as mailed.</source>
        <translation>郵送済みとして記録しました。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="419"/>
        <source>A new certificate was issued; the old one is void.</source>
        <translation>新しい受給者証を発行しました。古い受給者証は無効になりました。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="439"/>
        <source>The certificate was requested; print it now.</source>
        <translation>受給者証の発行依頼を登録しました。続けて印刷してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="25"/>
        <source>Your deletion of this record was not applied: another device changed it first.</source>
        <translation>この記録の削除は反映されませんでした。別の端末が先に変更しています。</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="28"/>
        <source>Another device created this record too.</source>
        <translation>別の端末でもこの記録が作成されています。</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="29"/>
        <source>Your change was not applied: another device changed the same fields first.</source>
        <translation>変更は反映されませんでした。別の端末が先に同じ項目を変更しています。</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="39"/>
        <source>Settle a sync conflict</source>
        <translation>同期の競合の解決</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on this computer and on another device at the same time. %2 Compare both versions and choose which to keep.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; がこの端末と別の端末で同時に変更されました。%2 両方の内容を比べて、残す方を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Saved version</source>
        <translation>保存されている内容</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Your change (not applied)</source>
        <translation>自分の変更（未反映）</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Apply yours</source>
        <translation>自分の変更を採用</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="68"/>
        <source>Highlighted rows differ between the two versions.</source>
        <translation>強調表示されている行は、2つの内容で異なる項目です。</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="72"/>
        <source>Keep the saved version</source>
        <translation>保存されている内容を残す</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="74"/>
        <source>Apply your change again</source>
        <translation>自分の変更をもう一度反映する</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="76"/>
        <source>Choose field by field</source>
        <translation>項目ごとに選ぶ</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="95"/>
        <source>Save the resolution</source>
        <translation>解決内容を保存</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="128"/>
        <source>(deleted by another device)</source>
        <translation>（別の端末で削除）</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="131"/>
        <source>(your deletion)</source>
        <translation>（自分による削除）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DecisionQueueModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="103"/>
        <source>Application No.</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="105"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="107"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="109"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="111"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DecisionWorkbenchPage</name>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="261"/>
        <source>Review and decision</source>
        <translation>審査・決定</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="262"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="263"/>
        <source>Evaluation inputs</source>
        <translation>判定の入力</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="264"/>
        <source>As &amp;of:</source>
        <translation>基準日(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="265"/>
        <source>&amp;Birth date:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="266"/>
        <source>&amp;Setting:</source>
        <translation>利用形態(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="267"/>
        <source>Severe and continuous (重度かつ継続)</source>
        <translation>重度かつ継続</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="268"/>
        <source>Own &amp;income (本人収入):</source>
        <translation>本人収入(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="269"/>
        <source>&amp;Device cost (基準額):</source>
        <translation>基準額(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="270"/>
        <source>Household receives &amp;public assistance (生活保護)</source>
        <translation>生活保護受給世帯(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="271"/>
        <source>Applicant&apos;s 所得割:</source>
        <translation>本人の所得割:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="272"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="274"/>
        <source>Tax-exempt (非課税)</source>
        <translation>非課税</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="273"/>
        <source>Other &amp;member:</source>
        <translation>他の世帯員(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="275"/>
        <source>&amp;Evaluate</source>
        <translation>判定(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="276"/>
        <source>Evaluation</source>
        <translation>判定結果</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="277"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="278"/>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="279"/>
        <source>&amp;Valid:</source>
        <translation>有効期間(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="280"/>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="281"/>
        <source>Required for a rejection</source>
        <translation>却下の場合は必須</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="282"/>
        <source>&amp;Draft</source>
        <translation>起案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="283"/>
        <source>Send for &amp;approval</source>
        <translation>決裁に回す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="285"/>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="288"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="498"/>
        <source>Rule version: %1</source>
        <translation>規則の版: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="302"/>
        <source>At home (在宅)</source>
        <translation>在宅</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="303"/>
        <source>Day service (通所)</source>
        <translation>通所</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="304"/>
        <source>Residential (施設入所)</source>
        <translation>施設入所</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="305"/>
        <source>Group home (グループホーム)</source>
        <translation>グループホーム</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="306"/>
        <source>Spouse (配偶者)</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="307"/>
        <source>Guardian (保護者)</source>
        <translation>保護者</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="308"/>
        <source>Other (その他)</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="388"/>
        <source>Enter the inputs and press Evaluate.</source>
        <translation>入力して「判定」を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="467"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="508"/>
        <source>Select an application first.</source>
        <translation>先に申請を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="484"/>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="484"/>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="486"/>
        <source>income category %1</source>
        <translation>所得区分 %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="490"/>
        <source>monthly cap ¥%1</source>
        <translation>負担上限月額 %1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="491"/>
        <source>monthly cap: the health insurance&apos;s limit</source>
        <translation>負担上限月額: 医療保険の自己負担限度額</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="493"/>
        <source>co-payment %1%</source>
        <translation>自己負担 %1%</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="495"/>
        <source>pays ¥%1</source>
        <translation>自己負担額 %1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="497"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="532"/>
        <source>The decision was drafted. Send it for approval when it is complete.</source>
        <translation>決定を起案しました。内容がそろったら決裁に回してください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="539"/>
        <source>Draft the decision first.</source>
        <translation>先に決定を起案してください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="551"/>
        <source>The decision was sent for approval. Someone else with approval rights in this ledger approves it.</source>
        <translation>決定を決裁に回しました。この台帳の決裁権限を持つ別の職員が決裁します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="26"/>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="50"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="52"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="54"/>
        <source>&amp;Whole page</source>
        <translation>ページ全体(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="63"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="111"/>
        <source>Print documents</source>
        <translation>文書の印刷</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DuplicateCandidatesDialog</name>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="37"/>
        <source>宛名番号 %1</source>
        <translation>宛名番号 %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="55"/>
        <source>Possible duplicate records</source>
        <translation>重複の可能性がある記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="59"/>
        <source>Sync brought records from other computers that may be the same person as a record here. Compare each pair; merge it into the record that should remain, or record that they are different people.</source>
        <translation>同期により、他の端末から、この端末の記録と同一人物の可能性がある記録が届きました。1組ずつ比較し、残す記録に統合するか、別人であることを記録してください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Record on the left</source>
        <translation>左の記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Record on the right</source>
        <translation>右の記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="86"/>
        <source>Merge, keep the left record</source>
        <translation>統合(左の記録を残す)</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="89"/>
        <source>Merge, keep the right record</source>
        <translation>統合(右の記録を残す)</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="91"/>
        <source>Not the same person</source>
        <translation>同一人物ではない</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="144"/>
        <source>No possible duplicates are waiting.</source>
        <translation>確認待ちの重複の可能性はありません。</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="197"/>
        <source>The record 宛名番号 %1 was merged into 宛名番号 %2, which remains.</source>
        <translation>宛名番号 %1 の記録を宛名番号 %2 の記録に統合しました。宛名番号 %2 が残ります。</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="208"/>
        <source>Recorded that 宛名番号 %1 and %2 are different people.</source>
        <translation>宛名番号 %1 と %2 が別人であることを記録しました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IntakePage</name>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="100"/>
        <source>Application intake (申請受付)</source>
        <translation>申請受付</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="114"/>
        <location filename="../ui/intake/IntakePage.cpp" line="117"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="116"/>
        <source>Family</source>
        <translation>手続の種類</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="119"/>
        <source>Receipt (受付)</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="133"/>
        <source>Only when someone applies for the person: name and relationship</source>
        <translation>代理人が申請する場合のみ: 氏名と続柄</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="146"/>
        <source>Applicant *</source>
        <translation>申請者 *</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="147"/>
        <source>Date of receipt *</source>
        <translation>受付日 *</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="148"/>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="149"/>
        <source>Representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="151"/>
        <source>Application</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="157"/>
        <source>Attachments received (添付書類)</source>
        <translation>受け取った添付書類</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="197"/>
        <location filename="../ui/intake/IntakePage.cpp" line="209"/>
        <source>New application</source>
        <translation>新しい申請</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="199"/>
        <source>Discard this form and its draft, and start an empty one</source>
        <translation>この入力内容と下書きを破棄して、新しい申請を始めます</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="200"/>
        <source>Submit</source>
        <translation>受付登録</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="202"/>
        <source>Submit the application (Ctrl+Return)</source>
        <translation>申請を受け付けます (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="210"/>
        <source>Discard this form and its draft? What was entered is lost.</source>
        <translation>この入力内容と下書きを破棄しますか？入力した内容は失われます。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="265"/>
        <source>You may not take applications: no procedure is in your business scopes.</source>
        <translation>申請を受け付ける権限がありません。担当業務に該当する手続がありません。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="368"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/IntakePage.cpp" line="372"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n桁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="399"/>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="410"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="663"/>
        <source>The draft could not be saved: %1</source>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="669"/>
        <source>Draft saved at %1.</source>
        <translation>%1 に下書きを保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="684"/>
        <source>Your unsent form of %1 was restored.</source>
        <translation>%1 の未送信の入力内容を復元しました。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="688"/>
        <source>Draft restored.</source>
        <translation>下書きを復元しました。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="839"/>
        <source>Choose the procedure first.</source>
        <translation>先に手続を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="870"/>
        <source>Application received. Application number: %1</source>
        <translation>受け付けました。申請番号: %1</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="878"/>
        <source>Documents still to be submitted (補正): %1</source>
        <translation>未提出の書類（補正）: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IssueCertificateDialog</name>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="26"/>
        <source>Issue a certificate</source>
        <translation>受給者証の発行</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="42"/>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="48"/>
        <source>&amp;Person:</source>
        <translation>対象者(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="49"/>
        <source>&amp;Ledger:</source>
        <translation>台帳(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="51"/>
        <source>&amp;Certificate:</source>
        <translation>受給者証(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="157"/>
        <source>This person holds no current grant in a ledger you may print certificates for.</source>
        <translation>この対象者には、受給者証を印刷できる台帳で現在有効な支給決定がありません。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="173"/>
        <source>Recipient no. %1 · %2 · valid %3 · monthly cap %4</source>
        <translation>受給者番号 %1 · %2 · 有効期間 %3 · 負担上限月額 %4</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="193"/>
        <source>Choose the person first.</source>
        <translation>先に対象者を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="194"/>
        <source>Choose the ledger and the certificate.</source>
        <translation>台帳と受給者証を選んでください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerFileModel</name>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="27"/>
        <source>%1 –</source>
        <translation>%1～</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="28"/>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="33"/>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="38"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFileModel.cpp" line="65"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="67"/>
        <source>Ends today</source>
        <translation>本日終了</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFileModel.cpp" line="68"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>%n日前に終了</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="118"/>
        <source>Recipient No.</source>
        <translation>受給者番号</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="120"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="122"/>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="124"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="126"/>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="128"/>
        <source>Monthly cap</source>
        <translation>負担上限月額</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="130"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="132"/>
        <source>Return claims</source>
        <translation>返還請求</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerFilePage</name>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="167"/>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="281"/>
        <source>You may not read any ledger.</source>
        <translation>閲覧できる台帳がありません。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="174"/>
        <source>Ledger file</source>
        <translation>台帳一覧</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="175"/>
        <source>&amp;Ledger:</source>
        <translation>台帳(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="176"/>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="177"/>
        <source>&amp;Validity ends within</source>
        <translation>有効期限まで(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="179"/>
        <source>Only recipients whose current decision ends from today up to this many days from now: the list for renewal notices.</source>
        <translation>現在の決定の有効期間が、今日からこの日数以内に終わる受給者だけを表示します（更新案内の対象者一覧）。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="181"/>
        <source> days</source>
        <translation> 日以内</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="182"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="183"/>
        <source>&amp;Open ledger timeline</source>
        <translation>台帳の経過を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="184"/>
        <source>&amp;Print certificates</source>
        <translation>受給者証の印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="185"/>
        <source>The current certificates of the listed recipients (for renewals: check &quot;Validity ends within&quot; first), in one batch.</source>
        <translation>一覧の受給者の現在の受給者証を一括で印刷します（更新の場合は、先に「有効期限まで」を指定してください）。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="187"/>
        <source>Print re&amp;newal notices…</source>
        <translation>更新のお知らせを印刷(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="188"/>
        <source>The renewal notices of the listed recipients whose grant is current (check &quot;Validity ends within&quot; first), in one PDF file.</source>
        <translation>一覧の受給者のうち、現在有効な支給決定がある方の更新申請のお知らせを1つの PDF ファイルにします(先に「有効期限まで」にチェックを入れてください)。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="191"/>
        <source>To one &amp;PDF file…</source>
        <translation>1つのPDFファイルに出力(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="192"/>
        <source>On a &amp;printer…</source>
        <translation>プリンタで印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="198"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="205"/>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="295"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="392"/>
        <source>None of the listed recipients has a certificate waiting to be printed. Issue the certificates on the certificate page first.</source>
        <translation>一覧の受給者には、印刷待ちの受給者証がありません。先に受給者証の画面で受給者証を発行してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="396"/>
        <source>%n listed recipient(s) have no certificate waiting to be printed and are left out.</source>
        <translation>
            <numerusform>一覧の受給者のうち %n 人は、印刷待ちの受給者証がないため対象外とします。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="416"/>
        <source>None of the listed recipients has a current grant to renew.</source>
        <translation>一覧の受給者に、更新の対象となる現在有効な支給決定のある方はいません。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="424"/>
        <source>renewal-notices-%1.pdf</source>
        <translation>更新申請のお知らせ-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="427"/>
        <source>Save %n renewal notice(s) as one PDF</source>
        <translation>
            <numerusform>更新申請のお知らせ %n 件を1つの PDF として保存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="428"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="444"/>
        <source>%n renewal notice(s) saved to %1.</source>
        <translation>
            <numerusform>更新申請のお知らせ %n 件を %1 に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerTimelineModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="228"/>
        <source>valid %1 – %2</source>
        <translation>有効期間 %1～%2</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="230"/>
        <source>monthly cap ¥%1</source>
        <translation>負担上限月額 %1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="235"/>
        <source>rules %1</source>
        <translation>規則 %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="239"/>
        <source>for %1</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="241"/>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="245"/>
        <source>reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="246"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="272"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="274"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="276"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerTimelineView</name>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="168"/>
        <source>Ledger timeline</source>
        <translation>台帳の経過</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="161"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="259"/>
        <source>You may not read any ledger.</source>
        <translation>閲覧できる台帳がありません。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="169"/>
        <source>&amp;Person:</source>
        <translation>対象者(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="170"/>
        <source>&amp;Ledger:</source>
        <translation>台帳(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="171"/>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="172"/>
        <source>Record a &amp;return claim…</source>
        <translation>返還請求の記録(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="174"/>
        <source>Record in this ledger that benefits paid are claimed back (返還請求)</source>
        <translation>支給済みの給付費を返還請求することを、この台帳に記録します</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="175"/>
        <source>Recipient No.</source>
        <translation>受給者番号</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="175"/>
        <source>Certificate No.</source>
        <translation>受給者証番号</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="176"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="176"/>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="177"/>
        <source>Monthly cap</source>
        <translation>負担上限月額</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="177"/>
        <source>Outstanding return claims</source>
        <translation>未済の返還請求</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="188"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="296"/>
        <source>No decision in this ledger yet.</source>
        <translation>この台帳にはまだ決定がありません。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="190"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="273"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="315"/>
        <source>Search for a person and choose one.</source>
        <translation>対象者を検索して選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="322"/>
        <source>(not issued)</source>
        <translation>（未発行）</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="329"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="332"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="331"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="367"/>
        <source>The person chosen</source>
        <translation>選択した対象者</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="303"/>
        <source>No entries in this ledger.</source>
        <translation>この台帳には記録がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="304"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgersPage</name>
    <message>
        <location filename="../ui/decision/LedgersPage.cpp" line="34"/>
        <source>Ledger file</source>
        <translation>台帳一覧</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgersPage.cpp" line="35"/>
        <source>Person&apos;s timeline</source>
        <translation>個人の経過</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LockScreen</name>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="90"/>
        <source>Madoguchi is locked</source>
        <translation>窓口はロックされています</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="94"/>
        <source>Signed in as %1. Type your password to continue.</source>
        <translation>%1 としてサインインしています。続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="95"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="96"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="97"/>
        <source>Sign &amp;out instead</source>
        <translation>サインアウトする(&amp;O)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="55"/>
        <source>Person search</source>
        <translation>宛名検索</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="56"/>
        <source>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</source>
        <translation>氏名（漢字・カナ）、生年月日、住所、受給者番号で対象者を検索し、その記録を開きます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="59"/>
        <source>Applications</source>
        <translation>申請受付</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="60"/>
        <source>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</source>
        <translation>窓口で申請を受け付けます。手続の種類、申請者、添付書類のチェックリスト、受付番号を扱います。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="64"/>
        <source>Review and decisions</source>
        <translation>審査・決定</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="65"/>
        <source>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</source>
        <translation>申請を審査し、施行中の基準に照らして支給要件と負担上限月額を確認し、決定を承認します。決定を起案した職員が、その決定を承認することはできません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="69"/>
        <source>Ledgers</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</source>
        <translation>給付の台帳です。受給者、受給者証、支給したすべての給付の履歴を扱います。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="73"/>
        <source>Certificate printing</source>
        <translation>受給者証印刷</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="74"/>
        <source>Print recipient certificates and decision notices.</source>
        <translation>受給者証と決定通知書を印刷します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="76"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="77"/>
        <source>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</source>
        <translation>この端末での変更を中央データベースへ送り、ほかの端末での変更を受け取ります。職員の判断が必要な競合もここで解決します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="81"/>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <source>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</source>
        <translation>監査ログです。いつ、誰が、どの個人情報を閲覧・変更したかを確認し、ログが改ざんされていないことを検証します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="85"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</source>
        <translation>職員アカウント、役割と事務の範囲、パスワードと二要素認証、データベースのキースロットとバックアップを管理します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="187"/>
        <source>Review and drafting</source>
        <translation>審査・起案</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="191"/>
        <source>Approval queue</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>Your roles give you no work areas on this computer yet.</source>
        <translation>あなたの職務で使える業務画面は、この端末にはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="345"/>
        <source>Madoguchi — Disability Support Counter</source>
        <translation>窓口 — 障がい者支援 窓口業務システム</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="354"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="355"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="360"/>
        <source>Hide the screen until your password is typed again (%1)</source>
        <translation>パスワードを入力し直すまで画面を隠します（%1）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="362"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="363"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="365"/>
        <source>&amp;About Madoguchi</source>
        <translation>窓口について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="366"/>
        <source>&amp;Verify a certificate…</source>
        <translation>受給者証の検証(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="367"/>
        <source>Verify certificate</source>
        <translation>受給者証の検証</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="369"/>
        <source>Check a certificate&apos;s QR code: genuine, expired, void or altered (%1)</source>
        <translation>受給者証のQRコードを確認します: 正規・期限切れ・無効・改ざん（%1）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Signed out</source>
        <translation>サインアウトしました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>No database open</source>
        <translation>データベースは開かれていません</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="386"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="387"/>
        <source>Signed in: %1 · %2</source>
        <translation>サインイン中: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="390"/>
        <source>Scopes: %1</source>
        <translation>担当業務: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="393"/>
        <source>Encrypted · schema %1 · %2</source>
        <translation>暗号化済み・スキーマ %1・%2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="514"/>
        <source>About Madoguchi</source>
        <translation>窓口について</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="515"/>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;窓口 %1&lt;/h3&gt;&lt;p&gt;障がい者支援課の窓口業務システムです。申請受付、審査・決定、給付台帳、受給者証を扱います。&lt;/p&gt;&lt;p&gt;GNU General Public License（GPL）バージョン 3 以降の条件で提供されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MyNumberRecordDialog</name>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="53"/>
        <source>Record the My Number</source>
        <translation>個人番号の記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="55"/>
        <source>The applicant provided the My Number</source>
        <translation>申請者が個人番号を提供した</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="57"/>
        <source>The applicant did not provide it</source>
        <translation>申請者が個人番号を提供しなかった</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="67"/>
        <source>12 digits</source>
        <translation>12桁</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="68"/>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="102"/>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="76"/>
        <source>With a photo (one is enough)</source>
        <translation>顔写真付き（1点で可）</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="77"/>
        <source>Without a photo (two are needed)</source>
        <translation>顔写真なし（2点必要）</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="103"/>
        <source>Number confirmed with (番号確認)</source>
        <translation>番号確認の方法</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="106"/>
        <source>Identity confirmed with (身元確認)</source>
        <translation>身元確認に用いた書類</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="115"/>
        <source>(choose the reason)</source>
        <translation>（理由を選択してください）</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="119"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="122"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="243"/>
        <source>Choose why the applicant did not provide the number.</source>
        <translation>個人番号が提供されなかった理由を選んでください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MyNumberRevealDialog</name>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="29"/>
        <source>Show the My Number</source>
        <translation>個人番号の表示</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="40"/>
        <source>The My Number is shown only for a stated purpose, and the showing is recorded in the audit log. It is masked again after %n second(s).</source>
        <translation>
            <numerusform>個人番号は目的を記録したうえでのみ表示され、表示したことは監査ログに記録されます。%n秒後に再びマスクされます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="47"/>
        <source>(choose the purpose)</source>
        <translation>（目的を選択してください）</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="75"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="77"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="83"/>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="84"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="88"/>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="139"/>
        <source>Choose why you need to see the My Number.</source>
        <translation>個人番号を表示する目的を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="146"/>
        <source>You may not see My Numbers.</source>
        <translation>個人番号を表示する権限がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="204"/>
        <source>Masked again in %n second(s).</source>
        <translation>
            <numerusform>あと%n秒でマスクされます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonDetailView</name>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="64"/>
        <source>%1 –</source>
        <translation>%1 ～</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="81"/>
        <source>← Search</source>
        <translation>← 検索に戻る</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="84"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="86"/>
        <source>Open this person&apos;s benefit ledger timeline</source>
        <translation>この対象者の給付台帳の経過を開きます</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="120"/>
        <source>Show…</source>
        <translation>表示…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="122"/>
        <source>Show the My Number unmasked for a stated purpose (audited)</source>
        <translation>目的を記録して個人番号を表示します（監査記録あり）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="125"/>
        <source>Record…</source>
        <translation>記録…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="128"/>
        <source>Record the My Number with its checks, or that the applicant did not provide it</source>
        <translation>番号確認・身元確認とともに個人番号を記録します。提供がなかったことも記録できます</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="151"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="152"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="154"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="155"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="157"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="190"/>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="159"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="166"/>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="236"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Handbook</source>
        <translation>手帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Issued</source>
        <translation>交付日</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="182"/>
        <source>Relationship to the head</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Changed at</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="186"/>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="187"/>
        <source>Addresses</source>
        <translation>住所履歴</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="188"/>
        <source>Handbooks</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="189"/>
        <source>Representatives</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="225"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="232"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="234"/>
        <source>(not recorded)</source>
        <translation>（未登録）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="239"/>
        <source>Relationship to the head: %1</source>
        <translation>続柄: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="241"/>
        <source>This record was merged into another one.</source>
        <translation>この記録は別の記録に統合されています。</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="269"/>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="280"/>
        <source>Not provided: %1</source>
        <translation>提供なし: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="289"/>
        <source>%1 (confirmed with %2)</source>
        <translation>%1（%2で番号確認）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="310"/>
        <source>No expiry</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="349"/>
        <source>%1 (from %2)</source>
        <translation>%1（%2から）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="358"/>
        <source>Staff %1</source>
        <translation>職員 %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="366"/>
        <source>Change history (%1)</source>
        <translation>変更履歴 (%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonRegistrationDialog</name>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="45"/>
        <source>Register a person</source>
        <translation>宛名の登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="51"/>
        <source>Family name</source>
        <translation>氏</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="52"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="53"/>
        <source>Family name in kana</source>
        <translation>氏（カナ）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="54"/>
        <source>Given name in kana</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="59"/>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="63"/>
        <source>e.g. 123-4567</source>
        <translation>例: 123-4567</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="66"/>
        <source>e.g. 03-1234-5678</source>
        <translation>例: 03-1234-5678</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="75"/>
        <source>Name (kanji)</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="76"/>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="77"/>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="78"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="79"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="80"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="81"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="83"/>
        <source>Possible duplicates</source>
        <translation>重複の可能性がある宛名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="89"/>
        <source>These registered persons may be the same person. Open the existing record if one of them is the applicant; register anyway only if you checked that none of them is.</source>
        <translation>登録済みの次の方と同一人物の可能性があります。該当する方がいれば既存の記録を開いてください。いずれも別人であることを確認した場合に限り、そのまま登録してください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="101"/>
        <source>Open the selected record</source>
        <translation>選択した記録を開く</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="103"/>
        <source>Register anyway</source>
        <translation>別人として登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="122"/>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="204"/>
        <source>Select one of the listed records first.</source>
        <translation>先に一覧から記録を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="216"/>
        <source>The date of birth is not a date that exists: %1</source>
        <translation>生年月日が存在しない日付です: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="245"/>
        <source>Same My Number</source>
        <translation>個人番号が同じ</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="246"/>
        <source>Same kana and date of birth</source>
        <translation>カナと生年月日が同じ</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonSearchModel</name>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="63"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="65"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="67"/>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="69"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="71"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonSearchPage</name>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="33"/>
        <source>Find a person (宛名検索)</source>
        <translation>宛名検索</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="43"/>
        <source>Kana, name, 宛名番号, date of birth (e.g. S25.4.1) or phone</source>
        <translation>カナ・氏名・宛名番号・生年月日（例: S25.4.1）・電話番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="44"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="47"/>
        <source>Register…</source>
        <translation>新規登録…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="53"/>
        <source>Possible duplicates…</source>
        <translation>重複の可能性…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="56"/>
        <source>Records that may be the same person, registered on two computers</source>
        <translation>2台の端末で登録された、同一人物の可能性がある記録</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="131"/>
        <source>Type a name in kana or kanji, a 宛名番号, a date of birth or a phone number.</source>
        <translation>カナ・漢字の氏名、宛名番号、生年月日または電話番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="134"/>
        <source>Nobody found.</source>
        <translation>該当する方はいません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/PersonSearchPage.cpp" line="136"/>
        <source>The first %n person(s) are shown: type more to narrow the search.</source>
        <translation>
            <numerusform>先頭の%n件を表示しています。さらに入力して絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/PersonSearchPage.cpp" line="139"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n件見つかりました。</numerusform>
        </translation>
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
    <name>madoguchi::ui::ReissueDialog</name>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="24"/>
        <source>Reissue a certificate</source>
        <translation>受給者証の再交付</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="30"/>
        <source>%1
%2, recipient no. %3, %4
Valid %5</source>
        <translation>%1
%2、受給者番号 %3、%4
有効期間 %5</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="39"/>
        <source>The certificate in the person&apos;s hands becomes void. The new one gets the next issue number and is marked as a reissue.</source>
        <translation>本人が持っている受給者証は無効になります。新しい受給者証には次の発行回が付き、再交付として表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Damaged or soiled</source>
        <translation>破損・汚損</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Stolen</source>
        <translation>盗難</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="49"/>
        <source>Choose or type why, e.g. lost</source>
        <translation>理由を選ぶか入力してください（例: 紛失）</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="55"/>
        <source>&amp;Reissue</source>
        <translation>再交付(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="61"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="222"/>
        <source>Reset password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="225"/>
        <source>Set a new password for %1 (%2). Tell it to them in person; they can change it later. Their second factor stays as it is.</source>
        <translation>%1 (%2) の新しいパスワードを設定します。本人に直接伝えてください(後で本人が変更できます)。二要素認証はそのままです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="234"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n文字以上</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="237"/>
        <source>New &amp;password:</source>
        <translation>新しいパスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="238"/>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="243"/>
        <source>&amp;Reset password</source>
        <translation>パスワードを再設定(&amp;R)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReturnClaimDialog</name>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="29"/>
        <source>Record a return claim</source>
        <translation>返還請求の記録</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="35"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="39"/>
        <source>in yen, e.g. 12000</source>
        <translation>円単位（例: 12000）</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="45"/>
        <source>Why the benefit is claimed back, e.g. paid for months after moving out</source>
        <translation>返還を求める理由（例: 転出後の月の分を支給していた）</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="51"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="57"/>
        <source>&amp;Amount (yen):</source>
        <translation>金額（円）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="58"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="119"/>
        <source>Amount: enter the amount in yen as digits, for example 12000.</source>
        <translation>金額: 円単位の金額を数字で入力してください（例: 12000）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SetupDialog</name>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="40"/>
        <source>Set up Madoguchi</source>
        <translation>窓口の初期設定</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="43"/>
        <source>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</source>
        <translation>このコンピューターには窓口のデータベースがありません。暗号化された新しいデータベースと、最初の管理者アカウントを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="60"/>
        <source>e.g. yamada.hanako</source>
        <translation>例: yamada.hanako</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="68"/>
        <source>e.g. 山田 花子</source>
        <translation>例: 山田 花子</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/SetupDialog.cpp" line="74"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="81"/>
        <source>Database &amp;location:</source>
        <translation>データベースの保存場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="84"/>
        <source>Administrator lo&amp;gin name:</source>
        <translation>管理者のログイン名(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="85"/>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="86"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="87"/>
        <source>Con&amp;firm password:</source>
        <translation>パスワード（確認）(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="96"/>
        <source>Creating the encrypted database. This takes a few seconds…</source>
        <translation>暗号化データベースを作成しています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="105"/>
        <source>&amp;Create database</source>
        <translation>データベースを作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="174"/>
        <source>Database location</source>
        <translation>データベースの保存場所</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="174"/>
        <source>Madoguchi database (*.db)</source>
        <translation>窓口データベース (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="184"/>
        <source>Choose where the database is to be kept.</source>
        <translation>データベースの保存場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="186"/>
        <source>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</source>
        <translation>この場所にはすでにデータベースがあります。別の場所を選ぶか、そのデータベースを指定して窓口を起動し、サインインしてください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SignInDialog</name>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="29"/>
        <source>Sign in to Madoguchi</source>
        <translation>窓口へのサインイン</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="65"/>
        <source>The 6-digit code shown in your authenticator app:</source>
        <translation>認証アプリに表示されている6桁のコード:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="100"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="197"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="198"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="203"/>
        <source>Second step: code from your app</source>
        <translation>2段階目: 認証アプリのコード</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="208"/>
        <source>Second step: set up your authenticator app</source>
        <translation>2段階目: 認証アプリの設定</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="209"/>
        <source>&amp;Check code and sign in</source>
        <translation>コードを確認してサインイン(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="281"/>
        <source>This is your first sign-in on this computer: the central server checks your password and code (the network is needed this once). Type the code your authenticator app shows for Madoguchi.</source>
        <translation>この端末での初回サインインです。中央システムでパスワードとコードを確認します(今回のみネットワーク接続が必要です)。認証アプリで「Madoguchi」に表示されているコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="326"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="329"/>
        <source>Password accepted for %1. Open the authenticator app on your phone and type the code it shows for Madoguchi.</source>
        <translation>%1 のパスワードを確認しました。スマートフォンの認証アプリを開き、「Madoguchi」に表示されているコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="40"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="54"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="55"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="204"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffAccountDialog</name>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="48"/>
        <source>New staff account</source>
        <translation>職員アカウントの新規作成</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="48"/>
        <source>Edit staff account</source>
        <translation>職員アカウントの変更</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="52"/>
        <source>e.g. suzuki.taro</source>
        <translation>例: suzuki.taro</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="59"/>
        <source>e.g. 鈴木 太郎</source>
        <translation>例: 鈴木 太郎</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="62"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="63"/>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="65"/>
        <source>Roles</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="75"/>
        <source>Task scopes (ledgers this person works on)</source>
        <translation>担当業務(扱う台帳)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="93"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n文字以上</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="95"/>
        <source>Initial &amp;password:</source>
        <translation>初期パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="96"/>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="104"/>
        <source>&amp;Create account</source>
        <translation>アカウントを作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="104"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="183"/>
        <source>Choose at least one role.</source>
        <translation>職務を1つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffPage</name>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="97"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="99"/>
        <source>Who may sign in on this computer, with which roles and for which ledgers. Every change is recorded in the audit log.</source>
        <translation>この端末にサインインできる職員と、その職務・担当台帳です。変更はすべて監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="101"/>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="102"/>
        <source>&amp;Edit roles and scopes…</source>
        <translation>職務・担当業務の変更(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="103"/>
        <source>Reset &amp;password…</source>
        <translation>パスワード再設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="104"/>
        <source>Reset second &amp;factor</source>
        <translation>二要素認証のリセット(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="105"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="106"/>
        <source>&amp;Disable…</source>
        <translation>無効化(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="211"/>
        <source>The account %1 was created.</source>
        <translation>アカウント %1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="227"/>
        <source>The account %1 was created. The person sets up the authenticator app at their first sign-in.</source>
        <translation>アカウント %1 を作成しました。認証アプリは本人が最初のサインイン時に設定します。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="257"/>
        <source>The account %1 was changed.</source>
        <translation>アカウント %1 を変更しました。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="280"/>
        <source>The password of %1 was reset.</source>
        <translation>%1 のパスワードを再設定しました。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="292"/>
        <location filename="../ui/admin/StaffPage.cpp" line="299"/>
        <source>Reset second factor</source>
        <translation>二要素認証のリセット</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="293"/>
        <source>Reset the second factor of %1 (%2)? Their authenticator app stops working for Madoguchi; at their next sign-in they set it up again with a new QR code.</source>
        <translation>%1 (%2) の二要素認証をリセットしますか? いまの認証アプリのコードは使えなくなり、次のサインイン時に新しいQRコードで設定し直します。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="308"/>
        <source>The second factor of %1 was reset. They set it up again at their next sign-in.</source>
        <translation>%1 の二要素認証をリセットしました。次のサインイン時に本人が設定し直します。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="322"/>
        <source>The account %1 was unlocked.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="332"/>
        <location filename="../ui/admin/StaffPage.cpp" line="340"/>
        <source>Disable account</source>
        <translation>アカウントを無効化</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="333"/>
        <source>Disable the account of %1 (%2)?</source>
        <translation>%1 (%2) のアカウントを無効にしますか?</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="338"/>
        <source>Their key is removed: they can no longer open the database on this computer, not even offline. This cannot be undone; if they return, create a new account.</source>
        <translation>この職員の鍵が削除され、この端末のデータベースを開けなくなります(オフラインでも開けません)。元に戻せません。復帰する場合は新しいアカウントを作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="348"/>
        <source>The account %1 was disabled.</source>
        <translation>アカウント %1 を無効にしました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffTableModel</name>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="58"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="65"/>
        <source>Yes</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="65"/>
        <source>No (set up at next sign-in)</source>
        <translation>未設定(次回サインイン時に設定)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="87"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="89"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="91"/>
        <source>Roles</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="93"/>
        <source>Scopes</source>
        <translation>担当業務</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="95"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="97"/>
        <source>Second factor</source>
        <translation>二要素認証</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="99"/>
        <source>Locked until</source>
        <translation>ロック期限</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="32"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="39"/>
        <source>Changes made on this computer that were not applied, because another device changed the same record first. Open each one and decide which version is right.</source>
        <translation>別の端末が先に同じ記録を変更したため、反映されなかったこの端末での変更です。1件ずつ開いて、どちらの内容が正しいかを判断してください。</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Your change</source>
        <translation>自分の変更</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Differing fields</source>
        <translation>異なる項目</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="66"/>
        <source>Open the conflict…</source>
        <translation>競合を開く…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="73"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="83"/>
        <source>Write a sync file…</source>
        <translation>同期ファイルを書き出す…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="85"/>
        <source>Without a network: write the changes of this computer to a file (for example on a USB stick) to be read at the office.</source>
        <translation>ネットワークがない場合: この端末の変更をファイル(USBメモリなど)に書き出し、庁舎で読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="88"/>
        <source>Read a reply file…</source>
        <translation>返信ファイルを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="90"/>
        <source>Read the reply that the office wrote for this computer&apos;s sync file.</source>
        <translation>この端末の同期ファイルに対して庁舎が作成した返信ファイルを読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="93"/>
        <source>Without a network:</source>
        <translation>ネットワークがない場合:</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="108"/>
        <source>Write a sync file</source>
        <translation>同期ファイルの書き出し</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="110"/>
        <source>Sync files (*.mdgsync)</source>
        <translation>同期ファイル (*.mdgsync)</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="118"/>
        <source>Read a reply file</source>
        <translation>返信ファイルの読み込み</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="119"/>
        <source>Reply files (*.mdgreply);;All files (*)</source>
        <translation>返信ファイル (*.mdgreply);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="165"/>
        <source>The sync file was not written: %1</source>
        <translation>同期ファイルを書き出せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPage.cpp" line="168"/>
        <source>Wrote sync file %1 with %n change(s). Take it to the office; the changes count as sent once the office&apos;s reply has been read here.</source>
        <translation>
            <numerusform>同期ファイル %1 を書き出しました(変更 %n件)。庁舎へ持参してください。庁舎の返信ファイルをこの端末で読み込んだ時点で、変更は送信済みとなります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="183"/>
        <source>The reply file was not read: %1</source>
        <translation>返信ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="186"/>
        <source>Read the office&apos;s reply: %1 change(s) confirmed as sent, %2 received, %3 conflict(s) to resolve.</source>
        <translation>庁舎からの返信ファイルを読み込みました: 送信を確認した変更 %1件、受信した変更 %2件、解決が必要な競合 %3件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPage.cpp" line="207"/>
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>判断待ちの競合が%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="217"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="218"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="219"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="222"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="92"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="112"/>
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>受信中: %n件の変更</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="94"/>
        <source>Receiving…</source>
        <translation>受信中…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="98"/>
        <source>Sending %1 of %2</source>
        <translation>送信中 %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="102"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="149"/>
        <source>Waiting to send: %n change(s)</source>
        <translation>
            <numerusform>送信待ち: %n件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="115"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="128"/>
        <source>● Syncing: %n change(s) received</source>
        <translation>
            <numerusform>● 同期中: %n件受信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="123"/>
        <source>Sync: starting</source>
        <translation>同期: 開始中</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="125"/>
        <source>Sync: this computer is not enrolled</source>
        <translation>同期: この端末は登録されていません</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="131"/>
        <source>● Syncing</source>
        <translation>● 同期中</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="133"/>
        <source>○ Not connected yet</source>
        <translation>○ 未接続</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="135"/>
        <source>● Online</source>
        <translation>● オンライン</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="137"/>
        <source>○ Offline</source>
        <translation>○ オフライン</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="147"/>
        <source>Last sync: %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="148"/>
        <source>Last sync: never</source>
        <translation>最終同期: なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="152"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>競合: %n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="156"/>
        <source>Show the conflicts that need a person&apos;s decision</source>
        <translation>判断が必要な競合を表示します</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="164"/>
        <source>⚠ %n warning(s) from the last sync</source>
        <translation>
            <numerusform>⚠ 前回の同期で警告が%n件あります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="172"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="176"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="178"/>
        <source>Send this computer&apos;s changes and receive the changes made elsewhere now</source>
        <translation>この端末の変更を送信し、他の端末での変更を今すぐ受信します</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::TotpEnrolmentDialog</name>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="21"/>
        <source>Set up the second factor</source>
        <translation>二要素認証の設定</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="44"/>
        <source>Set up your authenticator app</source>
        <translation>認証アプリを設定してください</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="46"/>
        <source>Signing in to Madoguchi takes your password and a 6-digit code from an authenticator app on your phone. %1, set up the app now: nothing is saved until the app&apos;s code has been checked.</source>
        <translation>窓口へのサインインには、パスワードとスマートフォンの認証アプリに表示される6桁のコードが必要です。%1 さん、いまアプリを設定してください。アプリのコードを確認するまでは何も保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="51"/>
        <source>&amp;Check code and sign in</source>
        <translation>コードを確認してサインイン(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="62"/>
        <source>Have %1 scan this code now</source>
        <translation>%1 さんに、いまこのコードを読み取ってもらってください</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="64"/>
        <source>The account was created. This code is shown only this once. If the person is not here to scan it, choose &quot;Set up at first sign-in&quot;: Madoguchi will then show them a new code when they first sign in.</source>
        <translation>アカウントを作成しました。このコードが表示されるのは今回だけです。本人がこの場にいない場合は「最初のサインイン時に設定」を選んでください。最初のサインイン時に新しいコードが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="68"/>
        <source>&amp;Scanned</source>
        <translation>読み取りました(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="72"/>
        <source>Set up at &amp;first sign-in</source>
        <translation>最初のサインイン時に設定(&amp;F)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::TotpEnrolmentWidget</name>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="27"/>
        <source>1. Install an authenticator app on your work phone (for example Google Authenticator or Microsoft Authenticator).
2. In the app, add an account and scan this QR code with the camera.
3. If the camera cannot read it, choose to enter a setup key and type the key shown below.</source>
        <translation>1. 業務用スマートフォンに認証アプリ(Google Authenticator や Microsoft Authenticator など)を入れます。
2. アプリでアカウントを追加し、カメラでこのQRコードを読み取ります。
3. 読み取れないときは「セットアップキーを入力」を選び、下に表示されているキーを入力します。</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="34"/>
        <source>4. Type the 6-digit code the app then shows, to check that it works.</source>
        <translation>4. アプリに表示された6桁のコードを入力して、正しく設定できたか確かめます。</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="35"/>
        <source>4. From now on, sign in with your password and the 6-digit code the app shows.</source>
        <translation>4. これからは、パスワードとアプリに表示される6桁のコードでサインインします。</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="74"/>
        <source>Setup key (type it in if the camera cannot read the code; time-based, 6 digits):</source>
        <translation>セットアップキー(QRコードを読み取れないときに入力。時間ベース・6桁):</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="88"/>
        <source>The 6-digit code shown in your authenticator app:</source>
        <translation>認証アプリに表示されている6桁のコード:</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="131"/>
        <source>Account in the app: Madoguchi (%1)</source>
        <translation>アプリでのアカウント名: Madoguchi (%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::WarekiDateEdit</name>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="22"/>
        <source>Era</source>
        <translation>元号</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="23"/>
        <source>The era of a date typed without one, such as 7.7.18</source>
        <translation>元号を省略して入力した日付(7.7.18 など)の元号</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="30"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="31"/>
        <source>e.g. R7.7.18 or 2025-07-18</source>
        <translation>例: R7.7.18 または 2025-07-18</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="32"/>
        <source>Type a date as R7.7.18, 令和7年7月18日, 7.7.18 with the era chosen on the left, 2025-07-18 or 20250718.</source>
        <translation>日付は R7.7.18、令和7年7月18日、7.7.18(元号は左で選択)、2025-07-18、20250718 のいずれかの形で入力してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::WindowFlow</name>
    <message>
        <location filename="../ui/shell/WindowFlow.cpp" line="81"/>
        <source>Madoguchi</source>
        <translation>窓口</translation>
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
