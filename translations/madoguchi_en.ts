<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessLabels</name>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="16"/>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="18"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="20"/>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="22"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="24"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="26"/>
        <source>Outreach intake</source>
        <translation>Outreach intake</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="35"/>
        <source>Welfare services and community life support recipients ledger</source>
        <translation>Welfare services and community life support recipients ledger</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="37"/>
        <source>Medical care for independence (rehabilitation) ledger</source>
        <translation>Medical care for independence (rehabilitation) ledger</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="39"/>
        <source>Medical care for independence (psychiatric) ledger</source>
        <translation>Medical care for independence (psychiatric) ledger</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="41"/>
        <source>Prosthetic devices and daily living equipment ledger</source>
        <translation>Prosthetic devices and daily living equipment ledger</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="50"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="52"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="54"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/access/AccessLabels.cpp" line="67"/>
        <location filename="../ui/access/AccessLabels.cpp" line="77"/>
        <source>, </source>
        <extracomment>Separator between the items of a list of roles or scopes.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="114"/>
        <source>The audit event type is not one Madoguchi knows.</source>
        <translation>The audit event type is not one Madoguchi knows.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="117"/>
        <source>The audit outcome is not one Madoguchi knows.</source>
        <translation>The audit outcome is not one Madoguchi knows.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="122"/>
        <source>The audit record text is not valid.</source>
        <translation>The audit record text is not valid.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="126"/>
        <source>The account of an audit record must be a login.</source>
        <translation>The account of an audit record must be a login.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="131"/>
        <source>The object type of an audit record must be a lower-case code.</source>
        <translation>The object type of an audit record must be a lower-case code.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="141"/>
        <source>An audit record refers to its object by something that is not an id. Audit records must not hold personal data.</source>
        <translation>An audit record refers to its object by something that is not an id. Audit records must not hold personal data.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="146"/>
        <source>The purpose of an audit record is too long or holds a number like a My Number. Audit records must not hold personal data.</source>
        <translation>The purpose of an audit record is too long or holds a number like a My Number. Audit records must not hold personal data.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="161"/>
        <location filename="../core/audit/AuditLog.cpp" line="425"/>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="175"/>
        <source>The audit checkpoints could not be read: %1</source>
        <translation>The audit checkpoints could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="216"/>
        <location filename="../core/audit/AuditLog.cpp" line="220"/>
        <source>The audit log could not be searched: %1</source>
        <translation>The audit log could not be searched: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="279"/>
        <location filename="../core/audit/AuditLog.cpp" line="334"/>
        <source>The audit log cannot sign: the device key is not open.</source>
        <translation>The audit log cannot sign: the device key is not open.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="283"/>
        <source>The audit record could not be written: no transaction.</source>
        <translation>The audit record could not be written: no transaction.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="316"/>
        <source>The audit record could not be written: %1</source>
        <translation>The audit record could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="326"/>
        <source>The audit record could not be committed.</source>
        <translation>The audit record could not be committed.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="338"/>
        <source>The audit checkpoint could not be written: no transaction.</source>
        <translation>The audit checkpoint could not be written: no transaction.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="350"/>
        <source>The audit checkpoint could not be committed.</source>
        <translation>The audit checkpoint could not be committed.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="360"/>
        <source>The audit checkpoint could not be signed.</source>
        <translation>The audit checkpoint could not be signed.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="370"/>
        <source>The audit checkpoint could not be written: %1</source>
        <translation>The audit checkpoint could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="388"/>
        <source>The audit export file is not open for writing.</source>
        <translation>The audit export file is not open for writing.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="407"/>
        <source>The audit export could not be written: %1</source>
        <translation>The audit export could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="429"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="459"/>
        <source>The device key in the database is not the device&apos;s enrolled key: the audit log cannot be trusted from record 1.</source>
        <translation>The device key in the database is not the device&apos;s enrolled key: the audit log cannot be trusted from record 1.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="472"/>
        <source>The signed checkpoint at audit record %1 is not genuine: its signature does not verify.</source>
        <translation>The signed checkpoint at audit record %1 is not genuine: its signature does not verify.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="494"/>
        <source>Audit record %1 is missing: it has been deleted.</source>
        <translation>Audit record %1 is missing: it has been deleted.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="496"/>
        <source>Audit record %1 is out of place: the records have been renumbered.</source>
        <translation>Audit record %1 is out of place: the records have been renumbered.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="502"/>
        <source>Audit record %1 does not follow the record before it: records have been altered, removed or reordered.</source>
        <translation>Audit record %1 does not follow the record before it: records have been altered, removed or reordered.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="512"/>
        <source>Audit record %1 has been altered.</source>
        <translation>Audit record %1 has been altered.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="519"/>
        <source>Audit records %1 to %2 do not match the checkpoint signed at record %2: they have been rewritten.</source>
        <translation>Audit records %1 to %2 do not match the checkpoint signed at record %2: they have been rewritten.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="526"/>
        <source>Audit record %1 should be sealed by a signed checkpoint, but there is none: checkpoints have been removed.</source>
        <translation>Audit record %1 should be sealed by a signed checkpoint, but there is none: checkpoints have been removed.</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="543"/>
        <source>Audit record %1 is missing: a signed checkpoint covers records up to %2.</source>
        <translation>Audit record %1 is missing: a signed checkpoint covers records up to %2.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="35"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="37"/>
        <source>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</source>
        <translation>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="54"/>
        <source>You drafted this yourself. Another approver must approve it.</source>
        <translation>You drafted this yourself. Another approver must approve it.</translation>
    </message>
</context>
<context>
    <name>BurdenRules</name>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="42"/>
        <source>No row of the rule table %1 for %2 is in effect on %3 (as_of).</source>
        <translation>No row of the rule table %1 for %2 is in effect on %3 (as_of).</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="57"/>
        <source>%1: %2 (rule %3 from %4; %5)</source>
        <translation>%1: %2 (rule %3 from %4; %5)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="84"/>
        <source>%1 (非課税)</source>
        <translation>%1 (非課税)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="85"/>
        <source>%1 (所得割 %2 yen)</source>
        <translation>%1 (所得割 %2 yen)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="88"/>
        <source>Household members counted: %1.</source>
        <translation>Household members counted: %1.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="90"/>
        <source>Highest 所得割 in the household: %1 yen.</source>
        <translation>Highest 所得割 in the household: %1 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="91"/>
        <source>所得割 of the household, summed: %1 yen.</source>
        <translation>所得割 of the household, summed: %1 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="100"/>
        <source>living at home</source>
        <translation>living at home</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="102"/>
        <source>day services</source>
        <translation>day services</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="104"/>
        <source>residential facility</source>
        <translation>residential facility</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="106"/>
        <source>group home</source>
        <translation>group home</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="110"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="124"/>
        <source>Age %1 in a residential facility counts as 障害児 below age</source>
        <translation>Age %1 in a residential facility counts as 障害児 below age</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="128"/>
        <source>setting: group_home is a setting for adults (age %1 or over); the applicant is %2.</source>
        <translation>setting: group_home is a setting for adults (age %1 or over); the applicant is %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="132"/>
        <source>The applicant (age %1) is assessed as 障害児, setting %2.</source>
        <translation>The applicant (age %1) is assessed as 障害児, setting %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="135"/>
        <source>The applicant (age %1) is assessed as 障害者, setting %2.</source>
        <translation>The applicant (age %1) is assessed as 障害者, setting %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="138"/>
        <location filename="../core/rules/BurdenRules.cpp" line="187"/>
        <location filename="../core/rules/BurdenRules.cpp" line="286"/>
        <source>Copay percentage</source>
        <translation>Copay percentage</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="142"/>
        <location filename="../core/rules/BurdenRules.cpp" line="193"/>
        <location filename="../core/rules/BurdenRules.cpp" line="291"/>
        <source>生活保護 household: monthly cap</source>
        <translation>生活保護 household: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="147"/>
        <location filename="../core/rules/BurdenRules.cpp" line="197"/>
        <location filename="../core/rules/BurdenRules.cpp" line="294"/>
        <source>Every member counted is 非課税.</source>
        <translation>Every member counted is 非課税.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="148"/>
        <location filename="../core/rules/BurdenRules.cpp" line="295"/>
        <source>低所得: monthly cap</source>
        <translation>低所得: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="154"/>
        <source>一般1 for 障害児 below 所得割</source>
        <translation>一般1 for 障害児 below 所得割</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="159"/>
        <source>一般1 障害児 入所: monthly cap</source>
        <translation>一般1 障害児 入所: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="161"/>
        <source>一般1 障害児 通所・在宅: monthly cap</source>
        <translation>一般1 障害児 通所・在宅: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="164"/>
        <location filename="../core/rules/BurdenRules.cpp" line="177"/>
        <source>%1 yen is not below %2 yen.</source>
        <translation>%1 yen is not below %2 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="167"/>
        <source>一般1 for adults in 入所・GH (taxed households are 一般2)</source>
        <translation>一般1 for adults in 入所・GH (taxed households are 一般2)</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="170"/>
        <source>一般1 for 障害者 below 所得割</source>
        <translation>一般1 for 障害者 below 所得割</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="174"/>
        <source>一般1 障害者 在宅・通所: monthly cap</source>
        <translation>一般1 障害者 在宅・通所: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="180"/>
        <source>一般2: monthly cap</source>
        <translation>一般2: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="189"/>
        <source>The applicant is 重度かつ継続.</source>
        <translation>The applicant is 重度かつ継続.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="199"/>
        <source>applicant.income is needed for the 低所得1/2 line.</source>
        <translation>applicant.income is needed for the 低所得1/2 line.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="201"/>
        <source>The patient is under 18: income is the 保護者&apos;s income.</source>
        <translation>The patient is under 18: income is the 保護者&apos;s income.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="203"/>
        <source>低所得1 up to 本人収入</source>
        <translation>低所得1 up to 本人収入</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="205"/>
        <source>Income %1 yen is at most %2 yen.</source>
        <translation>Income %1 yen is at most %2 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="209"/>
        <source>低所得1: monthly cap</source>
        <translation>低所得1: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="211"/>
        <source>Income %1 yen is over %2 yen.</source>
        <translation>Income %1 yen is over %2 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="215"/>
        <source>低所得2: monthly cap</source>
        <translation>低所得2: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="223"/>
        <source>中間所得1 below 所得割</source>
        <translation>中間所得1 below 所得割</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="226"/>
        <source>中間所得2 below 所得割</source>
        <translation>中間所得2 below 所得割</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="229"/>
        <source>経過的特例 in effect until</source>
        <translation>経過的特例 in effect until</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="230"/>
        <source>経過的特例 ended on</source>
        <translation>経過的特例 ended on</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="239"/>
        <source>育成医療 経過措置 中間所得1: monthly cap</source>
        <translation>育成医療 経過措置 中間所得1: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="241"/>
        <source>育成医療 経過措置 中間所得2: monthly cap</source>
        <translation>育成医療 経過措置 中間所得2: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="246"/>
        <source>中間所得1 重度かつ継続: monthly cap</source>
        <translation>中間所得1 重度かつ継続: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="248"/>
        <source>中間所得2 重度かつ継続: monthly cap</source>
        <translation>中間所得2 重度かつ継続: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="253"/>
        <source>The monthly cap is the health insurance&apos;s 高額療養費 limit.</source>
        <translation>The monthly cap is the health insurance&apos;s 高額療養費 limit.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="257"/>
        <source>%1 yen is not below %2 yen: 一定所得以上.</source>
        <translation>%1 yen is not below %2 yen: 一定所得以上.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="260"/>
        <source>一定所得以上 is not eligible unless 重度かつ継続.</source>
        <translation>一定所得以上 is not eligible unless 重度かつ継続.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="267"/>
        <source>一定所得以上 重度かつ継続 (経過的特例): monthly cap</source>
        <translation>一定所得以上 重度かつ継続 (経過的特例): monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="269"/>
        <source>一定所得以上 is not eligible after the 経過的特例.</source>
        <translation>一定所得以上 is not eligible after the 経過的特例.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="284"/>
        <source>The applicant (age %1) is assessed as 障害児.</source>
        <translation>The applicant (age %1) is assessed as 障害児.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="285"/>
        <source>The applicant (age %1) is assessed as 障害者.</source>
        <translation>The applicant (age %1) is assessed as 障害者.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="301"/>
        <source>Not eligible from 所得割</source>
        <translation>Not eligible from 所得割</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="305"/>
        <source>Income limit applies to 障害児</source>
        <translation>Income limit applies to 障害児</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="307"/>
        <source>%1 yen reaches %2 yen: 補装具費 is not paid; the whole cost is the applicant&apos;s.</source>
        <translation>%1 yen reaches %2 yen: 補装具費 is not paid; the whole cost is the applicant&apos;s.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="315"/>
        <source>一般: monthly cap</source>
        <translation>一般: monthly cap</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="320"/>
        <source>Copay: %1 yen (%2 percent of %3 yen, capped at %4 yen).</source>
        <translation>Copay: %1 yen (%2 percent of %3 yen, capped at %4 yen).</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="348"/>
        <source>as_of is not a valid date.</source>
        <translation>as_of is not a valid date.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="350"/>
        <source>applicant.birth_date must be a date on or before as_of.</source>
        <translation>applicant.birth_date must be a date on or before as_of.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="352"/>
        <source>household.members must list at least the applicant.</source>
        <translation>household.members must list at least the applicant.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="356"/>
        <source>household.members[%1].income_levy must not be negative.</source>
        <translation>household.members[%1].income_levy must not be negative.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="358"/>
        <source>household.members[%1].income_levy must be 0 for a tax_exempt member.</source>
        <translation>household.members[%1].income_levy must be 0 for a tax_exempt member.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="363"/>
        <source>applicant.income must not be negative.</source>
        <translation>applicant.income must not be negative.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="365"/>
        <source>device_cost must not be negative.</source>
        <translation>device_cost must not be negative.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="371"/>
        <source>setting is needed for welfare_service.</source>
        <translation>setting is needed for welfare_service.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="414"/>
        <source>The request field %1 is missing.</source>
        <translation>The request field %1 is missing.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="418"/>
        <source>The request field %1 must be %2.</source>
        <translation>The request field %1 must be %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="425"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="435"/>
        <source>a whole number of yen, 0 or more</source>
        <translation>a whole number of yen, 0 or more</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="446"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="454"/>
        <location filename="../core/rules/BurdenRules.cpp" line="522"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="479"/>
        <source>one of welfare_service, medical_psychiatric, medical_rehabilitation, medical_child, prosthetic</source>
        <translation>one of welfare_service, medical_psychiatric, medical_rehabilitation, medical_child, prosthetic</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="517"/>
        <source>a non-empty array of members</source>
        <translation>a non-empty array of members</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="529"/>
        <source>a word such as self, spouse or guardian</source>
        <translation>a word such as self, spouse or guardian</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="555"/>
        <source>one of home, day, residential, group_home</source>
        <translation>one of home, day, residential, group_home</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="593"/>
        <source>Public assistance</source>
        <translation>Public assistance</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="595"/>
        <source>Low income</source>
        <translation>Low income</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="597"/>
        <source>Low income 1</source>
        <translation>Low income 1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="599"/>
        <source>Low income 2</source>
        <translation>Low income 2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="601"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="603"/>
        <source>General 1</source>
        <translation>General 1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="605"/>
        <source>General 2</source>
        <translation>General 2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="607"/>
        <source>Middle income 1</source>
        <translation>Middle income 1</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="609"/>
        <source>Middle income 2</source>
        <translation>Middle income 2</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="611"/>
        <source>Income above the set level</source>
        <translation>Income above the set level</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="618"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="620"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="622"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="624"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../core/rules/BurdenRules.cpp" line="626"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
</context>
<context>
    <name>CapManagement</name>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="64"/>
        <location filename="../core/ledger/CapManagement.cpp" line="145"/>
        <source>Monthly cap management (上限額管理) applies only to 自立支援医療 (更生医療, 精神通院).</source>
        <translation>Monthly cap management (上限額管理) applies only to 自立支援医療 (更生医療, 精神通院).</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="68"/>
        <source>A visit needs the recipient.</source>
        <translation>A visit needs the recipient.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="70"/>
        <source>A visit needs a valid date.</source>
        <translation>A visit needs a valid date.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="73"/>
        <source>A visit needs the medical institution (at most %1 characters).</source>
        <translation>A visit needs the medical institution (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="78"/>
        <source>The medical cost, the copay and the monthly cap cannot be negative.</source>
        <translation>The medical cost, the copay and the monthly cap cannot be negative.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="82"/>
        <source>The visit could not be recorded: the database is busy.</source>
        <translation>The visit could not be recorded: the database is busy.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="131"/>
        <source>The visit could not be recorded.</source>
        <translation>The visit could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="148"/>
        <source>Name the recipient and a valid month.</source>
        <translation>Name the recipient and a valid month.</translation>
    </message>
    <message>
        <location filename="../core/ledger/CapManagement.cpp" line="185"/>
        <source>The monthly cap management could not be read: %1</source>
        <translation>The monthly cap management could not be read: %1</translation>
    </message>
</context>
<context>
    <name>CaseAssignments</name>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="32"/>
        <source>The device id is missing or malformed: a device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>The device id is missing or malformed: a device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="36"/>
        <source>The person id is missing or malformed: a person id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>The person id is missing or malformed: a person id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="46"/>
        <location filename="../core/sync/CaseAssignments.cpp" line="105"/>
        <source>No enrolled device has this id (or it was revoked).</source>
        <translation>No enrolled device has this id (or it was revoked).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="49"/>
        <source>This device is a counter workstation: it receives every case. Only outreach devices hold assigned cases.</source>
        <translation>This device is a counter workstation: it receives every case. Only outreach devices hold assigned cases.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="53"/>
        <source>The central store has no person with this id. If the person was registered on a device that has not synced yet, sync that device first.</source>
        <translation>The central store has no person with this id. If the person was registered on a device that has not synced yet, sync that device first.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="75"/>
        <source>assigning the case</source>
        <translation>assigning the case</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="89"/>
        <source>taking the case back</source>
        <translation>taking the case back</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseAssignments.cpp" line="102"/>
        <location filename="../core/sync/CaseAssignments.cpp" line="113"/>
        <source>reading the device&apos;s cases</source>
        <translation>reading the device&apos;s cases</translation>
    </message>
</context>
<context>
    <name>CaseScope</name>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="79"/>
        <location filename="../core/sync/CaseScope.cpp" line="98"/>
        <location filename="../core/sync/CaseScope.cpp" line="164"/>
        <source>The records of a case taken back from this device could not be removed.</source>
        <translation>The records of a case taken back from this device could not be removed.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="94"/>
        <source>The person to remove from this device is not named.</source>
        <translation>The person to remove from this device is not named.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseScope.cpp" line="174"/>
        <location filename="../core/sync/CaseScope.cpp" line="209"/>
        <source>The received changes could not be saved.</source>
        <translation>The received changes could not be saved.</translation>
    </message>
</context>
<context>
    <name>CategoryRequirements</name>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="44"/>
        <source>Rule table support_category_requirements</source>
        <translation>Rule table support_category_requirements</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="58"/>
        <source>the service &apos;%1&apos; is not a lower-case code</source>
        <translation>the service &apos;%1&apos; is not a lower-case code</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="61"/>
        <source>%1: min_category &apos;%2&apos; is not 0–6</source>
        <translation>%1: min_category &apos;%2&apos; is not 0–6</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="67"/>
        <source>%1: min_category_from_age_50 &apos;%2&apos; is not 0–%3 or &apos;-&apos;</source>
        <translation>%1: min_category_from_age_50 &apos;%2&apos; is not 0–%3 or &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="75"/>
        <source>%1: alt_condition without alt_min_category</source>
        <translation>%1: alt_condition without alt_min_category</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="79"/>
        <source>%1: alt_min_category &apos;%2&apos; is not below min_category</source>
        <translation>%1: alt_min_category &apos;%2&apos; is not below min_category</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="82"/>
        <source>%1: alt_min_category without alt_condition</source>
        <translation>%1: alt_min_category without alt_condition</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="87"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="93"/>
        <source>%1: the source names no page (http:// or https:// address)</source>
        <translation>%1: the source names no page (http:// or https:// address)</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="96"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 has two rows taking effect on %2</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="102"/>
        <source>The support category requirement table lists no row.</source>
        <translation>The support category requirement table lists no row.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="112"/>
        <source>The rule table support_category_requirements is missing from this build.</source>
        <translation>The rule table support_category_requirements is missing from this build.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="134"/>
        <source>category: %1 is not 0 (非該当) to 6.</source>
        <translation>category: %1 is not 0 (非該当) to 6.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="137"/>
        <source>service: no 区分 requirement for %1 on %2.</source>
        <translation>service: no 区分 requirement for %1 on %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="141"/>
        <source>%1 requires 区分%2 or higher%3 (rule from %4; %5).</source>
        <translation>%1 requires 区分%2 or higher%3 (rule from %4; %5).</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="145"/>
        <source> at age 50 or over</source>
        <translation> at age 50 or over</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="156"/>
        <source>区分%1 is enough only if: %2.</source>
        <translation>区分%1 is enough only if: %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="159"/>
        <source>区分%1 is below it.</source>
        <translation>区分%1 is below it.</translation>
    </message>
    <message>
        <location filename="../core/rules/CategoryRequirements.cpp" line="162"/>
        <source>Also to confirm: %1.</source>
        <translation>Also to confirm: %1.</translation>
    </message>
</context>
<context>
    <name>CentralAdmin</name>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="36"/>
        <source>The central store has no Madoguchi schema yet. Run madoguchi-cli central migrate first.</source>
        <translation>The central store has no Madoguchi schema yet. Run madoguchi-cli central migrate first.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="70"/>
        <source>The device name must be 1 to 200 characters.</source>
        <translation>The device name must be 1 to 200 characters.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="73"/>
        <source>The device identity of this database is damaged (id or public key).</source>
        <translation>The device identity of this database is damaged (id or public key).</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="75"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="91"/>
        <source>A password for the device could not be made.</source>
        <translation>A password for the device could not be made.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="98"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="107"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="121"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="143"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="160"/>
        <source>enrolling the device</source>
        <translation>enrolling the device</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="110"/>
        <source>This device is enrolled already. Revoke the old enrolment first if it must be enrolled again.</source>
        <translation>This device is enrolled already. Revoke the old enrolment first if it must be enrolled again.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="129"/>
        <source>The escrow key of the device could not be made.</source>
        <translation>The escrow key of the device could not be made.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="158"/>
        <source>creating the device&apos;s role</source>
        <translation>creating the device&apos;s role</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="167"/>
        <source>A device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</source>
        <translation>A device id looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="172"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="183"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="192"/>
        <location filename="../core/sync/CentralAdmin.cpp" line="194"/>
        <source>revoking the device</source>
        <translation>revoking the device</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="185"/>
        <source>No device with this id is enrolled.</source>
        <translation>No device with this id is enrolled.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralAdmin.cpp" line="189"/>
        <source>The device&apos;s role name is not valid.</source>
        <translation>The device&apos;s role name is not valid.</translation>
    </message>
</context>
<context>
    <name>CentralConnection</name>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="109"/>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</source>
        <translation>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="137"/>
        <source>The central server %1 could not be trusted: its certificate does not match the certificate authority or the server name in the server address, or the connection could not be encrypted. Nothing was sent. Ask the administrator.</source>
        <translation>The central server %1 could not be trusted: its certificate does not match the certificate authority or the server name in the server address, or the connection could not be encrypted. Nothing was sent. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="143"/>
        <source>The central server %1 could not be reached, or it refused the sign-in. Check the network and the server address, or ask the administrator.</source>
        <translation>The central server %1 could not be reached, or it refused the sign-in. Check the network and the server address, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="165"/>
        <source>The central server refused this device: it is not enrolled, or its enrolment was revoked. Ask the administrator.</source>
        <translation>The central server refused this device: it is not enrolled, or its enrolment was revoked. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="170"/>
        <source>The central server refused %1: this account may not do it.</source>
        <translation>The central server refused %1: this account may not do it.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="174"/>
        <source>The connection to the central server was lost while %1. Try again.</source>
        <translation>The connection to the central server was lost while %1. Try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="178"/>
        <source>The central server reported an error while %1 (code %2).</source>
        <translation>The central server reported an error while %1 (code %2).</translation>
    </message>
</context>
<context>
    <name>CentralMigrator</name>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="38"/>
        <source>The migration %1 could not be read.</source>
        <translation>The migration %1 could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="42"/>
        <source>No central schema migrations were found.</source>
        <translation>No central schema migrations were found.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="56"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="61"/>
        <source>The schema version of the central store could not be read.</source>
        <translation>The schema version of the central store could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="73"/>
        <source>The central store was set up by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</source>
        <translation>The central store was set up by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="83"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="90"/>
        <source>The central schema update could not start.</source>
        <translation>The central schema update could not start.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="105"/>
        <location filename="../core/sync/CentralMigrator.cpp" line="118"/>
        <source>Central schema update %1 (%2) failed, so the central store was left unchanged: %3</source>
        <translation>Central schema update %1 (%2) failed, so the central store was left unchanged: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralMigrator.cpp" line="127"/>
        <source>The central schema update could not be saved, so the central store was left unchanged: %1</source>
        <translation>The central schema update could not be saved, so the central store was left unchanged: %1</translation>
    </message>
</context>
<context>
    <name>CentralSignIn</name>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="79"/>
        <source>The first sign-in on this computer needs the network, and the central server cannot be reached. Sign in on a computer where you have signed in before, or try again when the network works.</source>
        <translation>The first sign-in on this computer needs the network, and the central server cannot be reached. Sign in on a computer where you have signed in before, or try again when the network works.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="102"/>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</source>
        <translation>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql), so the central server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="134"/>
        <location filename="../core/sync/CentralSignIn.cpp" line="175"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="138"/>
        <location filename="../core/sync/CentralSignIn.cpp" line="233"/>
        <source>The login name or the password is not correct.</source>
        <translation>The login name or the password is not correct.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="153"/>
        <source>Too many wrong codes: this account is locked until %1 (UTC).</source>
        <translation>Too many wrong codes: this account is locked until %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="158"/>
        <source>The code is not correct. Check the time on your phone and type the six digits shown now.</source>
        <translation>The code is not correct. Check the time on your phone and type the six digits shown now.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="161"/>
        <source>This code was used already. Wait for the next code.</source>
        <translation>This code was used already. Wait for the next code.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="166"/>
        <source>This account is locked until %1 (UTC) after too many wrong codes.</source>
        <translation>This account is locked until %1 (UTC) after too many wrong codes.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="170"/>
        <source>This account is locked. Ask an administrator to unlock it.</source>
        <translation>This account is locked. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="179"/>
        <source>The enrolment of this computer was revoked: nobody can sign in here for the first time. Ask an administrator.</source>
        <translation>The enrolment of this computer was revoked: nobody can sign in here for the first time. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="182"/>
        <source>The central server does not know this computer. Ask an administrator to enrol it again.</source>
        <translation>The central server does not know this computer. Ask an administrator to enrol it again.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="205"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="235"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="244"/>
        <source>You have signed in on this computer before: sign in with your password and code as usual.</source>
        <translation>You have signed in on this computer before: sign in with your password and code as usual.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="248"/>
        <source>This computer was enrolled before central accounts existed: an administrator must enrol it again before a first sign-in here.</source>
        <translation>This computer was enrolled before central accounts existed: an administrator must enrol it again before a first sign-in here.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="265"/>
        <source>checking the sign-in</source>
        <translation>checking the sign-in</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="290"/>
        <source>Secure memory for the keys is not available.</source>
        <translation>Secure memory for the keys is not available.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="324"/>
        <source>The staff accounts could not be read.</source>
        <translation>The staff accounts could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="342"/>
        <source>Another account on this computer has the login %1. Ask an administrator to settle which one is yours.</source>
        <translation>Another account on this computer has the login %1. Ask an administrator to settle which one is yours.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="350"/>
        <source>The second-factor secret could not be sealed.</source>
        <translation>The second-factor secret could not be sealed.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralSignIn.cpp" line="387"/>
        <source>The account could not be saved on this computer.</source>
        <translation>The account could not be saved on this computer.</translation>
    </message>
</context>
<context>
    <name>CentralStaff</name>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="182"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="205"/>
        <source>There is no central staff account %1.</source>
        <translation>There is no central staff account %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="236"/>
        <source>The account&apos;s role name is not valid.</source>
        <translation>The account&apos;s role name is not valid.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="292"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="295"/>
        <source>Secure memory for the password is not available.</source>
        <translation>Secure memory for the password is not available.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="327"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="331"/>
        <location filename="../core/sync/CentralStaff.cpp" line="412"/>
        <source>The display name must be 1 to 200 characters.</source>
        <translation>The display name must be 1 to 200 characters.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="333"/>
        <location filename="../core/sync/CentralStaff.cpp" line="414"/>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="341"/>
        <location filename="../core/sync/CentralStaff.cpp" line="540"/>
        <source>A second-factor secret could not be made.</source>
        <translation>A second-factor secret could not be made.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="343"/>
        <source>creating the staff account</source>
        <translation>creating the staff account</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="354"/>
        <source>There is already a central staff account %1.</source>
        <translation>There is already a central staff account %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="373"/>
        <source>creating the account&apos;s role</source>
        <translation>creating the account&apos;s role</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="386"/>
        <location filename="../core/sync/CentralStaff.cpp" line="400"/>
        <source>reading the staff accounts</source>
        <translation>reading the staff accounts</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="415"/>
        <source>changing the staff account</source>
        <translation>changing the staff account</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="431"/>
        <source>locking the staff account</source>
        <translation>locking the staff account</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="450"/>
        <source>A disabled account cannot be unlocked; create a new one.</source>
        <translation>A disabled account cannot be unlocked; create a new one.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="451"/>
        <source>unlocking the staff account</source>
        <translation>unlocking the staff account</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="466"/>
        <source>disabling the staff account</source>
        <translation>disabling the staff account</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="505"/>
        <location filename="../core/sync/CentralStaff.cpp" line="537"/>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="509"/>
        <source>resetting the password</source>
        <translation>resetting the password</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="541"/>
        <source>resetting the second factor</source>
        <translation>resetting the second factor</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="568"/>
        <source>reading the device&apos;s escrow key</source>
        <translation>reading the device&apos;s escrow key</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="571"/>
        <source>The central store holds no escrow key for this device: it was enrolled before central accounts existed, or with another central store.</source>
        <translation>The central store holds no escrow key for this device: it was enrolled before central accounts existed, or with another central store.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaff.cpp" line="576"/>
        <source>The device&apos;s escrow key is damaged.</source>
        <translation>The device&apos;s escrow key is damaged.</translation>
    </message>
</context>
<context>
    <name>CentralStaffSync</name>
    <message>
        <location filename="../core/sync/CentralStaffSync.cpp" line="52"/>
        <location filename="../core/sync/CentralStaffSync.cpp" line="158"/>
        <source>The central account changes could not be stored on this computer.</source>
        <translation>The central account changes could not be stored on this computer.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralStaffSync.cpp" line="75"/>
        <source>receiving the staff account changes</source>
        <translation>receiving the staff account changes</translation>
    </message>
</context>
<context>
    <name>CentralUrl</name>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="30"/>
        <source>The central server address is not a URL of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The central server address is not a URL of the form postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="33"/>
        <source>The central server address must start with postgresql://.</source>
        <translation>The central server address must start with postgresql://.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="37"/>
        <source>The central server address names no host.</source>
        <translation>The central server address names no host.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="40"/>
        <source>The port of the central server address must be 1 to 65535.</source>
        <translation>The port of the central server address must be 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="47"/>
        <source>The central server address names no database (…/DATABASE).</source>
        <translation>The central server address names no database (…/DATABASE).</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="61"/>
        <source>sslmode in the central server address must be one of %1.</source>
        <translation>sslmode in the central server address must be one of %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="65"/>
        <source>%1 in the central server address must be a file path without ; or &apos;.</source>
        <translation>%1 in the central server address must be a file path without ; or &apos;.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="71"/>
        <source>connect_timeout in the central server address must be seconds.</source>
        <translation>connect_timeout in the central server address must be seconds.</translation>
    </message>
    <message>
        <location filename="../core/sync/CentralConnection.cpp" line="74"/>
        <source>The central server address has an unknown option %1.</source>
        <translation>The central server address has an unknown option %1.</translation>
    </message>
</context>
<context>
    <name>CertificateDocuments</name>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="116"/>
        <source>This certificate has no signed code.</source>
        <translation>This certificate has no signed code.</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="130"/>
        <source>The person of this certificate was not found.</source>
        <translation>The person of this certificate was not found.</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="205"/>
        <source>The certificate&apos;s code could not be drawn.</source>
        <translation>The certificate&apos;s code could not be drawn.</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="256"/>
        <source>There are no certificates to print.</source>
        <translation>There are no certificates to print.</translation>
    </message>
    <message>
        <location filename="../core/documents/CertificateDocuments.cpp" line="267"/>
        <source>A certificate in the selection is void, handed over or mailed and cannot be printed.</source>
        <translation>A certificate in the selection is void, handed over or mailed and cannot be printed.</translation>
    </message>
</context>
<context>
    <name>CertificatePayload</name>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="68"/>
        <source>The code has a character that does not belong in it (character %1).</source>
        <translation>The code has a character that does not belong in it (character %1).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="81"/>
        <source>The code is damaged: its last characters do not fit together.</source>
        <translation>The code is damaged: its last characters do not fit together.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="164"/>
        <source>The code is incomplete: it was cut short.</source>
        <translation>The code is incomplete: it was cut short.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="170"/>
        <source>The code is damaged: its %1 is not valid.</source>
        <translation>The code is damaged: its %1 is not valid.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="215"/>
        <source>Disability welfare services recipient certificate</source>
        <translation>Disability welfare services recipient certificate</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="217"/>
        <source>Community consultation support recipient certificate</source>
        <translation>Community consultation support recipient certificate</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="219"/>
        <source>Independence support medical care certificate (psychiatric outpatient)</source>
        <translation>Independence support medical care certificate (psychiatric outpatient)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="222"/>
        <source>Independence support medical care certificate (rehabilitation)</source>
        <translation>Independence support medical care certificate (rehabilitation)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="225"/>
        <source>Independence support medical care certificate (children)</source>
        <translation>Independence support medical care certificate (children)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="227"/>
        <source>Copayment cap management sheet</source>
        <translation>Copayment cap management sheet</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="229"/>
        <source>Assistive device payment voucher</source>
        <translation>Assistive device payment voucher</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="313"/>
        <source>The certificate id must be a UUID.</source>
        <translation>The certificate id must be a UUID.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="315"/>
        <source>The recipient number must be 1 to %1 digits.</source>
        <translation>The recipient number must be 1 to %1 digits.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="317"/>
        <source>The kind of certificate is unknown.</source>
        <translation>The kind of certificate is unknown.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="319"/>
        <source>The first day of validity is missing or out of range.</source>
        <translation>The first day of validity is missing or out of range.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="321"/>
        <source>The last day of validity is missing or out of range.</source>
        <translation>The last day of validity is missing or out of range.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="323"/>
        <source>The validity ends before it starts.</source>
        <translation>The validity ends before it starts.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="325"/>
        <source>The issue date is missing or out of range.</source>
        <translation>The issue date is missing or out of range.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="327"/>
        <source>The monthly cap must be between 0 and %1 yen.</source>
        <translation>The monthly cap must be between 0 and %1 yen.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="329"/>
        <source>The issuing office code must be 6 digits.</source>
        <translation>The issuing office code must be 6 digits.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="331"/>
        <source>The reissue count must be between 0 and %1.</source>
        <translation>The reissue count must be between 0 and %1.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="391"/>
        <source>This is not a Madoguchi certificate code: it does not start with &quot;%1&quot;.</source>
        <translation>This is not a Madoguchi certificate code: it does not start with &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="408"/>
        <source>The code was made by a newer version of Madoguchi or is damaged.</source>
        <translation>The code was made by a newer version of Madoguchi or is damaged.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="416"/>
        <location filename="../core/certificate/CertificatePayload.cpp" line="424"/>
        <location filename="../core/certificate/CertificatePayload.cpp" line="428"/>
        <source>recipient number</source>
        <translation>recipient number</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="444"/>
        <source>kind of certificate</source>
        <translation>kind of certificate</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="449"/>
        <source>period of validity</source>
        <translation>period of validity</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="454"/>
        <source>issuing office code</source>
        <translation>issuing office code</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="464"/>
        <source>device certificate</source>
        <translation>device certificate</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="474"/>
        <source>The code is damaged: it has extra characters at the end.</source>
        <translation>The code is damaged: it has extra characters at the end.</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="103"/>
        <source>The certificates could not be read.</source>
        <translation>The certificates could not be read.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="108"/>
        <source>The certificate could not be saved.</source>
        <translation>The certificate could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="169"/>
        <source>Requested (印刷待ち)</source>
        <translation>Requested (印刷待ち)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="171"/>
        <source>Printed (印刷済み)</source>
        <translation>Printed (印刷済み)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="173"/>
        <source>Handed over (交付済み)</source>
        <translation>Handed over (交付済み)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="175"/>
        <source>Mailed (郵送済み)</source>
        <translation>Mailed (郵送済み)</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="177"/>
        <source>Void (無効)</source>
        <translation>Void (無効)</translation>
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
        <translation>There is no such certificate.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="285"/>
        <source>A %1 is not issued from this ledger (field &quot;kind&quot;).</source>
        <translation>A %1 is not issued from this ledger (field &quot;kind&quot;).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="295"/>
        <source>This person has no current grant in this ledger, so there is nothing to certify.</source>
        <translation>This person has no current grant in this ledger, so there is nothing to certify.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="299"/>
        <source>This person has no recipient number yet.</source>
        <translation>This person has no recipient number yet.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="312"/>
        <source>This person already has a current %1. To print a new one for a lost or damaged certificate, reissue it.</source>
        <translation>This person already has a current %1. To print a new one for a lost or damaged certificate, reissue it.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="338"/>
        <source>This certificate has been reissued too many times.</source>
        <translation>This certificate has been reissued too many times.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="431"/>
        <source>This certificate is void and cannot be printed. Print its reissue instead.</source>
        <translation>This certificate is void and cannot be printed. Print its reissue instead.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="433"/>
        <source>This certificate was already handed over or mailed. For a lost certificate, reissue it.</source>
        <translation>This certificate was already handed over or mailed. For a lost certificate, reissue it.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="436"/>
        <source>This certificate has no signed code.</source>
        <translation>This certificate has no signed code.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="485"/>
        <source>This certificate is void and cannot be handed over or mailed.</source>
        <translation>This certificate is void and cannot be handed over or mailed.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="488"/>
        <source>This certificate has not been printed yet. Print it first.</source>
        <translation>This certificate has not been printed yet. Print it first.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="491"/>
        <source>This certificate was already handed over or mailed.</source>
        <translation>This certificate was already handed over or mailed.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="535"/>
        <source>A reissue needs a reason, for example &quot;lost&quot; (field &quot;reason&quot;).</source>
        <translation>A reissue needs a reason, for example &quot;lost&quot; (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="538"/>
        <source>This certificate is void already. Reissue the current one instead.</source>
        <translation>This certificate is void already. Reissue the current one instead.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="555"/>
        <source>Making a certificate void needs a reason (field &quot;reason&quot;).</source>
        <translation>Making a certificate void needs a reason (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="557"/>
        <source>This certificate is void already.</source>
        <translation>This certificate is void already.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateService.cpp" line="645"/>
        <source>The number of days cannot be negative (field &quot;expiring within&quot;).</source>
        <translation>The number of days cannot be negative (field &quot;expiring within&quot;).</translation>
    </message>
</context>
<context>
    <name>CertificateSigner</name>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="15"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="32"/>
        <source>This device cannot sign certificates: it holds neither the city&apos;s issuing key nor a device certificate. Ask an administrator.</source>
        <translation>This device cannot sign certificates: it holds neither the city&apos;s issuing key nor a device certificate. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="41"/>
        <source>The stored device certificate does not belong to this device&apos;s key.</source>
        <translation>The stored device certificate does not belong to this device&apos;s key.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="58"/>
        <source>This device may sign certificates only from %1 to %2; ask an administrator to certify it again.</source>
        <translation>This device may sign certificates only from %1 to %2; ask an administrator to certify it again.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateSigner.cpp" line="77"/>
        <source>The certificate could not be signed.</source>
        <translation>The certificate could not be signed.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="75"/>
        <source>NOT VERIFIED: the certificate was signed with an issuing key this device does not know (%1). Update the issuing keys and try again.</source>
        <translation>NOT VERIFIED: the certificate was signed with an issuing key this device does not know (%1). Update the issuing keys and try again.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="80"/>
        <source>INVALID: the certificate&apos;s code has been altered or forged; its signature does not match.</source>
        <translation>INVALID: the certificate&apos;s code has been altered or forged; its signature does not match.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="98"/>
        <source>INVALID: the certificate claims an issue date (%1) before its signing key existed.</source>
        <translation>INVALID: the certificate claims an issue date (%1) before its signing key existed.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="104"/>
        <source>INVALID: the certificate was signed with an issuing key that had been retired before its issue date (%1).</source>
        <translation>INVALID: the certificate was signed with an issuing key that had been retired before its issue date (%1).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="110"/>
        <source>INVALID: the certificate was issued on %1 by an outreach device whose authorization had ended on %2.</source>
        <translation>INVALID: the certificate was issued on %1 by an outreach device whose authorization had ended on %2.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="118"/>
        <source>INVALID: this certificate has been made void (for example, a new one was issued in its place).</source>
        <translation>INVALID: this certificate has been made void (for example, a new one was issued in its place).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="124"/>
        <source>INVALID: the certificate expired; it was valid until %1.</source>
        <translation>INVALID: the certificate expired; it was valid until %1.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="128"/>
        <source>NOT YET VALID: the certificate is genuine but valid only from %1.</source>
        <translation>NOT YET VALID: the certificate is genuine but valid only from %1.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="133"/>
        <source>Genuine and within its period, but a newer certificate has been issued for this recipient. Confirm online before accepting it.</source>
        <translation>Genuine and within its period, but a newer certificate has been issued for this recipient. Confirm online before accepting it.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificateVerifier.cpp" line="137"/>
        <source>VALID: a genuine certificate, valid from %1 to %2.</source>
        <translation>VALID: a genuine certificate, valid from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>CityKey</name>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="38"/>
        <source>The city&apos;s My Number key could not be read or saved on this computer.</source>
        <translation>The city&apos;s My Number key could not be read or saved on this computer.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="64"/>
        <source>The id of the city&apos;s My Number key is not a valid id.</source>
        <translation>The id of the city&apos;s My Number key is not a valid id.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="66"/>
        <source>The city&apos;s My Number key does not have 32 bytes.</source>
        <translation>The city&apos;s My Number key does not have 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="106"/>
        <source>This computer has not received the city&apos;s My Number key yet.</source>
        <translation>This computer has not received the city&apos;s My Number key yet.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="111"/>
        <source>The city&apos;s My Number key stored on this computer cannot be opened with this database&apos;s key.</source>
        <translation>The city&apos;s My Number key stored on this computer cannot be opened with this database&apos;s key.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="124"/>
        <source>This computer already holds a different city My Number key.</source>
        <translation>This computer already holds a different city My Number key.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/CityKey.cpp" line="131"/>
        <source>The city&apos;s My Number key could not be encrypted on this computer.</source>
        <translation>The city&apos;s My Number key could not be encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="87"/>
        <source>Give the account with --user LOGIN or MADOGUCHI_USER.</source>
        <translation>Give the account with --user LOGIN or MADOGUCHI_USER.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="60"/>
        <source>audit export needs %1 YYYY-MM-DD.</source>
        <translation>audit export needs %1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="64"/>
        <source>%1 takes a date as YYYY-MM-DD, not %2.</source>
        <translation>%1 takes a date as YYYY-MM-DD, not %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="246"/>
        <source>Usage: check mynumber N (one number; quote it if it has spaces).</source>
        <translation>Usage: check mynumber N (one number; quote it if it has spaces).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="249"/>
        <source>No command given. See madoguchi-cli --help.</source>
        <translation>No command given. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="252"/>
        <source>Unknown command: %1. See madoguchi-cli --help.</source>
        <translation>Unknown command: %1. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="258"/>
        <source>init needs --admin LOGIN, the first administrator&apos;s login.</source>
        <translation>init needs --admin LOGIN, the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="305"/>
        <source>Created the encrypted database %1 with the administrator %2.</source>
        <translation>Created the encrypted database %1 with the administrator %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="308"/>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>Recovery code (shown only this once; write it down and lock it away):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="310"/>
        <source>Second factor of %1 (shown only this once; add it to the authenticator app now, then keep no copy):</source>
        <translation>Second factor of %1 (shown only this once; add it to the authenticator app now, then keep no copy):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="340"/>
        <source>Cipher: SQLCipher %1, page size %2</source>
        <translation>Cipher: SQLCipher %1, page size %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="344"/>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="346"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="347"/>
        <source>The database is intact.</source>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="347"/>
        <source>The database has problems.</source>
        <translation>The database has problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="378"/>
        <source>The database has a new key; %n key slot(s) were rewrapped.</source>
        <translation>
            <numerusform>The database has a new key; %n key slot was rewrapped.</numerusform>
            <numerusform>The database has a new key; %n key slots were rewrapped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="393"/>
        <source>user add needs at least one --role (%1).</source>
        <translation>user add needs at least one --role (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="399"/>
        <source>Unknown role: %1. Roles are: %2.</source>
        <translation>Unknown role: %1. Roles are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="409"/>
        <source>Unknown scope: %1. Scopes are: %2.</source>
        <translation>Unknown scope: %1. Scopes are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="415"/>
        <source>The role %1 works within business scopes: give at least one --scope (%2).</source>
        <translation>The role %1 works within business scopes: give at least one --scope (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="434"/>
        <source>Created the account %1.</source>
        <translation>Created the account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="435"/>
        <source>Second factor of %1 (shown only this once; give it to that person to add to their authenticator app, then keep no copy):</source>
        <translation>Second factor of %1 (shown only this once; give it to that person to add to their authenticator app, then keep no copy):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="474"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="478"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="478"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="496"/>
        <source>Disabled the account %1: its key slot is removed, so it can no longer open this database.</source>
        <translation>Disabled the account %1: its key slot is removed, so it can no longer open this database.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="513"/>
        <source>Unlocked the account %1.</source>
        <translation>Unlocked the account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="550"/>
        <source>The value of a setting is a whole number.</source>
        <translation>The value of a setting is a whole number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="557"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="585"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>The audit log has been tampered with: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="587"/>
        <source>The audit log could not be checked: %1</source>
        <translation>The audit log could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="589"/>
        <source>The audit log is intact: %n record(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n record, %1 signed checkpoint.</numerusform>
            <numerusform>The audit log is intact: %n records, %1 signed checkpoints.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="601"/>
        <source>audit export needs --csv FILE.</source>
        <translation>audit export needs --csv FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="611"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="630"/>
        <location filename="../app/cli/CliCommands.cpp" line="639"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="308"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="648"/>
        <source>Wrote %n audit record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n audit record to %1.</numerusform>
            <numerusform>Wrote %n audit records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="25"/>
        <location filename="../app/cli/CliSecrets.cpp" line="68"/>
        <source>Secure memory is not available.</source>
        <translation>Secure memory is not available.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="32"/>
        <source>A line of standard input is too long for a password or code.</source>
        <translation>A line of standard input is too long for a password or code.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="77"/>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="78"/>
        <source>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</source>
        <translation>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="84"/>
        <source>No second-factor code on standard input.</source>
        <translation>No second-factor code on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="85"/>
        <source>Give the six-digit code from the authenticator app in MADOGUCHI_OTP or with --otp-stdin.</source>
        <translation>Give the six-digit code from the authenticator app in MADOGUCHI_OTP or with --otp-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="98"/>
        <source>The second-factor code is the six digits the authenticator app shows.</source>
        <translation>The second-factor code is the six digits the authenticator app shows.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="107"/>
        <source>No password for the new account on standard input.</source>
        <translation>No password for the new account on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="108"/>
        <source>Give the new account&apos;s password in MADOGUCHI_NEW_PASSWORD or with --new-password-stdin.</source>
        <translation>Give the new account&apos;s password in MADOGUCHI_NEW_PASSWORD or with --new-password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="39"/>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="48"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="42"/>
        <source>No person has the id or 宛名番号 given as --keep.</source>
        <translation>No person has the id or 宛名番号 given as --keep.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="53"/>
        <source>Usage: person duplicates [--json], person duplicates dismiss ID, person duplicates merge ID --keep PERSON.</source>
        <translation>Usage: person duplicates [--json], person duplicates dismiss ID, person duplicates merge ID --keep PERSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="56"/>
        <source>person duplicates merge needs --keep PERSON: the id or 宛名番号 of the record that remains.</source>
        <translation>person duplicates merge needs --keep PERSON: the id or 宛名番号 of the record that remains.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="82"/>
        <source>No duplicate candidates are waiting.</source>
        <translation>No duplicate candidates are waiting.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="86"/>
        <source>Reason</source>
        <translation>Reason</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="87"/>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="88"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="112"/>
        <source>Recorded that the two records of candidate %1 are not the same person.</source>
        <translation>Recorded that the two records of candidate %1 are not the same person.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDuplicateCommands.cpp" line="134"/>
        <source>Merged the records of candidate %1; %2 remains.</source>
        <translation>Merged the records of candidate %1; %2 remains.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="51"/>
        <source>No person has the id or 宛名番号 given as %1.</source>
        <translation>No person has the id or 宛名番号 given as %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="62"/>
        <source>The record %1 was merged into %2; use that one.</source>
        <translation>The record %1 was merged into %2; use that one.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="108"/>
        <source>Merged the record %1 (宛名番号 %2) into %3 (宛名番号 %4), which remains.</source>
        <translation>Merged the record %1 (宛名番号 %2) into %3 (宛名番号 %4), which remains.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="119"/>
        <source>mynumber not-provided needs --person ID (or 宛名番号).</source>
        <translation>mynumber not-provided needs --person ID (or 宛名番号).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="124"/>
        <source>mynumber not-provided needs --reason, one of: %1.</source>
        <translation>mynumber not-provided needs --reason, one of: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="146"/>
        <source>Recorded that the person %1 did not provide the My Number (%2).</source>
        <translation>Recorded that the person %1 did not provide the My Number (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="157"/>
        <source>jukinet request needs --person ID (or 宛名番号).</source>
        <translation>jukinet request needs --person ID (or 宛名番号).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="162"/>
        <source>--items takes a comma-separated list of: %1.</source>
        <translation>--items takes a comma-separated list of: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="201"/>
        <source>The person %1 has no current address on record.</source>
        <translation>The person %1 has no current address on record.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="225"/>
        <source>Queued the 住基ネット inquiry %1 for the person %2 (items: %3).</source>
        <translation>Queued the 住基ネット inquiry %1 for the person %2 (items: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="237"/>
        <source>--state takes one of: %1.</source>
        <translation>--state takes one of: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="262"/>
        <source>No inquiry requests.</source>
        <translation>No inquiry requests.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>REQUEST ID</source>
        <translation>REQUEST ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <source>BATCH ID</source>
        <translation>BATCH ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="266"/>
        <source>CREATED (UTC)</source>
        <translation>CREATED (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="266"/>
        <source>ITEMS</source>
        <translation>ITEMS</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="282"/>
        <source>jukinet export needs --file FILE, the batch file to write.</source>
        <translation>jukinet export needs --file FILE, the batch file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="287"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 exists already; choose a new file name.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="302"/>
        <source>The batch could not be started.</source>
        <translation>The batch could not be started.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="316"/>
        <source>Cannot write %1: %2; no request was marked as sent.</source>
        <translation>Cannot write %1: %2; no request was marked as sent.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="320"/>
        <source>The batch could not be saved; the file was removed.</source>
        <translation>The batch could not be saved; the file was removed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="327"/>
        <source>Wrote the batch %1 with %n request(s) to %2.</source>
        <translation>
            <numerusform>Wrote the batch %1 with %n request to %2.</numerusform>
            <numerusform>Wrote the batch %1 with %n requests to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="338"/>
        <source>jukinet import needs --file FILE, the result file to read.</source>
        <translation>jukinet import needs --file FILE, the result file to read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="342"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="48"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="355"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="361"/>
        <source>Imported results of the batch %1:</source>
        <translation>Imported results of the batch %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="362"/>
        <source>%n My Number(s) recorded,</source>
        <translation>
            <numerusform>%n My Number recorded,</numerusform>
            <numerusform>%n My Numbers recorded,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliJukinetCommands.cpp" line="363"/>
        <source>%n without a match.</source>
        <translation>
            <numerusform>%n without a match.</numerusform>
            <numerusform>%n without a match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="51"/>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 is larger than %2 KiB.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="55"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 is not valid JSON: %2 at byte %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="59"/>
        <source>%1 must hold one JSON object ({…}).</source>
        <translation>%1 must hold one JSON object ({…}).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="68"/>
        <source>%1: unknown field &quot;%2&quot;. The fields are: %3.</source>
        <translation>%1: unknown field &quot;%2&quot;. The fields are: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="89"/>
        <source>%1: the field &quot;%2&quot; must be text.</source>
        <translation>%1: the field &quot;%2&quot; must be text.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="92"/>
        <source>%1: the field &quot;%2&quot; is empty.</source>
        <translation>%1: the field &quot;%2&quot; is empty.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="107"/>
        <source>%1: the field &quot;%2&quot;: %3</source>
        <translation>%1: the field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="124"/>
        <source>%1: the field &quot;%2&quot; must be a list of texts ([&quot;…&quot;]).</source>
        <translation>%1: the field &quot;%2&quot; must be a list of texts ([&quot;…&quot;]).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="136"/>
        <source>%1: the field &quot;%2&quot; must be an object ({…}).</source>
        <translation>%1: the field &quot;%2&quot; must be an object ({…}).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="143"/>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1: the field &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="177"/>
        <source>my_number: the field &quot;number&quot;: %1</source>
        <translation>my_number: the field &quot;number&quot;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="188"/>
        <source>my_number: the field &quot;number_check&quot; must be one of: %1.</source>
        <translation>my_number: the field &quot;number_check&quot; must be one of: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="195"/>
        <source>my_number: the field &quot;identity_check&quot;: %1</source>
        <translation>my_number: the field &quot;identity_check&quot;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="215"/>
        <source>same kana and date of birth</source>
        <translation>same kana and date of birth</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="217"/>
        <source>same My Number</source>
        <translation>same My Number</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="236"/>
        <source>Valid: the check digit matches.</source>
        <translation>Valid: the check digit matches.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="329"/>
        <source>The My Number key is not available.</source>
        <translation>The My Number key is not available.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="352"/>
        <source>The duplicate check could not be recorded.</source>
        <translation>The duplicate check could not be recorded.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>ATENA NUMBER</source>
        <translation>ATENA NUMBER</translation>
    </message>
    <message>
        <location filename="../app/cli/CliJukinetCommands.cpp" line="265"/>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <source>PERSON ID</source>
        <translation>PERSON ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="364"/>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="371"/>
        <source>Nothing was saved: %n registered person(s) may be this person. Check them, then run again with --not-duplicate if this is someone else.</source>
        <translation>
            <numerusform>Nothing was saved: %n registered person may be this person. Check that record, then run again with --not-duplicate if this is someone else.</numerusform>
            <numerusform>Nothing was saved: %n registered persons may be this person. Check them, then run again with --not-duplicate if this is someone else.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="384"/>
        <source>The person could not be saved.</source>
        <translation>The person could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="398"/>
        <source>Registered the person %1 with 宛名番号 %2.</source>
        <translation>Registered the person %1 with 宛名番号 %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="409"/>
        <source>Nothing to search for: give kana, a name, a 宛名番号, a date of birth or a phone number.</source>
        <translation>Nothing to search for: give kana, a name, a 宛名番号, a date of birth or a phone number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>KANA</source>
        <translation>KANA</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>BIRTH DATE</source>
        <translation>BIRTH DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="438"/>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="446"/>
        <source>No person found.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="481"/>
        <source>%1: give the applicant by person_id or by atena_number, not both.</source>
        <translation>%1: give the applicant by person_id or by atena_number, not both.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="503"/>
        <source>%1: the field &quot;channel&quot; must be one of: %2.</source>
        <translation>%1: the field &quot;channel&quot; must be one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="532"/>
        <source>No person has the 宛名番号 given in atena_number.</source>
        <translation>No person has the 宛名番号 given in atena_number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="548"/>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="548"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="553"/>
        <source>The application was not saved: %n field(s) have problems.</source>
        <translation>
            <numerusform>The application was not saved: %n field has problems.</numerusform>
            <numerusform>The application was not saved: %n fields have problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="566"/>
        <source>Received the application %1 (id %2).</source>
        <translation>Received the application %1 (id %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="570"/>
        <source>Documents still to be handed in (補正): %1</source>
        <translation>Documents still to be handed in (補正): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="585"/>
        <source>demo needs --persons N, a number from 1 to %1.</source>
        <translation>demo needs --persons N, a number from 1 to %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="590"/>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed takes a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="609"/>
        <source>The database could not be read.</source>
        <translation>The database could not be read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="611"/>
        <source>This device is enrolled with the central store, so demo data is refused: it would reach the central store with the next sync. Use a separate database for trying.</source>
        <translation>This device is enrolled with the central store, so demo data is refused: it would reach the central store with the next sync. Use a separate database for trying.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="645"/>
        <source>Added %n fictional person(s)</source>
        <translation>
            <numerusform>Added %n fictional person</numerusform>
            <numerusform>Added %n fictional persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="646"/>
        <source>in %n household(s), with %1 handbook(s) and %2 legal representative(s).</source>
        <translation>
            <numerusform>in %n household, with %1 handbook(s) and %2 legal representative(s).</numerusform>
            <numerusform>in %n households, with %1 handbook(s) and %2 legal representative(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="652"/>
        <source>Leased %n block(s) of demo recipient numbers, so first grants can be approved.</source>
        <translation>
            <numerusform>Leased %n block of demo recipient numbers, so first grants can be approved.</numerusform>
            <numerusform>Leased %n blocks of demo recipient numbers, so first grants can be approved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliPersonCommands.cpp" line="657"/>
        <source>Created the city&apos;s certificate-issuing key.</source>
        <translation>Created the city&apos;s certificate-issuing key.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="658"/>
        <source>Approved %n demo decision(s)</source>
        <translation>
            <numerusform>Approved %n demo decision</numerusform>
            <numerusform>Approved %n demo decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliPersonCommands.cpp" line="659"/>
        <source>and requested %n certificate(s), ready to print.</source>
        <translation>
            <numerusform>and requested %n certificate, ready to print.</numerusform>
            <numerusform>and requested %n certificates, ready to print.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="18"/>
        <source>decide reads its request from standard input.</source>
        <translation>decide reads its request from standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="22"/>
        <source>The request is not valid JSON (at character %1: %2).</source>
        <translation>The request is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDecide.cpp" line="26"/>
        <source>The request must be one JSON object.</source>
        <translation>The request must be one JSON object.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="56"/>
        <source>libsodium could not start.</source>
        <translation>libsodium could not start.</translation>
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
        <translation>Madoguchi command line.

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
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="216"/>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="220"/>
        <source>The account (default: MADOGUCHI_USER).</source>
        <translation>The account (default: MADOGUCHI_USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="224"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Read the password from the first line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="227"/>
        <source>Read the second-factor code from the next line of standard input.</source>
        <translation>Read the second-factor code from the next line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="230"/>
        <source>user add: read the new account&apos;s password from the next line of standard input.</source>
        <translation>user add: read the new account&apos;s password from the next line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="234"/>
        <source>Print results as JSON (person add and intake submit also read their FILE as JSON).</source>
        <translation>Print results as JSON (person add and intake submit also read their FILE as JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="237"/>
        <source>init: the first administrator&apos;s login.</source>
        <translation>init: the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="241"/>
        <source>init, user add: the person&apos;s display name (default: the login).</source>
        <translation>init, user add: the person&apos;s display name (default: the login).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="244"/>
        <source>user add: a role; repeat for more.</source>
        <translation>user add: a role; repeat for more.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="248"/>
        <source>user add: a business scope; repeat for more.</source>
        <translation>user add: a business scope; repeat for more.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="251"/>
        <source>audit export: the CSV file to write.</source>
        <translation>audit export: the CSV file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="254"/>
        <source>audit export: the first day (UTC).</source>
        <translation>audit export: the first day (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="257"/>
        <source>audit export: the last day (UTC).</source>
        <translation>audit export: the last day (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="261"/>
        <source>person add: the possible duplicates were checked; this is another person.</source>
        <translation>person add: the possible duplicates were checked; this is another person.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="264"/>
        <source>demo: how many fictional persons.</source>
        <translation>demo: how many fictional persons.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="268"/>
        <source>demo: the random seed (the same seed gives the same people).</source>
        <translation>demo: the random seed (the same seed gives the same people).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="272"/>
        <source>mynumber not-provided, jukinet request: the person&apos;s id or 宛名番号.</source>
        <translation>mynumber not-provided, jukinet request: the person&apos;s id or 宛名番号.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="277"/>
        <source>mynumber not-provided: why the number was not provided.</source>
        <translation>mynumber not-provided: why the number was not provided.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="281"/>
        <source>jukinet request: the items to send, comma-separated.</source>
        <translation>jukinet request: the items to send, comma-separated.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="284"/>
        <source>jukinet list: only requests in this state.</source>
        <translation>jukinet list: only requests in this state.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="288"/>
        <source>jukinet export: the batch file to write; jukinet import: the result file to read.</source>
        <translation>jukinet export: the batch file to write; jukinet import: the result file to read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="293"/>
        <source>numbers lease: recipient (受給者番号) or certificate (受給者証番号); certificate print: the kind of certificate (welfare_service, medical_psychiatric, …).</source>
        <translation>numbers lease: recipient (受給者番号) or certificate (受給者証番号); certificate print: the kind of certificate (welfare_service, medical_psychiatric, …).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="299"/>
        <source>numbers lease, ledger show, ledger list: the ledger (a scope code).</source>
        <translation>numbers lease, ledger show, ledger list: the ledger (a scope code).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="303"/>
        <source>numbers lease: the leading digits common to the block.</source>
        <translation>numbers lease: the leading digits common to the block.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="306"/>
        <source>numbers lease: the first number.</source>
        <translation>numbers lease: the first number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="309"/>
        <source>numbers lease: the last number.</source>
        <translation>numbers lease: the last number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="313"/>
        <source>ledger show, certificate print, certificate list: the 受給者番号.</source>
        <translation>ledger show, certificate print, certificate list: the 受給者番号.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="317"/>
        <source>ledger list: only recipients in this status.</source>
        <translation>ledger list: only recipients in this status.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="321"/>
        <source>ledger list: only recipients whose validity ends from today to today + DAYS.</source>
        <translation>ledger list: only recipients whose validity ends from today to today + DAYS.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="334"/>
        <source>certificate verify: the issuing keys (a file from issuing-key export); no database or sign-in needed.</source>
        <translation>certificate verify: the issuing keys (a file from issuing-key export); no database or sign-in needed.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="340"/>
        <source>person duplicates merge: the record that remains (id or 宛名番号).</source>
        <translation>person duplicates merge: the record that remains (id or 宛名番号).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="345"/>
        <source>certificate print, batch, reissue: the PDF file to write.</source>
        <translation>certificate print, batch, reissue: the PDF file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="349"/>
        <source>certificate reissue: the id of the certificate to replace.</source>
        <translation>certificate reissue: the id of the certificate to replace.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="353"/>
        <source>notice print: the id of the approved decision.</source>
        <translation>notice print: the id of the approved decision.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="358"/>
        <source>central migrate, device enroll, device revoke, sync: the central store&apos;s URL.</source>
        <translation>central migrate, device enroll, device revoke, sync: the central store&apos;s URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="364"/>
        <source>sync import-package: the device&apos;s package; sync import-reply: the office&apos;s reply.</source>
        <translation>sync import-package: the device&apos;s package; sync import-reply: the office&apos;s reply.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="369"/>
        <source>sync export-package: the package to write; sync import-package: the reply to write.</source>
        <translation>sync export-package: the package to write; sync import-package: the reply to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="375"/>
        <source>central staff: the central account&apos;s login.</source>
        <translation>central staff: the central account&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="380"/>
        <source>device assign, unassign, cases: the outreach device&apos;s id.</source>
        <translation>device assign, unassign, cases: the outreach device&apos;s id.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="383"/>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="37"/>
        <source>The issuing key file %1 cannot be read.</source>
        <translation>The issuing key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="41"/>
        <source>The issuing key file %1 is too large.</source>
        <translation>The issuing key file %1 is too large.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="47"/>
        <source>The issuing key file %1 is not UTF-8 text.</source>
        <translation>The issuing key file %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="82"/>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="83"/>
        <source>Recipient number</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="84"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="85"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="89"/>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="89"/>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="90"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="92"/>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="93"/>
        <source>Issuing office</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="94"/>
        <source>Certificate id</source>
        <translation>Certificate id</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="96"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="98"/>
        <source>outreach device %1</source>
        <translation>outreach device %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="99"/>
        <source>city issuing key %1</source>
        <translation>city issuing key %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="106"/>
        <source>Issuing key %1, made %2.</source>
        <translation>Issuing key %1, made %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="125"/>
        <source>Unknown ledger %1; use welfare_service, medical_rehabilitation, medical_psychiatric or devices.</source>
        <translation>Unknown ledger %1; use welfare_service, medical_rehabilitation, medical_psychiatric or devices.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="139"/>
        <source>--expiring-within takes a number of days from 0 to 3660.</source>
        <translation>--expiring-within takes a number of days from 0 to 3660.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="147"/>
        <source>Name the PDF file with --pdf FILE.</source>
        <translation>Name the PDF file with --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="245"/>
        <source>Created. %1</source>
        <translation>Created. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="246"/>
        <source>Rotated; the previous key is retired and keeps verifying what it signed. %1</source>
        <translation>Rotated; the previous key is retired and keeps verifying what it signed. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="263"/>
        <source>There is no issuing key yet; create one first.</source>
        <translation>There is no issuing key yet; create one first.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="272"/>
        <source>The issuing key file %1 could not be written.</source>
        <translation>The issuing key file %1 could not be written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="274"/>
        <source>Wrote %n issuing key(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n issuing key to %1.</numerusform>
            <numerusform>Wrote %n issuing keys to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="288"/>
        <source>Name the recipient with --recipient and the 受給者番号 or 受給者証番号 (digits).</source>
        <translation>Name the recipient with --recipient and the 受給者番号 or 受給者証番号 (digits).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="298"/>
        <source>Unknown certificate kind %1; use welfare_service, community_consultation, medical_psychiatric, medical_rehabilitation, medical_upbringing, cap_management_sheet or device_voucher.</source>
        <translation>Unknown certificate kind %1; use welfare_service, community_consultation, medical_psychiatric, medical_rehabilitation, medical_upbringing, cap_management_sheet or device_voucher.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="303"/>
        <source>That kind of certificate is not issued from that ledger.</source>
        <translation>That kind of certificate is not issued from that ledger.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="326"/>
        <source>The recipients could not be read.</source>
        <translation>The recipients could not be read.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="334"/>
        <source>No recipient has that number.</source>
        <translation>No recipient has that number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="336"/>
        <source>That number is a recipient in more than one ledger; name the ledger with --ledger.</source>
        <translation>That number is a recipient in more than one ledger; name the ledger with --ledger.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="357"/>
        <source>The current certificate %1 was handed over or mailed already. For a lost or damaged one, use certificate reissue.</source>
        <translation>The current certificate %1 was handed over or mailed already. For a lost or damaged one, use certificate reissue.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="378"/>
        <source>Printed %1 no. %2 (certificate %3) to %4.</source>
        <translation>Printed %1 no. %2 (certificate %3) to %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="413"/>
        <source>Printed %n certificate(s) to %1.</source>
        <translation>
            <numerusform>Printed %n certificate to %1.</numerusform>
            <numerusform>Printed %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="423"/>
        <source>Name the certificate with --certificate ID.</source>
        <translation>Name the certificate with --certificate ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="425"/>
        <source>Give the reason with --reason, for example --reason 紛失.</source>
        <translation>Give the reason with --reason, for example --reason 紛失.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="450"/>
        <source>Reissued as no. %1 (certificate %2); the old one is void.</source>
        <translation>Reissued as no. %1 (certificate %2); the old one is void.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="472"/>
        <source>Unknown state %1; use requested, printed, handed_over, mailed or void.</source>
        <translation>Unknown state %1; use requested, printed, handed_over, mailed or void.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="494"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="495"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="495"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="512"/>
        <source>Name the approved decision with --decision ID.</source>
        <translation>Name the approved decision with --decision ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="527"/>
        <source>Printed the notice to %1.</source>
        <translation>Printed the notice to %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertificateCommands.cpp" line="544"/>
        <source>Say how soon the grants end with --expiring-within DAYS.</source>
        <translation>Say how soon the grants end with --expiring-within DAYS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCertificateCommands.cpp" line="563"/>
        <source>Printed %n renewal notice(s) to %1.</source>
        <translation>
            <numerusform>Printed %n renewal notice to %1.</numerusform>
            <numerusform>Printed %n renewal notices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="44"/>
        <source>%1 needs --ledger (%2).</source>
        <translation>%1 needs --ledger (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="47"/>
        <source>Unknown ledger: %1. Ledgers are: %2.</source>
        <translation>Unknown ledger: %1. Ledgers are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="59"/>
        <source>numbers lease needs %1 N, a whole number.</source>
        <translation>numbers lease needs %1 N, a whole number.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="62"/>
        <source>%1 takes a whole number of up to 12 digits, not %2.</source>
        <translation>%1 takes a whole number of up to 12 digits, not %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="115"/>
        <source>numbers lease needs --kind recipient (受給者番号) or --kind certificate (受給者証番号).</source>
        <translation>numbers lease needs --kind recipient (受給者番号) or --kind certificate (受給者証番号).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="117"/>
        <source>Unknown kind of number: %1. Kinds are: recipient certificate.</source>
        <translation>Unknown kind of number: %1. Kinds are: recipient certificate.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="150"/>
        <source>Leased the block %1–%2 (%3 numbers) of %4 numbers for the ledger %5.</source>
        <translation>Leased the block %1–%2 (%3 numbers) of %4 numbers for the ledger %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>LEDGER</source>
        <translation>LEDGER</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>FIRST</source>
        <translation>FIRST</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="176"/>
        <source>LAST</source>
        <translation>LAST</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>NEXT</source>
        <translation>NEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>REMAINING</source>
        <translation>REMAINING</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="177"/>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="220"/>
        <source>ledger show needs --recipient NUMBER, the 受給者番号.</source>
        <translation>ledger show needs --recipient NUMBER, the 受給者番号.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="253"/>
        <source>Unknown status: %1. Statuses are: %2.</source>
        <translation>Unknown status: %1. Statuses are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLedgerCommands.cpp" line="260"/>
        <source>--expiring-within takes a number of days from 0 to 99999, not %1.</source>
        <translation>--expiring-within takes a number of days from 0 to 99999, not %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="25"/>
        <location filename="../app/cli/CliSyncCommands.cpp" line="23"/>
        <source>%1 needs --url postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 needs --url postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="40"/>
        <source>%1 needs --url URL --device ID --person ID.</source>
        <translation>%1 needs --url URL --device ID --person ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="42"/>
        <source>%1 needs --url URL --device ID.</source>
        <translation>%1 needs --url URL --device ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="73"/>
        <source>The case %1 was assigned to the device %2 already.</source>
        <translation>The case %1 was assigned to the device %2 already.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCaseCommands.cpp" line="77"/>
        <source>Assigned the case %1 to the device %2: %n record(s) reach it at its next sync.</source>
        <translation>
            <numerusform>Assigned the case %1 to the device %2: %n record reach it at its next sync.</numerusform>
            <numerusform>Assigned the case %1 to the device %2: %n records reach it at its next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="107"/>
        <source>The case %1 was not assigned to the device %2.</source>
        <translation>The case %1 was not assigned to the device %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="111"/>
        <source>Took the case %1 back from the device %2: the device removes its records at its next sync.</source>
        <translation>Took the case %1 back from the device %2: the device removes its records at its next sync.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="145"/>
        <source>The device %1 holds no assigned cases.</source>
        <translation>The device %1 holds no assigned cases.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>Assigned at</source>
        <translation>Assigned at</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="147"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="150"/>
        <source>registered on the device</source>
        <translation>registered on the device</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCaseCommands.cpp" line="151"/>
        <source>assigned by %1</source>
        <translation>assigned by %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="62"/>
        <source>The central store %1 is up to date (schema %2).</source>
        <translation>The central store %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="67"/>
        <source>Updated the central store %1 from schema %2 to %3.</source>
        <translation>Updated the central store %1 from schema %2 to %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="84"/>
        <source>device enroll needs --kind counter or --kind outreach.</source>
        <translation>device enroll needs --kind counter or --kind outreach.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="86"/>
        <source>device enroll needs --name NAME, the device&apos;s name.</source>
        <translation>device enroll needs --name NAME, the device&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="102"/>
        <source>Enrolled this device as %1 (%2, id %3) with the central store %4.</source>
        <translation>Enrolled this device as %1 (%2, id %3) with the central store %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="128"/>
        <source>Revoked the device %1: its next sync is refused.</source>
        <translation>Revoked the device %1: its next sync is refused.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncCommands.cpp" line="159"/>
        <source>Synchronized: %1 changes sent, %2 received, %3 conflicts waiting to be resolved.</source>
        <translation>Synchronized: %1 changes sent, %2 received, %3 conflicts waiting to be resolved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncCommands.cpp" line="166"/>
        <source>Leased %n new block(s) of numbers from the central store.</source>
        <translation>
            <numerusform>Leased %n new block of numbers from the central store.</numerusform>
            <numerusform>Leased %n new blocks of numbers from the central store.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="30"/>
        <source>%1 needs --url postgresql://USER@HOST:PORT/DATABASE (the central store owner&apos;s).</source>
        <translation>%1 needs --url postgresql://USER@HOST:PORT/DATABASE (the central store owner&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="47"/>
        <source>Unknown role %1.</source>
        <translation>Unknown role %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="59"/>
        <source>Unknown scope %1.</source>
        <translation>Unknown scope %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="77"/>
        <source>locked until %1 (UTC)</source>
        <translation>locked until %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="89"/>
        <source>Second factor of %1 (shown only now: scan it into the authenticator app):</source>
        <translation>Second factor of %1 (shown only now: scan it into the authenticator app):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="108"/>
        <source>Usage: central staff add|update|lock|unlock|disable|reset-password|reset-2fa --login LOGIN --url URL, or central staff list --url URL.</source>
        <translation>Usage: central staff add|update|lock|unlock|disable|reset-password|reset-2fa --login LOGIN --url URL, or central staff list --url URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="121"/>
        <source>Unknown command: central staff %1. See madoguchi-cli --help.</source>
        <translation>Unknown command: central staff %1. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="143"/>
        <source>Give the account at least one role with --role.</source>
        <translation>Give the account at least one role with --role.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="204"/>
        <source>Changed the central account %1.</source>
        <translation>Changed the central account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="207"/>
        <source>Locked the central account %1.</source>
        <translation>Locked the central account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="210"/>
        <source>Unlocked the central account %1.</source>
        <translation>Unlocked the central account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="213"/>
        <source>Disabled the central account %1; devices remove its key slot at their next sync.</source>
        <translation>Disabled the central account %1; devices remove its key slot at their next sync.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="217"/>
        <source>Set a new password for %1; the next sign-in on each device is online.</source>
        <translation>Set a new password for %1; the next sign-in on each device is online.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="229"/>
        <source>Usage: device recover --url URL [--db PATH].</source>
        <translation>Usage: device recover --url URL [--db PATH].</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="266"/>
        <source>Opened the database of device %1 with its central escrow key.</source>
        <translation>Opened the database of device %1 with its central escrow key.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="269"/>
        <source>New recovery code (shown only now; the old one no longer works):</source>
        <translation>New recovery code (shown only now; the old one no longer works):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCentralStaffCommands.cpp" line="271"/>
        <source>Keep it where the first recovery code was kept. Staff with central accounts sign in again online once an administrator has reset their central password.</source>
        <translation>Keep it where the first recovery code was kept. Staff with central accounts sign in again online once an administrator has reset their central password.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="28"/>
        <source>sync export-package needs --out FILE, the package to write.</source>
        <translation>sync export-package needs --out FILE, the package to write.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="41"/>
        <source>Wrote sync package %1 with %n change(s) to %2. Take it to the office; the changes stay marked as not sent until the reply is read.</source>
        <translation>
            <numerusform>Wrote sync package %1 with %n change to %2. Take it to the office; the changes stay marked as not sent until the reply is read.</numerusform>
            <numerusform>Wrote sync package %1 with %n changes to %2. Take it to the office; the changes stay marked as not sent until the reply is read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="55"/>
        <source>sync import-package needs --url postgresql://USER@HOST:PORT/DATABASE, the central store&apos;s owner URL.</source>
        <translation>sync import-package needs --url postgresql://USER@HOST:PORT/DATABASE, the central store&apos;s owner URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="58"/>
        <source>sync import-package needs --in FILE (the device&apos;s package) and --out FILE (the reply to write).</source>
        <translation>sync import-package needs --in FILE (the device&apos;s package) and --out FILE (the reply to write).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="84"/>
        <source>Read package %1 of device %2: %3 changes, %4 of them new. Wrote the reply with %5 changes and %6 number blocks to %7.</source>
        <translation>Read package %1 of device %2: %3 changes, %4 of them new. Wrote the reply with %5 changes and %6 number blocks to %7.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="95"/>
        <source>The reply could not hold every change; the device receives the rest with its next package or online sync.</source>
        <translation>The reply could not hold every change; the device receives the rest with its next package or online sync.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="106"/>
        <source>sync import-reply needs --in FILE, the reply from the office.</source>
        <translation>sync import-reply needs --in FILE, the reply from the office.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="123"/>
        <source>Read the reply to package %1: %2 changes confirmed as sent, %3 received, %4 conflicts waiting to be resolved.</source>
        <translation>Read the reply to package %1: %2 changes confirmed as sent, %3 received, %4 conflicts waiting to be resolved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSyncFileCommands.cpp" line="131"/>
        <source>Recorded %n new block(s) of numbers.</source>
        <translation>
            <numerusform>Recorded %n new block of numbers.</numerusform>
            <numerusform>Recorded %n new blocks of numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictQueue</name>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="118"/>
        <source>The sync conflicts could not be counted.</source>
        <translation>The sync conflicts could not be counted.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="134"/>
        <source>The sync conflicts could not be read.</source>
        <translation>The sync conflicts could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="165"/>
        <source>The sync conflict could not be read.</source>
        <translation>The sync conflict could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="169"/>
        <source>This conflict is not waiting any more (it was resolved already).</source>
        <translation>This conflict is not waiting any more (it was resolved already).</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="233"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="335"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="344"/>
        <source>The resolution could not be saved.</source>
        <translation>The resolution could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="241"/>
        <source>The record on this computer changed after you opened the conflict. Open it again to see both versions as they are now.</source>
        <translation>The record on this computer changed after you opened the conflict. Open it again to see both versions as they are now.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="245"/>
        <source>This change from another device does not fit this computer&apos;s records; it can only be set aside (keep this computer&apos;s version).</source>
        <translation>This change from another device does not fit this computer&apos;s records; it can only be set aside (keep this computer&apos;s version).</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="252"/>
        <source>The field %1 is not one of the differences of this conflict.</source>
        <translation>The field %1 is not one of the differences of this conflict.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="280"/>
        <source>Take %1 from the same version.</source>
        <translation>Take %1 from the same version.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="280"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="294"/>
        <source>This computer has no table for this record any more.</source>
        <translation>This computer has no table for this record any more.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="309"/>
        <source>This record was deleted on this computer, so the other device&apos;s change cannot be taken; keep this computer&apos;s version.</source>
        <translation>This record was deleted on this computer, so the other device&apos;s change cannot be taken; keep this computer&apos;s version.</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="351"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="386"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="352"/>
        <location filename="../core/sync/ConflictQueue.cpp" line="388"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="353"/>
        <source>Disability handbook</source>
        <translation>Disability handbook</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="354"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="355"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="356"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="357"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="358"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="368"/>
        <source>Resident record number</source>
        <translation>Resident record number</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="369"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="370"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="371"/>
        <source>Family name (kana)</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="372"/>
        <source>Given name (kana)</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="373"/>
        <source>Search key (kana)</source>
        <translation>Search key (kana)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="374"/>
        <source>Search key (given kana)</source>
        <translation>Search key (given kana)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="375"/>
        <source>Search key (name)</source>
        <translation>Search key (name)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="376"/>
        <source>Search key (given name)</source>
        <translation>Search key (given name)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="377"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="378"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="379"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="380"/>
        <source>Search key (phone)</source>
        <translation>Search key (phone)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="381"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="382"/>
        <source>Relationship to the head</source>
        <translation>Relationship to the head</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="383"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="384"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="385"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="387"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="389"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="390"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="391"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="392"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="393"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="394"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="395"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="396"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="397"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="398"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="399"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="413"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="415"/>
        <source>(encrypted or binary data)</source>
        <translation>(encrypted or binary data)</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="418"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../core/sync/ConflictQueue.cpp" line="418"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="160"/>
        <source>The database could not be prepared: %1</source>
        <translation>The database could not be prepared: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="164"/>
        <source>The database library in use does not encrypt. Madoguchi will not store data without encryption.</source>
        <translation>The database library in use does not encrypt. Madoguchi will not store data without encryption.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="171"/>
        <source>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</source>
        <translation>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="182"/>
        <source>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</source>
        <translation>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="194"/>
        <source>The database could not be configured: %1</source>
        <translation>The database could not be configured: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="197"/>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>The database could not switch to write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="199"/>
        <source>The database did not enable foreign keys.</source>
        <translation>The database did not enable foreign keys.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="209"/>
        <source>The database key could not be applied.</source>
        <translation>The database key could not be applied.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="211"/>
        <source>The database file could not be opened: %1</source>
        <translation>The database file could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="242"/>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="247"/>
        <source>The database&apos;s field key does not open with the database key.</source>
        <translation>The database&apos;s field key does not open with the database key.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="257"/>
        <source>The database&apos;s field key could not be created.</source>
        <translation>The database&apos;s field key could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="285"/>
        <location filename="../core/store/Database.cpp" line="310"/>
        <location filename="../core/store/Database.cpp" line="393"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="294"/>
        <location filename="../core/store/Database.cpp" line="319"/>
        <source>The key file is there but the database file %1 is missing.</source>
        <translation>The key file is there but the database file %1 is missing.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="333"/>
        <source>Choose where to keep the database.</source>
        <translation>Choose where to keep the database.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="336"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="44"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="342"/>
        <location filename="../core/store/Database.cpp" line="380"/>
        <source>A database already exists at %1.</source>
        <translation>A database already exists at %1.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="346"/>
        <source>Secure memory for the database key is not available.</source>
        <translation>Secure memory for the database key is not available.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="371"/>
        <source>The database key is not usable.</source>
        <translation>The database key is not usable.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="383"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="389"/>
        <source>The database file %1 could not be created.</source>
        <translation>The database file %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="419"/>
        <source>The new database could not be set up: %1</source>
        <translation>The new database could not be set up: %1</translation>
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
        <translation>The database is closed.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="498"/>
        <source>The database key could not be copied.</source>
        <translation>The database key could not be copied.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="600"/>
        <source>Secure memory is not available.</source>
        <translation>Secure memory is not available.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="633"/>
        <source>The re-encrypted copy could not be started.</source>
        <translation>The re-encrypted copy could not be started.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="651"/>
        <location filename="../core/store/Database.cpp" line="657"/>
        <source>The re-encrypted copy could not be written: %1</source>
        <translation>The re-encrypted copy could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="682"/>
        <source>Close the other connections to the database before changing its key.</source>
        <translation>Close the other connections to the database before changing its key.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="689"/>
        <source>The re-encrypted database could not replace the old one.</source>
        <translation>The re-encrypted database could not replace the old one.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="705"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="710"/>
        <source>The database is not encrypted by SQLCipher.</source>
        <translation>The database is not encrypted by SQLCipher.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="717"/>
        <source>The schema version is %1; %2 was expected.</source>
        <translation>The schema version is %1; %2 was expected.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="726"/>
        <source>Encrypted page check: %1</source>
        <translation>Encrypted page check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="732"/>
        <source>The integrity check could not run: %1</source>
        <translation>The integrity check could not run: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="738"/>
        <source>Integrity check: %1</source>
        <translation>Integrity check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="745"/>
        <source>Some rows refer to rows that do not exist (table %1).</source>
        <translation>Some rows refer to rows that do not exist (table %1).</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="752"/>
        <source>The key file has no recovery slot.</source>
        <translation>The key file has no recovery slot.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../core/decision/Decision.cpp" line="52"/>
        <source>Grant (支給決定)</source>
        <translation>Grant (支給決定)</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="54"/>
        <source>Rejection (却下)</source>
        <translation>Rejection (却下)</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="56"/>
        <source>Change (変更決定)</source>
        <translation>Change (変更決定)</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="58"/>
        <source>Cancellation (取消)</source>
        <translation>Cancellation (取消)</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="60"/>
        <source>Provisional grant (暫定支給決定)</source>
        <translation>Provisional grant (暫定支給決定)</translation>
    </message>
    <message>
        <location filename="../core/decision/Decision.cpp" line="62"/>
        <source>Final grant (本支給決定)</source>
        <translation>Final grant (本支給決定)</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="28"/>
        <source>Welfare services</source>
        <translation>Welfare services</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="30"/>
        <source>Medical care (rehabilitation)</source>
        <translation>Medical care (rehabilitation)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="32"/>
        <source>Medical care (psychiatric)</source>
        <translation>Medical care (psychiatric)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="34"/>
        <source>Prosthetic devices</source>
        <translation>Prosthetic devices</translation>
    </message>
</context>
<context>
    <name>DecisionQueries</name>
    <message>
        <location filename="../core/decision/DecisionQueries.cpp" line="19"/>
        <source>The applications awaiting decision could not be read.</source>
        <translation>The applications awaiting decision could not be read.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="129"/>
        <location filename="../core/decision/DecisionService.cpp" line="242"/>
        <location filename="../core/decision/DecisionService.cpp" line="313"/>
        <source>The application could not be read.</source>
        <translation>The application could not be read.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="132"/>
        <source>There is no such application.</source>
        <translation>There is no such application.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="137"/>
        <location filename="../core/decision/DecisionService.cpp" line="316"/>
        <source>The application&apos;s stored status is not valid.</source>
        <translation>The application&apos;s stored status is not valid.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="153"/>
        <source>A decision cannot be drafted on an application in status &apos;%1&apos;.</source>
        <translation>A decision cannot be drafted on an application in status &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="183"/>
        <location filename="../core/decision/DecisionService.cpp" line="218"/>
        <source>The decision could not be saved.</source>
        <translation>The decision could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="199"/>
        <source>An approved decision cannot be changed. Draft a change or cancellation decision that refers to it.</source>
        <translation>An approved decision cannot be changed. Draft a change or cancellation decision that refers to it.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="203"/>
        <source>This decision was sent for approval and can no longer be edited.</source>
        <translation>This decision was sent for approval and can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="233"/>
        <source>This decision was sent for approval already.</source>
        <translation>This decision was sent for approval already.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="264"/>
        <source>The decision could not be sent for approval.</source>
        <translation>The decision could not be sent for approval.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="280"/>
        <source>This decision has been approved already.</source>
        <translation>This decision has been approved already.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="283"/>
        <source>This decision has not been sent for approval yet.</source>
        <translation>This decision has not been sent for approval yet.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="301"/>
        <location filename="../core/decision/DecisionService.cpp" line="456"/>
        <location filename="../core/decision/DecisionService.cpp" line="491"/>
        <location filename="../core/decision/DecisionService.cpp" line="514"/>
        <location filename="../core/decision/DecisionService.cpp" line="579"/>
        <source>The decisions could not be read.</source>
        <translation>The decisions could not be read.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="304"/>
        <source>The decision this one refers to was changed or cancelled by another decision in the meantime.</source>
        <translation>The decision this one refers to was changed or cancelled by another decision in the meantime.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="323"/>
        <source>The application is in status &apos;%1&apos; and no longer awaits this decision.</source>
        <translation>The application is in status &apos;%1&apos; and no longer awaits this decision.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="374"/>
        <source>The approval could not be saved.</source>
        <translation>The approval could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="387"/>
        <source>The recipient numbers could not be read.</source>
        <translation>The recipient numbers could not be read.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="398"/>
        <source>No block of recipient numbers (受給者番号 and 受給者証番号) is open for this ledger, so the decision cannot be approved yet. An administrator must lease a block of recipient numbers first.</source>
        <translation>No block of recipient numbers (受給者番号 and 受給者証番号) is open for this ledger, so the decision cannot be approved yet. An administrator must lease a block of recipient numbers first.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="461"/>
        <location filename="../core/decision/DecisionService.cpp" line="499"/>
        <location filename="../core/decision/DecisionService.cpp" line="520"/>
        <source>A stored decision is not valid.</source>
        <translation>A stored decision is not valid.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="471"/>
        <source>The number of days cannot be negative.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="517"/>
        <source>There is no such decision.</source>
        <translation>There is no such decision.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="531"/>
        <source>A rejection or cancellation needs a reason (field &quot;reason&quot;).</source>
        <translation>A rejection or cancellation needs a reason (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="534"/>
        <source>The rule version the evaluation used is missing (field &quot;rule_version&quot;).</source>
        <translation>The rule version the evaluation used is missing (field &quot;rule_version&quot;).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="539"/>
        <source>The validity period is missing (fields &quot;valid_from&quot; and &quot;valid_to&quot;).</source>
        <translation>The validity period is missing (fields &quot;valid_from&quot; and &quot;valid_to&quot;).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="542"/>
        <source>The validity period ends before it starts.</source>
        <translation>The validity period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="545"/>
        <source>The monthly cap cannot be negative.</source>
        <translation>The monthly cap cannot be negative.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="548"/>
        <source>A change, cancellation or final decision must name the decision it refers to (field &quot;refers_to&quot;).</source>
        <translation>A change, cancellation or final decision must name the decision it refers to (field &quot;refers_to&quot;).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="553"/>
        <source>A decision cannot refer to itself.</source>
        <translation>A decision cannot refer to itself.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="558"/>
        <source>The decision it refers to does not exist (field &quot;refers_to&quot;).</source>
        <translation>The decision it refers to does not exist (field &quot;refers_to&quot;).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="563"/>
        <source>The decision it refers to has not been approved.</source>
        <translation>The decision it refers to has not been approved.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="566"/>
        <source>The decision it refers to is of another person or ledger.</source>
        <translation>The decision it refers to is of another person or ledger.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="569"/>
        <source>A rejection or cancellation cannot be changed by a later decision.</source>
        <translation>A rejection or cancellation cannot be changed by a later decision.</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="573"/>
        <source>A final decision (本支給決定) refers to a provisional one (暫定支給決定).</source>
        <translation>A final decision (本支給決定) refers to a provisional one (暫定支給決定).</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionService.cpp" line="582"/>
        <source>The decision it refers to was already changed or cancelled; refer to the current one.</source>
        <translation>The decision it refers to was already changed or cancelled; refer to the current one.</translation>
    </message>
</context>
<context>
    <name>DemoCertificates</name>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="71"/>
        <location filename="../core/certificate/DemoCertificates.cpp" line="155"/>
        <source>The demo staff could not be created.</source>
        <translation>The demo staff could not be created.</translation>
    </message>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="146"/>
        <location filename="../core/certificate/DemoCertificates.cpp" line="238"/>
        <source>The demo data could not be saved.</source>
        <translation>The demo data could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/certificate/DemoCertificates.cpp" line="184"/>
        <source>The persons could not be read.</source>
        <translation>The persons could not be read.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="125"/>
        <source>The number of demo persons is not valid.</source>
        <translation>The number of demo persons is not valid.</translation>
    </message>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="136"/>
        <location filename="../core/registry/DemoData.cpp" line="161"/>
        <location filename="../core/registry/DemoData.cpp" line="169"/>
        <location filename="../core/registry/DemoData.cpp" line="345"/>
        <source>The demo data could not be written.</source>
        <translation>The demo data could not be written.</translation>
    </message>
    <message>
        <location filename="../core/registry/DemoData.cpp" line="141"/>
        <source>Not enough 宛名番号 are left for that many.</source>
        <translation>Not enough 宛名番号 are left for that many.</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="52"/>
        <source>The device card (the .central file beside the database) is damaged: the field %1 is missing or not valid.</source>
        <translation>The device card (the .central file beside the database) is damaged: the field %1 is missing or not valid.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="86"/>
        <source>The device card (the .central file beside the database) is too large to be one.</source>
        <translation>The device card (the .central file beside the database) is too large to be one.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="92"/>
        <source>The device card (the .central file beside the database) is not readable.</source>
        <translation>The device card (the .central file beside the database) is not readable.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="102"/>
        <source>The device card was written by a newer version of Madoguchi. Update Madoguchi on this computer.</source>
        <translation>The device card was written by a newer version of Madoguchi. Update Madoguchi on this computer.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="111"/>
        <source>The device card (the .central file beside the database) has an unknown field %1.</source>
        <translation>The device card (the .central file beside the database) has an unknown field %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="154"/>
        <source>This computer has no device card: it is not enrolled with the central server.</source>
        <translation>This computer has no device card: it is not enrolled with the central server.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="157"/>
        <source>The device card cannot be read.</source>
        <translation>The device card cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/DeviceCard.cpp" line="183"/>
        <source>The device card could not be written beside the database.</source>
        <translation>The device card could not be written beside the database.</translation>
    </message>
</context>
<context>
    <name>DeviceCertificate</name>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="283"/>
        <source>The device certificate has the wrong length (%1 bytes instead of %2).</source>
        <translation>The device certificate has the wrong length (%1 bytes instead of %2).</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="289"/>
        <source>The device certificate is of an unknown version.</source>
        <translation>The device certificate is of an unknown version.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="298"/>
        <source>The device certificate is damaged.</source>
        <translation>The device certificate is damaged.</translation>
    </message>
    <message>
        <location filename="../core/certificate/CertificatePayload.cpp" line="301"/>
        <source>The device certificate&apos;s validity ends before it starts.</source>
        <translation>The device certificate&apos;s validity ends before it starts.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="64"/>
        <source>The device identity could not be read: %1</source>
        <translation>The device identity could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="75"/>
        <source>The device identity stored in the database is damaged.</source>
        <translation>The device identity stored in the database is damaged.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="82"/>
        <source>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="94"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="159"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="97"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="162"/>
        <source>The key that protects the device signing key must be 32 bytes.</source>
        <translation>The key that protects the device signing key must be 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="118"/>
        <source>A device signing key could not be made.</source>
        <translation>A device signing key could not be made.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="121"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="175"/>
        <source>The device signing key could not be encrypted.</source>
        <translation>The device signing key could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="135"/>
        <source>The device identity could not be stored: %1</source>
        <translation>The device identity could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="148"/>
        <source>This database has no device identity yet.</source>
        <translation>This database has no device identity yet.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="180"/>
        <source>The device signing key could not be stored: %1</source>
        <translation>The device signing key could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <location filename="../core/documents/DocumentFonts.cpp" line="85"/>
        <source>The font for printing documents (%1) was not found. Reinstall Madoguchi.</source>
        <translation>The font for printing documents (%1) was not found. Reinstall Madoguchi.</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="70"/>
        <location filename="../core/documents/DocumentLayout.cpp" line="96"/>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>the key &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="75"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; must be a number.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="80"/>
        <source>&quot;%1&quot; is %2, outside %3 to %4.</source>
        <translation>&quot;%1&quot; is %2, outside %3 to %4.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="101"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="113"/>
        <source>&quot;%1&quot; names the field &quot;%2&quot;; field names are lower-case letters, digits and underscores.</source>
        <translation>&quot;%1&quot; names the field &quot;%2&quot;; field names are lower-case letters, digits and underscores.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="117"/>
        <source>&quot;%1&quot; names an individual number (My Number) field; documents never print the My Number.</source>
        <translation>&quot;%1&quot; names an individual number (My Number) field; documents never print the My Number.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="130"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="145"/>
        <source>&quot;%1&quot; must be left, center or right.</source>
        <translation>&quot;%1&quot; must be left, center or right.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="160"/>
        <source>&quot;%1&quot; must be plain, wareki, yen or number.</source>
        <translation>&quot;%1&quot; must be plain, wareki, yen or number.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="169"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>unknown key &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="194"/>
        <source>the placeholder {%1} must be {field} or {field:plain|wareki|yen|number}.</source>
        <translation>the placeholder {%1} must be {field} or {field:plain|wareki|yen|number}.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="198"/>
        <source>the placeholder {%1} names an individual number (My Number) field; documents never print the My Number.</source>
        <translation>the placeholder {%1} names an individual number (My Number) field; documents never print the My Number.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="226"/>
        <source>Document layout %1: %2</source>
        <translation>Document layout %1: %2</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="236"/>
        <source>not valid JSON at character %1 (%2).</source>
        <translation>not valid JSON at character %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="240"/>
        <source>the file must hold one JSON object.</source>
        <translation>the file must hold one JSON object.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="257"/>
        <source>&quot;kind&quot; must be lower-case letters, digits and underscores.</source>
        <translation>&quot;kind&quot; must be lower-case letters, digits and underscores.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="265"/>
        <source>&quot;paper&quot; must be A3, A4, A5, B4 or B5.</source>
        <translation>&quot;paper&quot; must be A3, A4, A5, B4 or B5.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="267"/>
        <source>&quot;orientation&quot; must be portrait or landscape.</source>
        <translation>&quot;orientation&quot; must be portrait or landscape.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="272"/>
        <source>&quot;elements&quot; must be a list of at least one element.</source>
        <translation>&quot;elements&quot; must be a list of at least one element.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="279"/>
        <source>element %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="281"/>
        <source>%1 must be a JSON object.</source>
        <translation>%1 must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="287"/>
        <source>%1 has the unknown type &quot;%2&quot;.</source>
        <translation>%1 has the unknown type &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="290"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="292"/>
        <source>%1 (%2): </source>
        <translation>%1 (%2): </translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="323"/>
        <source>give either &quot;field&quot; or &quot;text&quot;.</source>
        <translation>give either &quot;field&quot; or &quot;text&quot;.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="345"/>
        <source>&quot;labelWidth&quot; must be less than &quot;w&quot;.</source>
        <translation>&quot;labelWidth&quot; must be less than &quot;w&quot;.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="365"/>
        <source>&quot;columns&quot; must be a list of column widths.</source>
        <translation>&quot;columns&quot; must be a list of column widths.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="371"/>
        <source>&quot;columns&quot; must hold positive numbers.</source>
        <translation>&quot;columns&quot; must hold positive numbers.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="388"/>
        <source>&quot;columns&quot; must be a list of columns.</source>
        <translation>&quot;columns&quot; must be a list of columns.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="395"/>
        <source>column %1 must be a JSON object.</source>
        <translation>column %1 must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="399"/>
        <source>column %1: </source>
        <translation>column %1: </translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="429"/>
        <source>%1 (%2) runs off the %3 page (right edge %4 mm, bottom %5 mm).</source>
        <translation>%1 (%2) runs off the %3 page (right edge %4 mm, bottom %5 mm).</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="441"/>
        <location filename="../core/documents/DocumentLayout.cpp" line="445"/>
        <source>There is no document layout &quot;%1&quot;.</source>
        <translation>There is no document layout &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentLayout.cpp" line="449"/>
        <source>&quot;kind&quot; is &quot;%1&quot;, not the file&apos;s name.</source>
        <translation>&quot;kind&quot; is &quot;%1&quot;, not the file&apos;s name.</translation>
    </message>
</context>
<context>
    <name>DocumentPrintDialog</name>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="51"/>
        <source>Print documents</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="53"/>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPrintDialog.cpp" line="62"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="36"/>
        <source>There are no documents to print.</source>
        <translation>There are no documents to print.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="54"/>
        <source>The printer or PDF file could not be opened.</source>
        <translation>The printer or PDF file could not be opened.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="64"/>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="71"/>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="75"/>
        <source>The documents could not be finished.</source>
        <translation>The documents could not be finished.</translation>
    </message>
    <message>
        <location filename="../core/documents/DocumentWriter.cpp" line="97"/>
        <location filename="../core/documents/DocumentWriter.cpp" line="105"/>
        <source>The PDF file could not be written.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidates</name>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="84"/>
        <source>Same My Number</source>
        <translation>Same My Number</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="85"/>
        <source>Same name in kana and same date of birth</source>
        <translation>Same name in kana and same date of birth</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="100"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="120"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="149"/>
        <source>The records received could not be checked for duplicates.</source>
        <translation>The records received could not be checked for duplicates.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="130"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="172"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="185"/>
        <source>The duplicate candidates could not be saved.</source>
        <translation>The duplicate candidates could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="197"/>
        <source>The duplicate candidates could not be read.</source>
        <translation>The duplicate candidates could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="215"/>
        <source>The duplicate candidate could not be read.</source>
        <translation>The duplicate candidate could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="217"/>
        <source>There is no duplicate candidate with this id.</source>
        <translation>There is no duplicate candidate with this id.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="220"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="239"/>
        <source>This duplicate candidate was settled already.</source>
        <translation>This duplicate candidate was settled already.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="237"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="258"/>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="284"/>
        <source>The duplicate candidate could not be saved.</source>
        <translation>The duplicate candidate could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/DuplicateCandidates.cpp" line="273"/>
        <source>Keep one of the two records of this duplicate candidate (宛名番号 %1 or %2).</source>
        <translation>Keep one of the two records of this duplicate candidate (宛名番号 %1 or %2).</translation>
    </message>
</context>
<context>
    <name>EraTable</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="98"/>
        <source>Era table</source>
        <translation>Era table</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="111"/>
        <source>the code &apos;%1&apos; is not one capital Latin letter</source>
        <translation>the code &apos;%1&apos; is not one capital Latin letter</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="114"/>
        <source>the code %1 is listed twice</source>
        <translation>the code %1 is listed twice</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="117"/>
        <source>the era name is empty</source>
        <translation>the era name is empty</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="120"/>
        <source>the era name &apos;%1&apos; must be written in kanji</source>
        <translation>the era name &apos;%1&apos; must be written in kanji</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="122"/>
        <source>the era name %1 is listed twice</source>
        <translation>the era name %1 is listed twice</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="125"/>
        <source>the first day &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>the first day &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="131"/>
        <source>accepted_from &apos;%1&apos; is neither &apos;-&apos; nor a date (YYYY-MM-DD)</source>
        <translation>accepted_from &apos;%1&apos; is neither &apos;-&apos; nor a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="134"/>
        <source>accepted_from is before the era&apos;s first day</source>
        <translation>accepted_from is before the era&apos;s first day</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="139"/>
        <source>%1 does not begin after %2: eras must be listed oldest first</source>
        <translation>%1 does not begin after %2: eras must be listed oldest first</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="143"/>
        <source>%1 begins before %2 accepts its first date</source>
        <translation>%1 begins before %2 accepts its first date</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="151"/>
        <source>The era table lists no era.</source>
        <translation>The era table lists no era.</translation>
    </message>
</context>
<context>
    <name>FieldKeyExchange</name>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="38"/>
        <source>exchanging the city&apos;s My Number key</source>
        <translation>exchanging the city&apos;s My Number key</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="49"/>
        <source>The city&apos;s My Number key sent by the central server is malformed. Nothing was saved; ask the administrator.</source>
        <translation>The city&apos;s My Number key sent by the central server is malformed. Nothing was saved; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="55"/>
        <source>The city&apos;s My Number key sent by the central server does not open with this computer&apos;s key. Nothing was saved; ask the administrator.</source>
        <translation>The city&apos;s My Number key sent by the central server does not open with this computer&apos;s key. Nothing was saved; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="60"/>
        <source>The city&apos;s My Number key sent by the central server belongs to another key id than it is filed under. Nothing was saved; ask the administrator.</source>
        <translation>The city&apos;s My Number key sent by the central server belongs to another key id than it is filed under. Nothing was saved; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="73"/>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="83"/>
        <source>The city&apos;s My Number key could not be saved on this computer.</source>
        <translation>The city&apos;s My Number key could not be saved on this computer.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="95"/>
        <source>The city&apos;s My Number key could not be sealed to this computer&apos;s key.</source>
        <translation>The city&apos;s My Number key could not be sealed to this computer&apos;s key.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="159"/>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="270"/>
        <source>The city&apos;s My Number key on this computer differs from the one the central server holds for it. Nothing was changed; ask the administrator.</source>
        <translation>The city&apos;s My Number key on this computer differs from the one the central server holds for it. Nothing was changed; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/FieldKeyExchange.cpp" line="178"/>
        <source>The city&apos;s My Number key on this computer differs from the one the central server holds. Nothing was changed; ask the administrator.</source>
        <translation>The city&apos;s My Number key on this computer differs from the one the central server holds. Nothing was changed; ask the administrator.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="58"/>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="65"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="71"/>
        <source>Enter text.</source>
        <translation>Enter text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/FormValidator.cpp" line="80"/>
        <source>Enter exactly %n digit(s).</source>
        <translation>
            <numerusform>Enter exactly %n digit.</numerusform>
            <numerusform>Enter exactly %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/FormValidator.cpp" line="86"/>
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="96"/>
        <source>Enter a date that exists.</source>
        <translation>Enter a date that exists.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="105"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="112"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="114"/>
        <source>Enter a number of at least %1.</source>
        <translation>Enter a number of at least %1.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="116"/>
        <source>Enter a number of at most %1.</source>
        <translation>Enter a number of at most %1.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="124"/>
        <source>Choose one of the listed options.</source>
        <translation>Choose one of the listed options.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="131"/>
        <source>Answer yes or no.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <location filename="../core/intake/FormValidator.cpp" line="142"/>
        <source>This document is not on the checklist of this procedure.</source>
        <translation>This document is not on the checklist of this procedure.</translation>
    </message>
</context>
<context>
    <name>HandBlocks</name>
    <message>
        <location filename="../core/sync/HandBlocks.cpp" line="54"/>
        <source>reporting the hand-leased numbers</source>
        <translation>reporting the hand-leased numbers</translation>
    </message>
    <message>
        <location filename="../core/sync/HandBlocks.cpp" line="65"/>
        <source>The hand-leased block %1 %2–%3 overlaps numbers the central store has handed out, so no more numbers are issued from it. Ask the administrator to check the numbers already issued from it.</source>
        <translation>The hand-leased block %1 %2–%3 overlaps numbers the central store has handed out, so no more numbers are issued from it. Ask the administrator to check the numbers already issued from it.</translation>
    </message>
</context>
<context>
    <name>HighCostRules</name>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="52"/>
        <source>The rule table high_cost is missing from this build.</source>
        <translation>The rule table high_cost is missing from this build.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="61"/>
        <source>month is not a valid date.</source>
        <translation>month is not a valid date.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="65"/>
        <source>No row of the rule table high_cost for %1 is in effect on %2.</source>
        <translation>No row of the rule table high_cost for %1 is in effect on %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="71"/>
        <source>rule %1 from %2; %3</source>
        <translation>rule %1 from %2; %3</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="82"/>
        <source>burdens[%1].amount must not be negative.</source>
        <translation>burdens[%1].amount must not be negative.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="84"/>
        <source>burdens[%1].person is empty.</source>
        <translation>burdens[%1].person is empty.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="96"/>
        <source>%1: 補装具 %2 yen not counted: no 障害福祉サービス or 障害児支援 that month.</source>
        <translation>%1: 補装具 %2 yen not counted: no 障害福祉サービス or 障害児支援 that month.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="103"/>
        <source>%1: 介護保険 %2 yen not counted: no 障害福祉サービス burden that month.</source>
        <translation>%1: 介護保険 %2 yen not counted: no 障害福祉サービス burden that month.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="114"/>
        <source>%1: %2 %3 yen counted.</source>
        <translation>%1: %2 %3 yen counted.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="116"/>
        <source>The household&apos;s counted burdens: %1 yen.</source>
        <translation>The household&apos;s counted burdens: %1 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="122"/>
        <source>Only 障害福祉サービス and 障害児支援: the 基準額 is the highest 受給者証 上限額, %1 yen (%2).</source>
        <translation>Only 障害福祉サービス and 障害児支援: the 基準額 is the highest 受給者証 上限額, %1 yen (%2).</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="130"/>
        <source>課税世帯: 算定基準額 %1 yen (%2).</source>
        <translation>課税世帯: 算定基準額 %1 yen (%2).</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="131"/>
        <source>非課税・生活保護: 算定基準額 %1 yen (%2).</source>
        <translation>非課税・生活保護: 算定基準額 %1 yen (%2).</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="136"/>
        <source>Refund: %1 yen.</source>
        <translation>Refund: %1 yen.</translation>
    </message>
    <message>
        <location filename="../core/rules/HighCostRules.cpp" line="143"/>
        <source>The claim of %1 is after %2: expired (%3).</source>
        <translation>The claim of %1 is after %2: expired (%3).</translation>
    </message>
</context>
<context>
    <name>IdentityChecks</name>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="49"/>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="104"/>
        <source>My Number card (個人番号カード)</source>
        <translation>My Number card (個人番号カード)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="51"/>
        <source>Driver&apos;s license (運転免許証)</source>
        <translation>Driver&apos;s license (運転免許証)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="53"/>
        <source>Driving record certificate (運転経歴証明書, issued from 2012-04-01)</source>
        <translation>Driving record certificate (運転経歴証明書, issued from 2012-04-01)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="56"/>
        <source>Passport (旅券)</source>
        <translation>Passport (旅券)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="58"/>
        <source>Physical disability handbook (身体障害者手帳)</source>
        <translation>Physical disability handbook (身体障害者手帳)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="60"/>
        <source>Mental health and welfare handbook (精神障害者保健福祉手帳)</source>
        <translation>Mental health and welfare handbook (精神障害者保健福祉手帳)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="62"/>
        <source>Rehabilitation handbook (療育手帳)</source>
        <translation>Rehabilitation handbook (療育手帳)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="64"/>
        <source>Residence card (在留カード)</source>
        <translation>Residence card (在留カード)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="66"/>
        <source>Special permanent resident certificate (特別永住者証明書)</source>
        <translation>Special permanent resident certificate (特別永住者証明書)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="68"/>
        <source>Health insurance certificate (健康保険の資格確認書・被保険者証)</source>
        <translation>Health insurance certificate (健康保険の資格確認書・被保険者証)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="71"/>
        <source>Pension book (年金手帳)</source>
        <translation>Pension book (年金手帳)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="73"/>
        <source>Long-term care insurance certificate (介護保険被保険者証)</source>
        <translation>Long-term care insurance certificate (介護保険被保険者証)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="106"/>
        <source>Notification card (通知カード), name and address matching the residence record</source>
        <translation>Notification card (通知カード), name and address matching the residence record</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="109"/>
        <source>Copy of the residence record with the number (住民票の写し)</source>
        <translation>Copy of the residence record with the number (住民票の写し)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="111"/>
        <source>Inquiry to the resident registry network (住基ネット照会)</source>
        <translation>Inquiry to the resident registry network (住基ネット照会)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="145"/>
        <source>Record how the applicant&apos;s identity was confirmed (身元確認): one photo ID, or two other documents.</source>
        <translation>Record how the applicant&apos;s identity was confirmed (身元確認): one photo ID, or two other documents.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="152"/>
        <source>A notification card (通知カード) confirms the number only, never the applicant&apos;s identity (身元確認). Choose a photo ID or two other documents.</source>
        <translation>A notification card (通知カード) confirms the number only, never the applicant&apos;s identity (身元確認). Choose a photo ID or two other documents.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="158"/>
        <source>The identity document &quot;%1&quot; is not one Madoguchi knows.</source>
        <translation>The identity document &quot;%1&quot; is not one Madoguchi knows.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/IdentityChecks.cpp" line="167"/>
        <source>A document without a photo confirms identity (身元確認) only together with a second, different document. Add another document or a photo ID.</source>
        <translation>A document without a photo confirms identity (身元確認) only together with a second, different document. Add another document or a photo ID.</translation>
    </message>
</context>
<context>
    <name>InquiryRule</name>
    <message>
        <location filename="../core/jukinet/JukinetInquiry.cpp" line="33"/>
        <source>An inquiry with three items must include the address (住所). Name, birth date and sex alone are not allowed: the city&apos;s assessment requires the four items (4情報) or three items that include the address.</source>
        <translation>An inquiry with three items must include the address (住所). Name, birth date and sex alone are not allowed: the city&apos;s assessment requires the four items (4情報) or three items that include the address.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/jukinet/JukinetInquiry.cpp" line="37"/>
        <source>An inquiry needs the four items (name, address, birth date, sex: 4情報) or three items that include the address (住所を含む3情報); %n item(s) given.</source>
        <translation>
            <numerusform>An inquiry needs the four items (name, address, birth date, sex: 4情報) or three items that include the address (住所を含む3情報); %n item given.</numerusform>
            <numerusform>An inquiry needs the four items (name, address, birth date, sex: 4情報) or three items that include the address (住所を含む3情報); %n items given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="138"/>
        <source>Choose the applicant.</source>
        <translation>Choose the applicant.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="140"/>
        <source>The applicant is not in the register.</source>
        <translation>The applicant is not in the register.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="144"/>
        <source>The representative cannot be the applicant.</source>
        <translation>The representative cannot be the applicant.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="147"/>
        <source>The representative is not in the register.</source>
        <translation>The representative is not in the register.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/IntakeService.cpp" line="151"/>
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="154"/>
        <source>Enter the date of receipt.</source>
        <translation>Enter the date of receipt.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="157"/>
        <source>The date of receipt cannot be in the future.</source>
        <translation>The date of receipt cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="169"/>
        <location filename="../core/intake/IntakeService.cpp" line="373"/>
        <source>There is no procedure &apos;%1&apos;.</source>
        <translation>There is no procedure &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/intake/IntakeService.cpp" line="182"/>
        <source>%n entry(s) of the form need attention.</source>
        <translation>
            <numerusform>%n entry of the form needs attention.</numerusform>
            <numerusform>%n entries of the form need attention.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="197"/>
        <source>The application could not be saved: the database is busy.</source>
        <translation>The application could not be saved: the database is busy.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="239"/>
        <location filename="../core/intake/IntakeService.cpp" line="244"/>
        <source>The application could not be saved.</source>
        <translation>The application could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="260"/>
        <location filename="../core/intake/IntakeService.cpp" line="316"/>
        <location filename="../core/intake/IntakeService.cpp" line="359"/>
        <source>The application could not be read.</source>
        <translation>The application could not be read.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="262"/>
        <location filename="../core/intake/IntakeService.cpp" line="318"/>
        <source>There is no such application.</source>
        <translation>There is no such application.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="268"/>
        <source>The application&apos;s stored status is not valid.</source>
        <translation>The application&apos;s stored status is not valid.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="276"/>
        <source>An application in status &apos;%1&apos; cannot change to &apos;%2&apos;.</source>
        <translation>An application in status &apos;%1&apos; cannot change to &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="301"/>
        <source>The status could not be saved.</source>
        <translation>The status could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="336"/>
        <source>The stored application is not valid.</source>
        <translation>The stored application is not valid.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="380"/>
        <source>The form is too large to be saved as a draft.</source>
        <translation>The form is too large to be saved as a draft.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="396"/>
        <location filename="../core/intake/IntakeService.cpp" line="408"/>
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="410"/>
        <source>The draft is gone (submitted or discarded).</source>
        <translation>The draft is gone (submitted or discarded).</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="418"/>
        <location filename="../core/intake/IntakeService.cpp" line="466"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="426"/>
        <source>The draft could not be read.</source>
        <translation>The draft could not be read.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="428"/>
        <location filename="../core/intake/IntakeService.cpp" line="432"/>
        <location filename="../core/intake/IntakeService.cpp" line="474"/>
        <source>There is no such draft.</source>
        <translation>There is no such draft.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="451"/>
        <source>The drafts could not be read.</source>
        <translation>The drafts could not be read.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeService.cpp" line="472"/>
        <source>The draft could not be discarded.</source>
        <translation>The draft could not be discarded.</translation>
    </message>
</context>
<context>
    <name>IssuingKeyExchange</name>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="39"/>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="172"/>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="241"/>
        <source>The issuing keys of other devices could not be saved.</source>
        <translation>The issuing keys of other devices could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="111"/>
        <source>The issuing keys made on this outreach device are not shared: the central server shares issuing keys made on counter workstations only.</source>
        <translation>The issuing keys made on this outreach device are not shared: the central server shares issuing keys made on counter workstations only.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="124"/>
        <source>The central server refused this device&apos;s issuing keys: their public halves are malformed.</source>
        <translation>The central server refused this device&apos;s issuing keys: their public halves are malformed.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="128"/>
        <source>The central server shares issuing keys made on counter workstations only. Make the city&apos;s issuing key on a counter workstation at the office.</source>
        <translation>The central server shares issuing keys made on counter workstations only. Make the city&apos;s issuing key on a counter workstation at the office.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="133"/>
        <source>The central server holds a different issuing key under the id of one of this device&apos;s keys. Ask the administrator.</source>
        <translation>The central server holds a different issuing key under the id of one of this device&apos;s keys. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="135"/>
        <source>sending the issuing keys</source>
        <translation>sending the issuing keys</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="153"/>
        <source>receiving the issuing keys</source>
        <translation>receiving the issuing keys</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="190"/>
        <source>The central server sent the issuing key %1 in a malformed form (its id does not belong to its public key, or its dates are wrong). It is not trusted on this device; ask the administrator to revoke it.</source>
        <translation>The central server sent the issuing key %1 in a malformed form (its id does not belong to its public key, or its dates are wrong). It is not trusted on this device; ask the administrator to revoke it.</translation>
    </message>
    <message>
        <location filename="../core/sync/IssuingKeyExchange.cpp" line="205"/>
        <source>The central server sent the issuing key %1 with another public half than before. The new one is not trusted on this device; ask the administrator.</source>
        <translation>The central server sent the issuing key %1 with another public half than before. The new one is not trusted on this device; ask the administrator.</translation>
    </message>
</context>
<context>
    <name>IssuingKeys</name>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="74"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="229"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="264"/>
        <source>The issuing keys could not be read.</source>
        <translation>The issuing keys could not be read.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="89"/>
        <source>An issuing key stored in the database is damaged.</source>
        <translation>An issuing key stored in the database is damaged.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="130"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="259"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="133"/>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="138"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="190"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="198"/>
        <source>The issuing key could not be saved.</source>
        <translation>The issuing key could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="145"/>
        <source>An issuing key exists already; rotate it to make a new one.</source>
        <translation>An issuing key exists already; rotate it to make a new one.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="148"/>
        <source>There is no issuing key to rotate yet; create one first.</source>
        <translation>There is no issuing key to rotate yet; create one first.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="168"/>
        <source>An issuing key could not be made.</source>
        <translation>An issuing key could not be made.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="173"/>
        <source>The issuing key could not be encrypted.</source>
        <translation>The issuing key could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="252"/>
        <source>There is no issuing key yet.</source>
        <translation>There is no issuing key yet.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="267"/>
        <source>This device does not hold the city&apos;s current issuing key.</source>
        <translation>This device does not hold the city&apos;s current issuing key.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="276"/>
        <source>The issuing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>The issuing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="295"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="340"/>
        <source>The issuing keys could not be saved.</source>
        <translation>The issuing keys could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="312"/>
        <source>The key file&apos;s issuing key %1 differs from the one on record.</source>
        <translation>The key file&apos;s issuing key %1 differs from the one on record.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="318"/>
        <source>The key file&apos;s current issuing key %1 is not this database&apos;s current key.</source>
        <translation>The key file&apos;s current issuing key %1 is not this database&apos;s current key.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="354"/>
        <source>The device id must be a UUID.</source>
        <translation>The device id must be a UUID.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="356"/>
        <source>The device&apos;s public key must be 32 bytes.</source>
        <translation>The device&apos;s public key must be 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="359"/>
        <source>The device certificate&apos;s period is missing or ends before it starts.</source>
        <translation>The device certificate&apos;s period is missing or ends before it starts.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="374"/>
        <source>The device certificate could not be signed.</source>
        <translation>The device certificate could not be signed.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="396"/>
        <source>The device certificate was signed with an issuing key this device does not know; import the issuing keys first.</source>
        <translation>The device certificate was signed with an issuing key this device does not know; import the issuing keys first.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="401"/>
        <source>The device certificate&apos;s signature does not verify.</source>
        <translation>The device certificate&apos;s signature does not verify.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="408"/>
        <source>The device certificate belongs to another device.</source>
        <translation>The device certificate belongs to another device.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="421"/>
        <location filename="../core/certificate/IssuingKeys.cpp" line="428"/>
        <source>The device certificate could not be saved.</source>
        <translation>The device certificate could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="437"/>
        <source>The device certificate could not be read.</source>
        <translation>The device certificate could not be read.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="439"/>
        <source>This device has no device certificate.</source>
        <translation>This device has no device certificate.</translation>
    </message>
    <message>
        <location filename="../core/certificate/IssuingKeys.cpp" line="443"/>
        <source>The device certificate stored in the database is damaged.</source>
        <translation>The device certificate stored in the database is damaged.</translation>
    </message>
</context>
<context>
    <name>JukinetFile</name>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="61"/>
        <source>Line %1: %2 The file was not imported; nothing was changed.</source>
        <translation>Line %1: %2 The file was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="92"/>
        <source>The result file is larger than %1 MiB; it is not a result file.</source>
        <translation>The result file is larger than %1 MiB; it is not a result file.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="96"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="105"/>
        <source>The file ends in the middle of this line: it is truncated.</source>
        <translation>The file ends in the middle of this line: it is truncated.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="117"/>
        <source>The line holds a character that a result file never contains.</source>
        <translation>The line holds a character that a result file never contains.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="123"/>
        <source>This is not a 住基ネット result file for Madoguchi (the first line must start with %1).</source>
        <translation>This is not a 住基ネット result file for Madoguchi (the first line must start with %1).</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="127"/>
        <source>The file format version is not %1.</source>
        <translation>The file format version is not %1.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="129"/>
        <source>The batch id is not valid.</source>
        <translation>The batch id is not valid.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="131"/>
        <source>The number of results is not a number.</source>
        <translation>The number of results is not a number.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="138"/>
        <source>The column line must be: request_id, result, my_number (separated by tabs).</source>
        <translation>The column line must be: request_id, result, my_number (separated by tabs).</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="143"/>
        <source>The line is empty.</source>
        <translation>The line is empty.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="146"/>
        <source>Expected 3 fields separated by tabs, found %1.</source>
        <translation>Expected 3 fields separated by tabs, found %1.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="148"/>
        <source>The request id is not valid.</source>
        <translation>The request id is not valid.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="151"/>
        <source>The request %1 was already answered on line %2.</source>
        <translation>The request %1 was already answered on line %2.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="161"/>
        <source>A match must carry a 12-digit My Number.</source>
        <translation>A match must carry a 12-digit My Number.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="171"/>
        <source>A no_match result must not carry a number.</source>
        <translation>A no_match result must not carry a number.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="173"/>
        <source>The result must be match or no_match.</source>
        <translation>The result must be match or no_match.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="178"/>
        <source>The column line is missing: the file is truncated.</source>
        <translation>The column line is missing: the file is truncated.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="181"/>
        <source>The file ends after %1 of the %2 results its first line announces: it is truncated.</source>
        <translation>The file ends after %1 of the %2 results its first line announces: it is truncated.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="186"/>
        <source>The file holds %1 results, more than the %2 its first line announces.</source>
        <translation>The file holds %1 results, more than the %2 its first line announces.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetFile.cpp" line="191"/>
        <source>The file holds no results.</source>
        <translation>The file holds no results.</translation>
    </message>
</context>
<context>
    <name>JukinetService</name>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="91"/>
        <source>The name and the address must each be on one line, without tabs.</source>
        <translation>The name and the address must each be on one line, without tabs.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="94"/>
        <source>The name may have at most %1 and the address at most %2 characters.</source>
        <translation>The name may have at most %1 and the address at most %2 characters.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="99"/>
        <source>The birth date is not plausible.</source>
        <translation>The birth date is not plausible.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="101"/>
        <source>The sex must be male or female.</source>
        <translation>The sex must be male or female.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="114"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="116"/>
        <source>There is no person with this id.</source>
        <translation>There is no person with this id.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="119"/>
        <source>Record first that the applicant did not provide the My Number. 住基ネット is asked only when the applicant could not provide it.</source>
        <translation>Record first that the applicant did not provide the My Number. 住基ネット is asked only when the applicant could not provide it.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="123"/>
        <source>A My Number is already on record for this person; no inquiry is needed.</source>
        <translation>A My Number is already on record for this person; no inquiry is needed.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="126"/>
        <source>An inquiry for this person is already waiting for its answer.</source>
        <translation>An inquiry for this person is already waiting for its answer.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="145"/>
        <source>The inquiry request could not be saved.</source>
        <translation>The inquiry request could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="160"/>
        <source>The inquiry requests could not be read.</source>
        <translation>The inquiry requests could not be read.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="198"/>
        <source>The batch could not be started.</source>
        <translation>The batch could not be started.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="203"/>
        <source>No inquiry requests are waiting to be sent.</source>
        <translation>No inquiry requests are waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="227"/>
        <source>The batch file could not be written; no request was marked as sent.</source>
        <translation>The batch file could not be written; no request was marked as sent.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="235"/>
        <source>The batch could not be saved.</source>
        <translation>The batch could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="256"/>
        <source>The import could not be started.</source>
        <translation>The import could not be started.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="261"/>
        <source>The batch could not be read.</source>
        <translation>The batch could not be read.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="263"/>
        <source>No batch with this id was exported from this database.</source>
        <translation>No batch with this id was exported from this database.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="282"/>
        <source>There is no inquiry request with the id %1.</source>
        <translation>There is no inquiry request with the id %1.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="286"/>
        <source>The request %1 was not exported in this batch.</source>
        <translation>The request %1 was not exported in this batch.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="288"/>
        <source>The request %1 was answered already.</source>
        <translation>The request %1 was answered already.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="293"/>
        <source>The My Number key is not available.</source>
        <translation>The My Number key is not available.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="296"/>
        <source>The same My Number as on line %1 is given for a different request.</source>
        <translation>The same My Number as on line %1 is given for a different request.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="307"/>
        <source>The My Number records could not be read.</source>
        <translation>The My Number records could not be read.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="312"/>
        <source>This My Number is already recorded for another person. Check the result with the terminal operator.</source>
        <translation>This My Number is already recorded for another person. Check the result with the terminal operator.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="316"/>
        <source>A different My Number is already on record for the person of request %1.</source>
        <translation>A different My Number is already on record for the person of request %1.</translation>
    </message>
    <message>
        <location filename="../core/jukinet/JukinetService.cpp" line="358"/>
        <source>The results could not be saved; nothing was changed.</source>
        <translation>The results could not be saved; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="96"/>
        <source>The key file is damaged or is not a Madoguchi key file.</source>
        <translation>The key file is damaged or is not a Madoguchi key file.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="102"/>
        <source>The key file has been altered.</source>
        <translation>The key file has been altered.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="109"/>
        <source>A cryptographic operation failed (the computer may be low on memory).</source>
        <translation>A cryptographic operation failed (the computer may be low on memory).</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="116"/>
        <source>The database key does not belong to this key file.</source>
        <translation>The database key does not belong to this key file.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="121"/>
        <source>There is no account with that login.</source>
        <translation>There is no account with that login.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="126"/>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="132"/>
        <source>The key derivation settings are outside the accepted range.</source>
        <translation>The key derivation settings are outside the accepted range.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="657"/>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="679"/>
        <location filename="../core/security/KeySlotFile.cpp" line="974"/>
        <source>The database key has the wrong size.</source>
        <translation>The database key has the wrong size.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="693"/>
        <source>The key file beside the database is missing.</source>
        <translation>The key file beside the database is missing.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="697"/>
        <source>The key file cannot be read.</source>
        <translation>The key file cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="728"/>
        <source>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</source>
        <translation>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="794"/>
        <source>The key file cannot be written.</source>
        <translation>The key file cannot be written.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="810"/>
        <source>The key file&apos;s permissions cannot be restricted.</source>
        <translation>The key file&apos;s permissions cannot be restricted.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="858"/>
        <source>This key file has no recovery slot.</source>
        <translation>This key file has no recovery slot.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="865"/>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="877"/>
        <source>The login is empty or has spaces around it.</source>
        <translation>The login is empty or has spaces around it.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="879"/>
        <location filename="../core/security/KeySlotFile.cpp" line="902"/>
        <location filename="../core/security/KeySlotFile.cpp" line="925"/>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="881"/>
        <source>That login already has a key slot.</source>
        <translation>That login already has a key slot.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="999"/>
        <location filename="../core/security/KeySlotFile.cpp" line="1020"/>
        <source>The escrow key has the wrong size.</source>
        <translation>The escrow key has the wrong size.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1017"/>
        <source>This key file has no escrow slot: the device was enrolled before central accounts existed, or not at all.</source>
        <translation>This key file has no escrow slot: the device was enrolled before central accounts existed, or not at all.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1025"/>
        <source>The escrow key from the central store does not belong to this device&apos;s key file.</source>
        <translation>The escrow key from the central store does not belong to this device&apos;s key file.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="1044"/>
        <source>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</source>
        <translation>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="32"/>
        <source>The person registry could not be read.</source>
        <translation>The person registry could not be read.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="41"/>
        <source>Decision (決定)</source>
        <translation>Decision (決定)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="43"/>
        <source>Change (変更)</source>
        <translation>Change (変更)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="45"/>
        <source>Cancellation (取消)</source>
        <translation>Cancellation (取消)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="47"/>
        <source>Reissue (再交付)</source>
        <translation>Reissue (再交付)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="49"/>
        <source>Return claim (返還請求)</source>
        <translation>Return claim (返還請求)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="51"/>
        <source>High-cost refund (高額障害福祉サービス等給付費)</source>
        <translation>High-cost refund (高額障害福祉サービス等給付費)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="76"/>
        <source>The ledger could not be read: %1</source>
        <translation>The ledger could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="126"/>
        <source>The ledger entry could not be saved.</source>
        <translation>The ledger entry could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="141"/>
        <source>The amount to return must be more than 0 yen (field &quot;amount&quot;).</source>
        <translation>The amount to return must be more than 0 yen (field &quot;amount&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="144"/>
        <source>A return claim needs a reason (field &quot;reason&quot;).</source>
        <translation>A return claim needs a reason (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="149"/>
        <location filename="../core/ledger/LedgerBook.cpp" line="197"/>
        <source>There is no such person (field &quot;person_id&quot;).</source>
        <translation>There is no such person (field &quot;person_id&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="158"/>
        <source>The decisions could not be read.</source>
        <translation>The decisions could not be read.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="163"/>
        <source>The decision named is not an approved decision of this person in this ledger (field &quot;decision_id&quot;).</source>
        <translation>The decision named is not an approved decision of this person in this ledger (field &quot;decision_id&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="184"/>
        <source>The month of a high-cost refund is written as YYYY-MM, for example 2025-07 (field &quot;month&quot;).</source>
        <translation>The month of a high-cost refund is written as YYYY-MM, for example 2025-07 (field &quot;month&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="188"/>
        <source>A high-cost refund cannot be for a month that has not begun (field &quot;month&quot;).</source>
        <translation>A high-cost refund cannot be for a month that has not begun (field &quot;month&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="192"/>
        <source>The amount to refund must be more than 0 yen (field &quot;amount&quot;).</source>
        <translation>The amount to refund must be more than 0 yen (field &quot;amount&quot;).</translation>
    </message>
</context>
<context>
    <name>LedgerState</name>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="76"/>
        <source>Active (支給中)</source>
        <translation>Active (支給中)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="78"/>
        <source>Starts later (支給開始前)</source>
        <translation>Starts later (支給開始前)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="80"/>
        <source>Expired (期間満了)</source>
        <translation>Expired (期間満了)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="82"/>
        <source>Cancelled (取消)</source>
        <translation>Cancelled (取消)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="84"/>
        <source>Rejected (却下)</source>
        <translation>Rejected (却下)</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="169"/>
        <location filename="../core/ledger/LedgerState.cpp" line="372"/>
        <source>The ledger could not be read.</source>
        <translation>The ledger could not be read.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="190"/>
        <source>A stored decision is not valid.</source>
        <translation>A stored decision is not valid.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="294"/>
        <source>No person was named (field &quot;person_id&quot;).</source>
        <translation>No person was named (field &quot;person_id&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="305"/>
        <source>This person has no approved decision in this ledger.</source>
        <translation>This person has no approved decision in this ledger.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="318"/>
        <source>The number of days before the validity ends cannot be negative (field &quot;expiring_within&quot;).</source>
        <translation>The number of days before the validity ends cannot be negative (field &quot;expiring_within&quot;).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerState.cpp" line="382"/>
        <source>Nobody holds this recipient number (受給者番号) in this ledger.</source>
        <translation>Nobody holds this recipient number (受給者番号) in this ledger.</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="52"/>
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="68"/>
        <source>This has been approved already.</source>
        <translation>This has been approved already.</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="85"/>
        <source>The approval could not be saved.</source>
        <translation>The approval could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="96"/>
        <source>The approval requests could not be read.</source>
        <translation>The approval requests could not be read.</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="98"/>
        <source>There is no such approval request.</source>
        <translation>There is no such approval request.</translation>
    </message>
    <message>
        <location filename="../core/security/MakerChecker.cpp" line="104"/>
        <source>The approval request has an unknown scope.</source>
        <translation>The approval request has an unknown scope.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/store/Migrator.cpp" line="35"/>
        <source>The migration file name %1 is not of the form 0001_name.sql.</source>
        <translation>The migration file name %1 is not of the form 0001_name.sql.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="38"/>
        <source>The migration %1 could not be read.</source>
        <translation>The migration %1 could not be read.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="46"/>
        <source>The migrations are not numbered 1, 2, 3, … without gaps (at %1).</source>
        <translation>The migrations are not numbered 1, 2, 3, … without gaps (at %1).</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="62"/>
        <source>The schema version of the database could not be read.</source>
        <translation>The schema version of the database could not be read.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="73"/>
        <source>The database was written by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</source>
        <translation>The database was written by a newer version of Madoguchi (schema %1; this version knows up to %2). Install the newer version.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="91"/>
        <source>The schema update could not start: %1</source>
        <translation>The schema update could not start: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="96"/>
        <source>Schema update %1 (%2) failed, so the database was left unchanged: %3</source>
        <translation>Schema update %1 (%2) failed, so the database was left unchanged: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="120"/>
        <source>The schema update could not be saved, so the database was left unchanged: %1</source>
        <translation>The schema update could not be saved, so the database was left unchanged: %1</translation>
    </message>
</context>
<context>
    <name>MyNumber</name>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="142"/>
        <source>A My Number has exactly 12 digits.</source>
        <translation>A My Number has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="144"/>
        <source>A My Number consists of digits only (spaces and hyphens are ignored).</source>
        <translation>A My Number consists of digits only (spaces and hyphens are ignored).</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="146"/>
        <source>This is not a valid My Number: the check digit (検査用数字) does not match. Check the number against the card or document again.</source>
        <translation>This is not a valid My Number: the check digit (検査用数字) does not match. Check the number against the card or document again.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="149"/>
        <source>000000000000 passes the check digit but is never issued as a My Number.</source>
        <translation>000000000000 passes the check digit but is never issued as a My Number.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumber.cpp" line="151"/>
        <source>Protected memory for the My Number could not be allocated.</source>
        <translation>Protected memory for the My Number could not be allocated.</translation>
    </message>
</context>
<context>
    <name>MyNumberService</name>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="137"/>
        <source>Check the number written on an application (申請書の番号確認)</source>
        <translation>Check the number written on an application (申請書の番号確認)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="139"/>
        <source>Inquiry through the information provision network (情報連携)</source>
        <translation>Inquiry through the information provision network (情報連携)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="141"/>
        <source>Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)</source>
        <translation>Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="142"/>
        <source>Correct a number recorded wrongly (誤りの訂正)</source>
        <translation>Correct a number recorded wrongly (誤りの訂正)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="150"/>
        <source>The applicant did not bring the number or a document showing it</source>
        <translation>The applicant did not bring the number or a document showing it</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="151"/>
        <source>The applicant declined to provide the number</source>
        <translation>The applicant declined to provide the number</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="153"/>
        <source>The applicant cannot state the number (e.g. because of the disability)</source>
        <translation>The applicant cannot state the number (e.g. because of the disability)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="221"/>
        <source>The My Number records could not be read.</source>
        <translation>The My Number records could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="262"/>
        <source>The My Numbers could not be saved under the city key.</source>
        <translation>The My Numbers could not be saved under the city key.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="274"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="276"/>
        <source>There is no person with this id.</source>
        <translation>There is no person with this id.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="288"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="414"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="444"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="499"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="549"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="601"/>
        <source>The My Number record could not be read.</source>
        <translation>The My Number record could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="291"/>
        <source>Nothing about a My Number is on record for this person yet.</source>
        <translation>Nothing about a My Number is on record for this person yet.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="332"/>
        <source>Record how the number was confirmed (番号確認): My Number card, notification card or a copy of the residence record.</source>
        <translation>Record how the number was confirmed (番号確認): My Number card, notification card or a copy of the residence record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="402"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="536"/>
        <source>The My Number key is not available.</source>
        <translation>The My Number key is not available.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="417"/>
        <source>This My Number is already recorded for another person. Search by the number to find that record; the two may be one person.</source>
        <translation>This My Number is already recorded for another person. Search by the number to find that record; the two may be one person.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="253"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="369"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="423"/>
        <source>The My Number could not be encrypted.</source>
        <translation>The My Number could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="385"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="463"/>
        <source>The My Number could not be saved.</source>
        <translation>The My Number could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="476"/>
        <source>Choose why the applicant did not provide the My Number.</source>
        <translation>Choose why the applicant did not provide the My Number.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="486"/>
        <source>A My Number is already on record for this person; it is not erased by recording that none was provided.</source>
        <translation>A My Number is already on record for this person; it is not erased by recording that none was provided.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="516"/>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="559"/>
        <source>No person has this My Number on record.</source>
        <translation>No person has this My Number on record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="579"/>
        <source>The applicant did not provide a My Number; none is on record.</source>
        <translation>The applicant did not provide a My Number; none is on record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="592"/>
        <source>State why you need to see the My Number before it is shown.</source>
        <translation>State why you need to see the My Number before it is shown.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="595"/>
        <source>Choose one of the listed purposes for showing the My Number.</source>
        <translation>Choose one of the listed purposes for showing the My Number.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="603"/>
        <source>No My Number is on record for this person.</source>
        <translation>No My Number is on record for this person.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="607"/>
        <source>The stored My Number is damaged.</source>
        <translation>The stored My Number is damaged.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="612"/>
        <source>The My Number was recorded under the city&apos;s My Number key, which this computer does not hold. Sync this computer first.</source>
        <translation>The My Number was recorded under the city&apos;s My Number key, which this computer does not hold. Sync this computer first.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="618"/>
        <source>The stored My Number could not be decrypted: it is damaged or does not belong to this person.</source>
        <translation>The stored My Number could not be decrypted: it is damaged or does not belong to this person.</translation>
    </message>
</context>
<context>
    <name>NoticeDocuments</name>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="90"/>
        <source>The person of this notice was not found.</source>
        <translation>The person of this notice was not found.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="133"/>
        <source>The decision could not be read.</source>
        <translation>The decision could not be read.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="135"/>
        <source>There is no such decision.</source>
        <translation>There is no such decision.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="140"/>
        <source>A stored decision is not valid.</source>
        <translation>A stored decision is not valid.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="147"/>
        <source>This decision is not approved yet. A notice can be printed only after its approval.</source>
        <translation>This decision is not approved yet. A notice can be printed only after its approval.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="151"/>
        <source>There is no notice form for a cancellation. Choose the decision that granted or rejected the benefit.</source>
        <translation>There is no notice form for a cancellation. Choose the decision that granted or rejected the benefit.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="221"/>
        <source>This person has no current grant in this ledger, so there is nothing to renew.</source>
        <translation>This person has no current grant in this ledger, so there is nothing to renew.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="263"/>
        <source>The number of days (field &quot;expiring within&quot;) must not be negative.</source>
        <translation>The number of days (field &quot;expiring within&quot;) must not be negative.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="305"/>
        <source>The prints could not be recorded.</source>
        <translation>The prints could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="314"/>
        <source>There are no notices to print.</source>
        <translation>There are no notices to print.</translation>
    </message>
    <message>
        <location filename="../core/documents/NoticeDocuments.cpp" line="339"/>
        <source>There are no renewal notices to print.</source>
        <translation>There are no renewal notices to print.</translation>
    </message>
</context>
<context>
    <name>NumberBlocks</name>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="60"/>
        <source>A number block needs a kind code and a prefix of ASCII letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>A number block needs a kind code and a prefix of ASCII letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="64"/>
        <source>The number block %1–%2 is not a valid range for %3 digits.</source>
        <translation>The number block %1–%2 is not a valid range for %3 digits.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="80"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="116"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="142"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="164"/>
        <location filename="../core/intake/NumberBlocks.cpp" line="215"/>
        <source>The number blocks could not be read: %1</source>
        <translation>The number blocks could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="83"/>
        <source>The number block %1%2–%3 overlaps a block already leased; numbers would be handed out twice.</source>
        <translation>The number block %1%2–%3 overlaps a block already leased; numbers would be handed out twice.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="102"/>
        <source>The number block could not be saved.</source>
        <translation>The number block could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="121"/>
        <source>This device has used every local number. Synchronize with the central store to lease a number block.</source>
        <translation>This device has used every local number. Synchronize with the central store to lease a number block.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="130"/>
        <source>No number could be taken: the database is busy.</source>
        <translation>No number could be taken: the database is busy.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="168"/>
        <source>Every number of this device&apos;s number blocks has been used. Synchronize with the central store to lease a new block.</source>
        <translation>Every number of this device&apos;s number blocks has been used. Synchronize with the central store to lease a new block.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="176"/>
        <source>The new number block could not be found.</source>
        <translation>The new number block could not be found.</translation>
    </message>
    <message>
        <location filename="../core/intake/NumberBlocks.cpp" line="185"/>
        <source>No number could be taken.</source>
        <translation>No number could be taken.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="116"/>
        <source>reply file</source>
        <translation>reply file</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="116"/>
        <source>sync package</source>
        <translation>sync package</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="118"/>
        <source>The %1 is empty.</source>
        <translation>The %1 is empty.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="123"/>
        <source>This file is a sync package written by a device, not a reply from the office.</source>
        <translation>This file is a sync package written by a device, not a reply from the office.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="125"/>
        <source>This file is a reply from the office, not a sync package written by a device.</source>
        <translation>This file is a reply from the office, not a sync package written by a device.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="128"/>
        <source>This file is not a Madoguchi %1.</source>
        <translation>This file is not a Madoguchi %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="130"/>
        <source>The %1 is incomplete: it was cut off. Write it again.</source>
        <translation>The %1 is incomplete: it was cut off. Write it again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="134"/>
        <source>The %1 has format version %2; this program reads version %3. Use the same Madoguchi version at the office and on the device.</source>
        <translation>The %1 has format version %2; this program reads version %3. Use the same Madoguchi version at the office and on the device.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="141"/>
        <source>The %1 is damaged or incomplete: its lengths do not match the file. Write it again.</source>
        <translation>The %1 is damaged or incomplete: its lengths do not match the file. Write it again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="170"/>
        <source>The header of the %1 is damaged. Write it again.</source>
        <translation>The header of the %1 is damaged. Write it again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="184"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="187"/>
        <source>The file %1 is larger than any sync file can be; it is not one.</source>
        <translation>The file %1 is larger than any sync file can be; it is not one.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="191"/>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="200"/>
        <location filename="../core/sync/SyncPackage.cpp" line="205"/>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message numerus="yes">
        <location filename="../ui/access/PasswordRules.cpp" line="21"/>
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n character long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/PasswordRules.cpp" line="25"/>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="28"/>
        <source>Permission table</source>
        <translation>Permission table</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="44"/>
        <source>&apos;%1&apos; is not a permission name</source>
        <translation>&apos;%1&apos; is not a permission name</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="46"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; is listed twice</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="49"/>
        <source>the scoped column must be yes or no</source>
        <translation>the scoped column must be yes or no</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="53"/>
        <source>no role is listed</source>
        <translation>no role is listed</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="57"/>
        <source>&apos;%1&apos; is not a role</source>
        <translation>&apos;%1&apos; is not a role</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="35"/>
        <source>The permission table is empty.</source>
        <translation>The permission table is empty.</translation>
    </message>
</context>
<context>
    <name>PersonRegistry</name>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="233"/>
        <source>Enter the family name and the given name.</source>
        <translation>Enter the family name and the given name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="235"/>
        <source>Enter the name in kana (フリガナ), family name and given name.</source>
        <translation>Enter the name in kana (フリガナ), family name and given name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="238"/>
        <source>A name may have at most %1 characters.</source>
        <translation>A name may have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="240"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="751"/>
        <source>The kana of the name may contain only hiragana or katakana.</source>
        <translation>The kana of the name may contain only hiragana or katakana.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="242"/>
        <source>Enter a valid date of birth.</source>
        <translation>Enter a valid date of birth.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="244"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="246"/>
        <source>The date of birth is before the Meiji era.</source>
        <translation>The date of birth is before the Meiji era.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="248"/>
        <source>The sex must be male or female, as on the 住民票.</source>
        <translation>The sex must be male or female, as on the 住民票.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="250"/>
        <source>The phone number is not valid: 10 or 11 digits, with hyphens if you like.</source>
        <translation>The phone number is not valid: 10 or 11 digits, with hyphens if you like.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="256"/>
        <source>A 宛名番号 has exactly %1 digits.</source>
        <translation>A 宛名番号 has exactly %1 digits.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="260"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="619"/>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="263"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="621"/>
        <source>A postal code has 7 digits, e.g. 123-4567.</source>
        <translation>A postal code has 7 digits, e.g. 123-4567.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="265"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="632"/>
        <source>The address cannot begin before the date of birth.</source>
        <translation>The address cannot begin before the date of birth.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="278"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="933"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="951"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="280"/>
        <source>There is no person with that id.</source>
        <translation>There is no person with that id.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="295"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="313"/>
        <source>The duplicate check failed.</source>
        <translation>The duplicate check failed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="349"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="365"/>
        <source>The next 宛名番号 could not be found.</source>
        <translation>The next 宛名番号 could not be found.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="353"/>
        <source>This computer has no 宛名番号 from the central store yet. Sync once, then register the person again.</source>
        <translation>This computer has no 宛名番号 from the central store yet. Sync once, then register the person again.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="360"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="371"/>
        <source>No 宛名番号 is left to assign.</source>
        <translation>No 宛名番号 is left to assign.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="437"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="464"/>
        <source>The duplicate check could not be recorded.</source>
        <translation>The duplicate check could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="452"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="480"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="535"/>
        <source>The person could not be saved.</source>
        <translation>The person could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="483"/>
        <source>That 宛名番号 already belongs to another person.</source>
        <translation>That 宛名番号 already belongs to another person.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="557"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="630"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="708"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="759"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="875"/>
        <source>This record was merged into another one. Correct that record.</source>
        <translation>This record was merged into another one. Correct that record.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="559"/>
        <source>The 宛名番号 of a person cannot be changed.</source>
        <translation>The 宛名番号 of a person cannot be changed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="562"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="606"/>
        <source>The correction could not be saved.</source>
        <translation>The correction could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="623"/>
        <source>Enter the date from which the new address applies.</source>
        <translation>Enter the date from which the new address applies.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="640"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="669"/>
        <source>The address could not be saved.</source>
        <translation>The address could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="648"/>
        <source>A move must be dated after the current address began.</source>
        <translation>A move must be dated after the current address began.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="684"/>
        <source>A 身体障害者手帳 has a grade from 1 to 6.</source>
        <translation>A 身体障害者手帳 has a grade from 1 to 6.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="688"/>
        <source>A 療育手帳 has the grade A or B.</source>
        <translation>A 療育手帳 has the grade A or B.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="692"/>
        <source>A 精神障害者保健福祉手帳 has a grade from 1 to 3.</source>
        <translation>A 精神障害者保健福祉手帳 has a grade from 1 to 3.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="697"/>
        <source>Enter the handbook number (at most 20 characters).</source>
        <translation>Enter the handbook number (at most 20 characters).</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="699"/>
        <source>Enter the date the handbook was issued.</source>
        <translation>Enter the date the handbook was issued.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="701"/>
        <source>A handbook cannot expire before it was issued.</source>
        <translation>A handbook cannot expire before it was issued.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="728"/>
        <source>The handbook could not be saved.</source>
        <translation>The handbook could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="741"/>
        <source>Enter the date from which the representative acts.</source>
        <translation>Enter the date from which the representative acts.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="743"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="840"/>
        <source>A representative&apos;s term cannot end before it begins.</source>
        <translation>A representative&apos;s term cannot end before it begins.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="748"/>
        <source>Choose the representative from the registry or enter their name.</source>
        <translation>Choose the representative from the registry or enter their name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="762"/>
        <source>A person cannot be their own representative.</source>
        <translation>A person cannot be their own representative.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="767"/>
        <source>The representative&apos;s record was merged into another one. Choose that record.</source>
        <translation>The representative&apos;s record was merged into another one. Choose that record.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="775"/>
        <source>A parent (親権者) represents only a minor; this person is of age on that date. Record a guardian, curator or assistant instead.</source>
        <translation>A parent (親権者) represents only a minor; this person is of age on that date. Record a guardian, curator or assistant instead.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="783"/>
        <source>For a person of age, a legal representative is a guardian, curator or assistant (成年後見人・保佐人・補助人).</source>
        <translation>For a person of age, a legal representative is a guardian, curator or assistant (成年後見人・保佐人・補助人).</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="819"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="854"/>
        <source>The representative could not be saved.</source>
        <translation>The representative could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="827"/>
        <source>Enter the last day the representative acts.</source>
        <translation>Enter the last day the representative acts.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="868"/>
        <source>Enter the relationship to the head of the household (続柄), e.g. 世帯主, 妻, 子.</source>
        <translation>Enter the relationship to the head of the household (続柄), e.g. 世帯主, 妻, 子.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="884"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="907"/>
        <source>The household could not be saved.</source>
        <translation>The household could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="886"/>
        <source>There is no household with that id.</source>
        <translation>There is no household with that id.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1032"/>
        <source>The view of the person could not be recorded.</source>
        <translation>The view of the person could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1050"/>
        <source>The household could not be read.</source>
        <translation>The household could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1059"/>
        <source>The view of the household could not be recorded.</source>
        <translation>The view of the household could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1081"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1120"/>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1149"/>
        <source>The search could not be recorded.</source>
        <translation>The search could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1163"/>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1172"/>
        <source>One of the records was already merged into another one.</source>
        <translation>One of the records was already merged into another one.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1206"/>
        <source>The record to merge away has benefit decisions or ledger entries, which never change. Keep that record and merge the other one into it.</source>
        <translation>The record to merge away has benefit decisions or ledger entries, which never change. Keep that record and merge the other one into it.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1310"/>
        <source>The two records hold different My Numbers (or one of them is recorded as not provided), so they are not the same person. Nothing was merged.</source>
        <translation>The two records hold different My Numbers (or one of them is recorded as not provided), so they are not the same person. Nothing was merged.</translation>
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
        <translation>The records could not be merged.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1187"/>
        <source>One record is the other&apos;s legal representative; correct that before merging.</source>
        <translation>One record is the other&apos;s legal representative; correct that before merging.</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalog</name>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="65"/>
        <source>Procedure data, %1: %2</source>
        <translation>Procedure data, %1: %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="77"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unknown key &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="96"/>
        <source>the code is missing</source>
        <translation>the code is missing</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="98"/>
        <source>&apos;%1&apos; is not a valid code (lower-case ASCII letters, digits and _, starting with a letter)</source>
        <translation>&apos;%1&apos; is not a valid code (lower-case ASCII letters, digits and _, starting with a letter)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="113"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="126"/>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; must be a whole number</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="133"/>
        <source>%1, field %2</source>
        <translation>%1, field %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="135"/>
        <source>a field must be a JSON object</source>
        <translation>a field must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="140"/>
        <source>%1, field %2 (%3)</source>
        <translation>%1, field %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="146"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="171"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="219"/>
        <source>the label is missing</source>
        <translation>the label is missing</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="150"/>
        <source>unknown type &apos;%1&apos; (expected text, date, integer, choice or boolean)</source>
        <translation>unknown type &apos;%1&apos; (expected text, date, integer, choice or boolean)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="159"/>
        <source>a choice field needs a non-empty list of choices</source>
        <translation>a choice field needs a non-empty list of choices</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="163"/>
        <source>%1, choice %2</source>
        <translation>%1, choice %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="165"/>
        <source>a choice must be a JSON object</source>
        <translation>a choice must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="175"/>
        <source>the choice &apos;%1&apos; is listed twice</source>
        <translation>the choice &apos;%1&apos; is listed twice</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="180"/>
        <source>only a choice field has choices</source>
        <translation>only a choice field has choices</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="190"/>
        <source>&apos;%1&apos; applies to text fields only</source>
        <translation>&apos;%1&apos; applies to text fields only</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="194"/>
        <source>&apos;%1&apos; must be a whole number from 1 to 10000</source>
        <translation>&apos;%1&apos; must be a whole number from 1 to 10000</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="201"/>
        <source>&apos;min&apos; and &apos;max&apos; apply to integer fields only</source>
        <translation>&apos;min&apos; and &apos;max&apos; apply to integer fields only</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="203"/>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation>&apos;min&apos; is greater than &apos;max&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="210"/>
        <source>%1, attachment %2</source>
        <translation>%1, attachment %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="212"/>
        <source>an attachment must be a JSON object</source>
        <translation>an attachment must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="217"/>
        <source>%1, attachment %2 (%3)</source>
        <translation>%1, attachment %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="233"/>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; must be a list</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="320"/>
        <source>Procedure data is not valid JSON (line %1, column %2): %3</source>
        <translation>Procedure data is not valid JSON (line %1, column %2): %3</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="326"/>
        <source>Procedure data must be a JSON object.</source>
        <translation>Procedure data must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="331"/>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="337"/>
        <source>&apos;format&apos; must be %1</source>
        <translation>&apos;format&apos; must be %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="344"/>
        <source>&apos;families&apos; must be a non-empty list</source>
        <translation>&apos;families&apos; must be a non-empty list</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="350"/>
        <source>family %1</source>
        <translation>family %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="352"/>
        <source>a family must be a JSON object</source>
        <translation>a family must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="359"/>
        <source>family %1 (%2)</source>
        <translation>family %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="361"/>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="419"/>
        <source>the name is missing</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="364"/>
        <source>the code &apos;%1&apos; is used twice</source>
        <translation>the code &apos;%1&apos; is used twice</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="374"/>
        <source>&apos;sets&apos; must be a JSON object</source>
        <translation>&apos;sets&apos; must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="379"/>
        <source>set &apos;%1&apos;</source>
        <translation>set &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="381"/>
        <source>&apos;%1&apos; is not a valid code</source>
        <translation>&apos;%1&apos; is not a valid code</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="385"/>
        <source>a set must be a JSON object</source>
        <translation>a set must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="398"/>
        <source>&apos;procedures&apos; must be a non-empty list</source>
        <translation>&apos;procedures&apos; must be a non-empty list</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="405"/>
        <source>procedure %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="407"/>
        <source>a procedure must be a JSON object</source>
        <translation>a procedure must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="414"/>
        <source>procedure %1 (%2)</source>
        <translation>procedure %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="423"/>
        <source>the code is already used by procedure %1</source>
        <translation>the code is already used by procedure %1</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="430"/>
        <source>unknown family &apos;%1&apos;</source>
        <translation>unknown family &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="436"/>
        <source>unknown ledger scope &apos;%1&apos; (expected welfare_service, medical_rehabilitation, medical_psychiatric or devices)</source>
        <translation>unknown ledger scope &apos;%1&apos; (expected welfare_service, medical_rehabilitation, medical_psychiatric or devices)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="443"/>
        <source>&apos;assessment_items&apos; must list the assessment&apos;s procedure numbers it serves</source>
        <translation>&apos;assessment_items&apos; must list the assessment&apos;s procedure numbers it serves</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="451"/>
        <source>assessment items are numbers from %1 to %2</source>
        <translation>assessment items are numbers from %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="464"/>
        <source>&apos;include&apos; must be a list of set names</source>
        <translation>&apos;include&apos; must be a list of set names</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="470"/>
        <source>unknown set &apos;%1&apos;</source>
        <translation>unknown set &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="481"/>
        <source>the field &apos;%1&apos; appears twice (check the included sets)</source>
        <translation>the field &apos;%1&apos; appears twice (check the included sets)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="489"/>
        <source>the attachment &apos;%1&apos; appears twice (check the included sets)</source>
        <translation>the attachment &apos;%1&apos; appears twice (check the included sets)</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="500"/>
        <source>family &apos;%1&apos;</source>
        <translation>family &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="500"/>
        <source>no procedure belongs to it</source>
        <translation>no procedure belongs to it</translation>
    </message>
    <message>
        <location filename="../core/intake/ProcedureCatalog.cpp" line="511"/>
        <source>The shipped procedure data is missing.</source>
        <translation>The shipped procedure data is missing.</translation>
    </message>
</context>
<context>
    <name>RecipientNumbers</name>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="88"/>
        <source>The prefix of a block of recipient numbers must be fewer than %1 digits.</source>
        <translation>The prefix of a block of recipient numbers must be fewer than %1 digits.</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="114"/>
        <source>No block of 受給者番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</source>
        <translation>No block of 受給者番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="116"/>
        <source>No block of 受給者証番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</source>
        <translation>No block of 受給者証番号 is open for this ledger. Synchronize with the central store or ask an administrator to lease one.</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="121"/>
        <source>No number could be issued: the database is busy.</source>
        <translation>No number could be issued: the database is busy.</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="129"/>
        <source>A number block of this ledger does not hold numbers of the right length; ask an administrator to check the number blocks.</source>
        <translation>A number block of this ledger does not hold numbers of the right length; ask an administrator to check the number blocks.</translation>
    </message>
    <message>
        <location filename="../core/ledger/RecipientNumbers.cpp" line="135"/>
        <source>No number could be issued.</source>
        <translation>No number could be issued.</translation>
    </message>
</context>
<context>
    <name>RegistryLabels</name>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="17"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="19"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="27"/>
        <source>Physical disability certificate (身体障害者手帳)</source>
        <translation>Physical disability certificate (身体障害者手帳)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="29"/>
        <source>Rehabilitation certificate (療育手帳)</source>
        <translation>Rehabilitation certificate (療育手帳)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="31"/>
        <source>Mental disability certificate (精神障害者保健福祉手帳)</source>
        <translation>Mental disability certificate (精神障害者保健福祉手帳)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="41"/>
        <source>Grade %1</source>
        <extracomment>A handbook grade: 1級, 2級 …</extracomment>
        <translation>Grade %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="48"/>
        <source>Parent with custody (親権者)</source>
        <translation>Parent with custody (親権者)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="50"/>
        <source>Guardian (後見人)</source>
        <translation>Guardian (後見人)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="52"/>
        <source>Curator (保佐人)</source>
        <translation>Curator (保佐人)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="54"/>
        <source>Assistant (補助人)</source>
        <translation>Assistant (補助人)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="56"/>
        <source>Other representative</source>
        <translation>Other representative</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="69"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="70"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="71"/>
        <source>Family name (kana)</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="72"/>
        <source>Given name (kana)</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="73"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="74"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="75"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="76"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="77"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="78"/>
        <source>Relationship to the head of household</source>
        <translation>Relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="79"/>
        <source>Handbook recorded</source>
        <translation>Handbook recorded</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="80"/>
        <source>Representative recorded</source>
        <translation>Representative recorded</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="81"/>
        <source>Representative&apos;s term ended</source>
        <translation>Representative&apos;s term ended</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="82"/>
        <source>Merged into another record</source>
        <translation>Merged into another record</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="83"/>
        <source>Another record merged into this one</source>
        <translation>Another record merged into this one</translation>
    </message>
    <message>
        <location filename="../ui/registry/RegistryLabels.cpp" line="84"/>
        <source>Registered although similar records exist</source>
        <translation>Registered although similar records exist</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../core/store/Repository.cpp" line="90"/>
        <source>The table or column names are not valid.</source>
        <translation>The table or column names are not valid.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="94"/>
        <source>The field %1 does not belong to %2.</source>
        <translation>The field %1 does not belong to %2.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="118"/>
        <source>The change could not be journaled: %1</source>
        <translation>The change could not be journaled: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="141"/>
        <location filename="../core/store/Repository.cpp" line="169"/>
        <source>The record could not be saved: %1</source>
        <translation>The record could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="145"/>
        <location filename="../core/store/Repository.cpp" line="183"/>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="155"/>
        <source>There is nothing to change.</source>
        <translation>There is nothing to change.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="175"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="197"/>
        <source>The record could not be deleted: %1</source>
        <translation>The record could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="203"/>
        <source>Someone changed this record after you opened it. Reload it and try again.</source>
        <translation>Someone changed this record after you opened it. Reload it and try again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="211"/>
        <source>The record could not be deleted.</source>
        <translation>The record could not be deleted.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="225"/>
        <source>The record could not be read: %1</source>
        <translation>The record could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="227"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="207"/>
        <source>The rule table %1 is missing from this build.</source>
        <translation>The rule table %1 is missing from this build.</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="47"/>
        <source>Rule table %1</source>
        <translation>Rule table %1</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="65"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unknown key &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="70"/>
        <source>%1: the value &apos;%2&apos; is not a whole number</source>
        <translation>%1: the value &apos;%2&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="73"/>
        <source>%1: the percentage %2 is over 100</source>
        <translation>%1: the percentage %2 is over 100</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="79"/>
        <source>%1: the value &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: the value &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="83"/>
        <source>%1: the value &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: the value &apos;%2&apos; is neither yes nor no</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="88"/>
        <source>%1: the value &apos;%2&apos; is neither sum nor max</source>
        <translation>%1: the value &apos;%2&apos; is neither sum nor max</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="95"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="100"/>
        <source>%1: the source names no page (http:// or https:// address)</source>
        <translation>%1: the source names no page (http:// or https:// address)</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="103"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 has two rows taking effect on %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleTable.cpp" line="110"/>
        <source>Rule table %1 has no row for %2.</source>
        <translation>Rule table %1 has no row for %2.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="28"/>
        <source>Failed sign-ins before an account locks</source>
        <translation>Failed sign-ins before an account locks</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="29"/>
        <source>Minutes an account stays locked</source>
        <translation>Minutes an account stays locked</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="30"/>
        <source>Idle minutes before the screen locks</source>
        <translation>Idle minutes before the screen locks</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="33"/>
        <source>Days an outreach laptop may go without syncing before its data locks</source>
        <translation>Days an outreach laptop may go without syncing before its data locks</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="53"/>
        <location filename="../core/security/SecuritySettings.cpp" line="84"/>
        <source>There is no setting %1.</source>
        <translation>There is no setting %1.</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="86"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../core/security/SecuritySettings.cpp" line="96"/>
        <location filename="../core/security/SecuritySettings.cpp" line="103"/>
        <source>The setting could not be saved.</source>
        <translation>The setting could not be saved.</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <location filename="../core/security/SignInGuard.cpp" line="90"/>
        <source>This account is locked after too many failed sign-ins until %1. Ask an administrator to unlock it sooner.</source>
        <translation>This account is locked after too many failed sign-ins until %1. Ask an administrator to unlock it sooner.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="123"/>
        <source>The database is not open</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="149"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="156"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="161"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="167"/>
        <source>Unable to prepare the statement</source>
        <translation>Unable to prepare the statement</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="162"/>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Unable to execute multiple statements at a time</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="167"/>
        <source>The statement is empty</source>
        <translation>The statement is empty</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="193"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="203"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="207"/>
        <source>Unable to bind parameters</source>
        <translation>Unable to bind parameters</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="193"/>
        <source>Parameter count mismatch</source>
        <translation>Parameter count mismatch</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="204"/>
        <source>Unsupported value type for parameter %1</source>
        <translation>Unsupported value type for parameter %1</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="223"/>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="267"/>
        <source>Could not execute the statement</source>
        <translation>Could not execute the statement</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherResult.cpp" line="355"/>
        <source>Unable to fetch row</source>
        <translation>Unable to fetch row</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="54"/>
        <source>The SQL script has a comment that is never closed.</source>
        <translation>The SQL script has a comment that is never closed.</translation>
    </message>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="66"/>
        <source>The SQL script has a quotation that is never closed.</source>
        <translation>The SQL script has a quotation that is never closed.</translation>
    </message>
    <message>
        <location filename="../core/store/SqlScript.cpp" line="102"/>
        <source>The SQL script has a trigger body that is never closed with END.</source>
        <translation>The SQL script has a trigger body that is never closed with END.</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="112"/>
        <source>The staff accounts could not be read: %1</source>
        <translation>The staff accounts could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="114"/>
        <source>There is no staff account %1.</source>
        <translation>There is no staff account %1.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="151"/>
        <source>The second-factor secret is damaged.</source>
        <translation>The second-factor secret is damaged.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="168"/>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="189"/>
        <location filename="../core/security/StaffAccounts.cpp" line="251"/>
        <location filename="../core/security/StaffAccounts.cpp" line="374"/>
        <location filename="../core/security/StaffAccounts.cpp" line="394"/>
        <source>The staff accounts could not be read.</source>
        <translation>The staff accounts could not be read.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="191"/>
        <source>The first administrator exists already.</source>
        <translation>The first administrator exists already.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="196"/>
        <source>The first administrator must be the account that opened the database.</source>
        <translation>The first administrator must be the account that opened the database.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="217"/>
        <location filename="../core/security/StaffAccounts.cpp" line="447"/>
        <source>The account could not be saved.</source>
        <translation>The account could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="227"/>
        <location filename="../core/security/StaffAccounts.cpp" line="557"/>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="241"/>
        <source>This account is locked. Ask an administrator to unlock it.</source>
        <translation>This account is locked. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="244"/>
        <source>This account has no second factor yet. Set one up first.</source>
        <translation>This account has no second factor yet. Set one up first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/security/StaffAccounts.cpp" line="267"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: this account is now locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="271"/>
        <source>This code was used already. Wait for the next code.</source>
        <translation>This code was used already. Wait for the next code.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="272"/>
        <source>The code is not correct. Check the time on your phone and type the six digits shown now.</source>
        <translation>The code is not correct. Check the time on your phone and type the six digits shown now.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="306"/>
        <source>This set-up belongs to another account.</source>
        <translation>This set-up belongs to another account.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="315"/>
        <source>Too many failed attempts: this account is now locked.</source>
        <translation>Too many failed attempts: this account is now locked.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="318"/>
        <source>The code does not match. Scan the QR code again and type the six digits the app shows now.</source>
        <translation>The code does not match. Scan the QR code again and type the six digits the app shows now.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="323"/>
        <location filename="../core/security/StaffAccounts.cpp" line="350"/>
        <location filename="../core/security/StaffAccounts.cpp" line="440"/>
        <source>The second-factor secret could not be sealed.</source>
        <translation>The second-factor secret could not be sealed.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="338"/>
        <source>The second factor could not be saved.</source>
        <translation>The second factor could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="391"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="409"/>
        <location filename="../core/security/StaffAccounts.cpp" line="465"/>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="411"/>
        <source>Give the account a display name.</source>
        <translation>Give the account a display name.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="414"/>
        <source>There is already an account %1.</source>
        <translation>There is already an account %1.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="473"/>
        <source>This is the last active administrator; the role cannot be taken away.</source>
        <translation>This is the last active administrator; the role cannot be taken away.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="501"/>
        <source>This is the last active administrator and cannot be disabled. Make another administrator first.</source>
        <translation>This is the last active administrator and cannot be disabled. Make another administrator first.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="537"/>
        <source>A disabled account cannot be unlocked; create a new one.</source>
        <translation>A disabled account cannot be unlocked; create a new one.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="226"/>
        <location filename="../core/sync/SyncClient.cpp" line="394"/>
        <source>The enrolment of this device could not be read.</source>
        <translation>The enrolment of this device could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="229"/>
        <source>This device is not enrolled with the central server yet. An administrator enrols it (madoguchi-cli device enroll).</source>
        <translation>This device is not enrolled with the central server yet. An administrator enrols it (madoguchi-cli device enroll).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="235"/>
        <source>The enrolment of this device is damaged.</source>
        <translation>The enrolment of this device is damaged.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="254"/>
        <source>The sync status could not be read.</source>
        <translation>The sync status could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="269"/>
        <source>This device is enrolled already.</source>
        <translation>This device is enrolled already.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="277"/>
        <source>The key that protects the sync credentials could not be derived.</source>
        <translation>The key that protects the sync credentials could not be derived.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="303"/>
        <source>The sync credentials could not be encrypted.</source>
        <translation>The sync credentials could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="320"/>
        <location filename="../core/sync/SyncClient.cpp" line="331"/>
        <source>The enrolment could not be stored on this device.</source>
        <translation>The enrolment could not be stored on this device.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="398"/>
        <source>The sync credentials of this device cannot be opened with this database&apos;s key.</source>
        <translation>The sync credentials of this device cannot be opened with this database&apos;s key.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="416"/>
        <location filename="../core/sync/SyncClient.cpp" line="430"/>
        <location filename="../core/sync/SyncClient.cpp" line="471"/>
        <source>The changes waiting to be sent could not be read.</source>
        <translation>The changes waiting to be sent could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="464"/>
        <location filename="../core/sync/SyncClient.cpp" line="492"/>
        <source>sending the changes</source>
        <translation>sending the changes</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="436"/>
        <source>A change waiting to be sent is damaged (change %1).</source>
        <translation>A change waiting to be sent is damaged (change %1).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="504"/>
        <source>The sent changes could not be marked as sent; they will be sent again, which is harmless.</source>
        <translation>The sent changes could not be marked as sent; they will be sent again, which is harmless.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="544"/>
        <source>The sync position of this device could not be read.</source>
        <translation>The sync position of this device could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="564"/>
        <source>receiving the changes</source>
        <translation>receiving the changes</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="593"/>
        <location filename="../core/sync/SyncClient.cpp" line="662"/>
        <location filename="../core/sync/SyncClient.cpp" line="673"/>
        <location filename="../core/sync/SyncClient.cpp" line="694"/>
        <source>The received changes could not be saved.</source>
        <translation>The received changes could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="610"/>
        <source>The received changes are not in the central store&apos;s order.</source>
        <translation>The received changes are not in the central store&apos;s order.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="649"/>
        <source>A received change could not be queued as a conflict.</source>
        <translation>A received change could not be queued as a conflict.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="732"/>
        <source>The batch size must be 1 to 10,000 changes for sending and 1 to 50,000 for receiving.</source>
        <translation>The batch size must be 1 to 10,000 changes for sending and 1 to 50,000 for receiving.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="737"/>
        <source>A number block must hold 1 to 100,000 numbers.</source>
        <translation>A number block must hold 1 to 100,000 numbers.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="714"/>
        <source>the ledger of welfare services</source>
        <translation>the ledger of welfare services</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="716"/>
        <source>the ledger of medical care for rehabilitation (更生医療)</source>
        <translation>the ledger of medical care for rehabilitation (更生医療)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="718"/>
        <source>the ledger of psychiatric outpatient care (精神通院)</source>
        <translation>the ledger of psychiatric outpatient care (精神通院)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="720"/>
        <source>the ledger of assistive devices</source>
        <translation>the ledger of assistive devices</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="745"/>
        <source>application numbers</source>
        <translation>application numbers</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="747"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="753"/>
        <source>受給者番号 of %1</source>
        <translation>受給者番号 of %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="756"/>
        <source>受給者証番号 of %1</source>
        <translation>受給者証番号 of %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="835"/>
        <source>leasing number blocks</source>
        <translation>leasing number blocks</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="788"/>
        <source>The central store returned an unusable number block for %1; ask an administrator to check the central number series.</source>
        <translation>The central store returned an unusable number block for %1; ask an administrator to check the central number series.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="794"/>
        <source>The central store has no %1 left to hand out; no new number block could be leased. Ask an administrator.</source>
        <translation>The central store has no %1 left to hand out; no new number block could be leased. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="809"/>
        <source>A new block of %1 overlaps a block this device already has; it was not recorded. Ask an administrator to check the number blocks.</source>
        <translation>A new block of %1 overlaps a block this device already has; it was not recorded. Ask an administrator to check the number blocks.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="848"/>
        <source>The number blocks could not be saved.</source>
        <translation>The number blocks could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="883"/>
        <source>The sync state of this device could not be read.</source>
        <translation>The sync state of this device could not be read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="897"/>
        <source>This outreach laptop has not synced with the office for more than %n day(s). Sync it first; until then its data stays closed.</source>
        <translation>
            <numerusform>This outreach laptop has not synced with the office for more than %n day. Sync it first; until then its data stays closed.</numerusform>
            <numerusform>This outreach laptop has not synced with the office for more than %n days. Sync it first; until then its data stays closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="277"/>
        <source>fetching the office&apos;s package key</source>
        <translation>fetching the office&apos;s package key</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="283"/>
        <source>The central store sent a damaged office package key.</source>
        <translation>The central store sent a damaged office package key.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="296"/>
        <location filename="../core/sync/SyncPackage.cpp" line="307"/>
        <source>The office&apos;s package key could not be stored.</source>
        <translation>The office&apos;s package key could not be stored.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="326"/>
        <location filename="../core/sync/SyncPackage.cpp" line="455"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="336"/>
        <location filename="../core/sync/SyncPackage.cpp" line="475"/>
        <source>The office&apos;s package key could not be read.</source>
        <translation>The office&apos;s package key could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="339"/>
        <source>This device has not received the office&apos;s package key yet. Sync once with the central server, or ask an administrator to enrol the device again.</source>
        <translation>This device has not received the office&apos;s package key yet. Sync once with the central server, or ask an administrator to enrol the device again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="346"/>
        <source>The office&apos;s package key stored on this device is damaged.</source>
        <translation>The office&apos;s package key stored on this device is damaged.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="354"/>
        <source>The sync package could not be prepared.</source>
        <translation>The sync package could not be prepared.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="388"/>
        <location filename="../core/sync/SyncPackage.cpp" line="489"/>
        <source>The package state of this device could not be read.</source>
        <translation>The package state of this device could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="401"/>
        <source>Too many changes are waiting for one sync file. Sync online at the office instead.</source>
        <translation>Too many changes are waiting for one sync file. Sync online at the office instead.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="406"/>
        <source>The sync package could not be encrypted.</source>
        <translation>The sync package could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="417"/>
        <source>The sync package could not be signed.</source>
        <translation>The sync package could not be signed.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="426"/>
        <source>The package state of this device could not be saved.</source>
        <translation>The package state of this device could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="442"/>
        <source>The package state of this device could not be saved. Write the package again.</source>
        <translation>The package state of this device could not be saved. Write the package again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="468"/>
        <source>This reply file is for another device. Read it on the device that wrote the package.</source>
        <translation>This reply file is for another device. Read it on the device that wrote the package.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="478"/>
        <source>The reply file is signed with an office key this device does not know. Sync once with the central server, or ask an administrator.</source>
        <translation>The reply file is signed with an office key this device does not know. Sync once with the central server, or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="482"/>
        <source>The signature of the reply file does not match: it was altered or damaged, or it does not come from the office. Nothing was read.</source>
        <translation>The signature of the reply file does not match: it was altered or damaged, or it does not come from the office. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="491"/>
        <source>The reply file answers a package this device never wrote.</source>
        <translation>The reply file answers a package this device never wrote.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="494"/>
        <source>This reply file was read already, or a newer one was: nothing was changed.</source>
        <translation>This reply file was read already, or a newer one was: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="502"/>
        <source>The reply file could not be opened: it was not written for this device.</source>
        <translation>The reply file could not be opened: it was not written for this device.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="512"/>
        <source>The content of the reply file is damaged. Nothing was read.</source>
        <translation>The content of the reply file is damaged. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackage.cpp" line="565"/>
        <location filename="../core/sync/SyncPackage.cpp" line="575"/>
        <location filename="../core/sync/SyncPackage.cpp" line="583"/>
        <location filename="../core/sync/SyncPackage.cpp" line="622"/>
        <location filename="../core/sync/SyncPackage.cpp" line="635"/>
        <source>The reply could not be saved.</source>
        <translation>The reply could not be saved.</translation>
    </message>
</context>
<context>
    <name>SyncPackageOffice</name>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="51"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="113"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="56"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="174"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="391"/>
        <source>reading the office&apos;s package key</source>
        <translation>reading the office&apos;s package key</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="77"/>
        <source>The office&apos;s package key could not be made.</source>
        <translation>The office&apos;s package key could not be made.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="96"/>
        <source>storing the office&apos;s package key</source>
        <translation>storing the office&apos;s package key</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="101"/>
        <source>The office&apos;s package key could not be stored.</source>
        <translation>The office&apos;s package key could not be stored.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="153"/>
        <source>reading the devices</source>
        <translation>reading the devices</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="155"/>
        <source>The sync package comes from a device the central store does not know. Nothing was read.</source>
        <translation>The sync package comes from a device the central store does not know. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="160"/>
        <source>The signature of the sync package does not match: it was altered or damaged, or it does not come from the device it names. Nothing was read.</source>
        <translation>The signature of the sync package does not match: it was altered or damaged, or it does not come from the device it names. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="165"/>
        <source>The sync package comes from a device whose enrolment was revoked. Nothing was read.</source>
        <translation>The sync package comes from a device whose enrolment was revoked. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="176"/>
        <source>The sync package is sealed to an office key this central store does not have. Nothing was read.</source>
        <translation>The sync package is sealed to an office key this central store does not have. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="187"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="400"/>
        <source>The office&apos;s package key in the central store is damaged.</source>
        <translation>The office&apos;s package key in the central store is damaged.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="190"/>
        <source>The sync package could not be opened: it is damaged.</source>
        <translation>The sync package could not be opened: it is damaged.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="195"/>
        <source>The sync package could not be opened: it is damaged, or it was not written for this office.</source>
        <translation>The sync package could not be opened: it is damaged, or it was not written for this office.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="201"/>
        <source>The content of the sync package is damaged. Nothing was read.</source>
        <translation>The content of the sync package is damaged. Nothing was read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="248"/>
        <source>applying the package&apos;s changes</source>
        <translation>applying the package&apos;s changes</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="254"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="263"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="273"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="285"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="299"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="307"/>
        <source>leasing number blocks</source>
        <translation>leasing number blocks</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="314"/>
        <source>reading what the device has sent</source>
        <translation>reading what the device has sent</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="333"/>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="362"/>
        <source>collecting the changes for the reply</source>
        <translation>collecting the changes for the reply</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="371"/>
        <source>The reply would be too large for one file.</source>
        <translation>The reply would be too large for one file.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="375"/>
        <source>The device&apos;s key cannot be used to seal the reply.</source>
        <translation>The device&apos;s key cannot be used to seal the reply.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="381"/>
        <source>The reply could not be encrypted.</source>
        <translation>The reply could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncPackageOffice.cpp" line="414"/>
        <source>The reply could not be signed.</source>
        <translation>The reply could not be signed.</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="20"/>
        <source>The issuing key file is not valid at line %1: %2</source>
        <translation>The issuing key file is not valid at line %1: %2</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="40"/>
        <source>The issuing key&apos;s id does not belong to its public key.</source>
        <translation>The issuing key&apos;s id does not belong to its public key.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="43"/>
        <source>The issuing key&apos;s dates are missing or out of order.</source>
        <translation>The issuing key&apos;s dates are missing or out of order.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="47"/>
        <source>The issuing key %1 is listed twice.</source>
        <translation>The issuing key %1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="77"/>
        <source>The issuing key file is too large.</source>
        <translation>The issuing key file is too large.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="86"/>
        <source>This is not an issuing key file: its first line is not &quot;%1&quot;.</source>
        <translation>This is not an issuing key file: its first line is not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="89"/>
        <source>The issuing key file lists no key.</source>
        <translation>The issuing key file lists no key.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="99"/>
        <source>expected a key id, a public key, the day it was made and the day it was retired (or -).</source>
        <translation>expected a key id, a public key, the day it was made and the day it was retired (or -).</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="108"/>
        <source>the retirement day does not exist.</source>
        <translation>the retirement day does not exist.</translation>
    </message>
    <message>
        <location filename="../core/certificate/TrustedKeys.cpp" line="111"/>
        <source>the day it was made does not exist.</source>
        <translation>the day it was made does not exist.</translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="8"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="27"/>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>expected %1 tab-separated columns, found %2</translation>
    </message>
    <message>
        <location filename="../core/base/TsvTable.cpp" line="33"/>
        <source>the header row (%1) is missing</source>
        <translation>the header row (%1) is missing</translation>
    </message>
</context>
<context>
    <name>ValidityRules</name>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="49"/>
        <source>Rule table validity</source>
        <translation>Rule table validity</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="63"/>
        <source>the kind &apos;%1&apos; is not a lower-case code</source>
        <translation>the kind &apos;%1&apos; is not a lower-case code</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="67"/>
        <source>%1: %2 &apos;%3&apos; is not a number of months from 1</source>
        <translation>%1: %2 &apos;%3&apos; is not a number of months from 1</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="73"/>
        <source>%1: the months must satisfy min ≤ default ≤ max</source>
        <translation>%1: the months must satisfy min ≤ default ≤ max</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="79"/>
        <source>%1: the shape &apos;%2&apos; is neither month_rest nor exact</source>
        <translation>%1: the shape &apos;%2&apos; is neither month_rest nor exact</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="83"/>
        <source>%1: provisional &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: provisional &apos;%2&apos; is neither yes nor no</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="87"/>
        <source>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: effective_from &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="93"/>
        <source>%1: the source names no page (an address, or &apos;unsourced&apos; for a value from memory)</source>
        <translation>%1: the source names no page (an address, or &apos;unsourced&apos; for a value from memory)</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="98"/>
        <source>%1 has two rows taking effect on %2</source>
        <translation>%1 has two rows taking effect on %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="103"/>
        <source>The validity rule table lists no row.</source>
        <translation>The validity rule table lists no row.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="113"/>
        <source>The rule table validity is missing from this build.</source>
        <translation>The rule table validity is missing from this build.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="133"/>
        <location filename="../core/rules/ValidityRules.cpp" line="167"/>
        <source>The start date is not a valid date.</source>
        <translation>The start date is not a valid date.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="136"/>
        <source>No validity rule for %1 is in effect on %2.</source>
        <translation>No validity rule for %1 is in effect on %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="142"/>
        <source>months: %1 is outside %2–%3 months for %4.</source>
        <translation>months: %1 is outside %2–%3 months for %4.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="150"/>
        <source>%1: %2–%3 months, %4 by default (rule from %5; %6).</source>
        <translation>%1: %2–%3 months, %4 by default (rule from %5; %6).</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="157"/>
        <source>%1 months plus the rest of the decision month: %2 to %3.</source>
        <translation>%1 months plus the rest of the decision month: %2 to %3.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="158"/>
        <source>%1 months: %2 to %3.</source>
        <translation>%1 months: %2 to %3.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="171"/>
        <source>%1 has no 暫定支給決定 on %2.</source>
        <translation>%1 has no 暫定支給決定 on %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/ValidityRules.cpp" line="178"/>
        <source>暫定支給決定 for %1: to the end of the following month, %2 to %3 (rule from %4; %5).</source>
        <translation>暫定支給決定 for %1: to the end of the following month, %2 to %3 (rule from %4; %5).</translation>
    </message>
</context>
<context>
    <name>Wareki</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="191"/>
        <source>%1 is not accepted: the earliest date is %2 (%3), when Japan adopted the Gregorian calendar.</source>
        <translation>%1 is not accepted: the earliest date is %2 (%3), when Japan adopted the Gregorian calendar.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="203"/>
        <source>%1 does not exist: there is no month %2.</source>
        <translation>%1 does not exist: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="206"/>
        <source>%1 does not exist: month %2 of %3 has %4 days.</source>
        <translation>%1 does not exist: month %2 of %3 has %4 days.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="218"/>
        <source>%1 does not exist: era years begin at 1 (元年).</source>
        <translation>%1 does not exist: era years begin at 1 (元年).</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="224"/>
        <source>%1 does not exist: %2 began on %3.</source>
        <translation>%1 does not exist: %2 began on %3.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="229"/>
        <source>%1 is not accepted: %2 dates are accepted from %3.</source>
        <translation>%1 is not accepted: %2 dates are accepted from %3.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="234"/>
        <source>%1 does not exist: %2 ended on %3 (%4).</source>
        <translation>%1 does not exist: %2 ended on %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="243"/>
        <source>%1 does not exist: there is no year 0.</source>
        <translation>%1 does not exist: there is no year 0.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="271"/>
        <source>The era table is not available.</source>
        <translation>The era table is not available.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="274"/>
        <source>No date was given.</source>
        <translation>No date was given.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="316"/>
        <source>This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or 2025-07-18.</source>
        <translation>This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or 2025-07-18.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="321"/>
        <source>The era is missing. Type it as, for example, R7.7.18 or 令和7年7月18日, or choose the era.</source>
        <translation>The era is missing. Type it as, for example, R7.7.18 or 令和7年7月18日, or choose the era.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../core/workspace/Workspace.cpp" line="34"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: this account is now locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="47"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
</context>
<context>
    <name>madoguchi::audit</name>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="102"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="104"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="106"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Account locked after failed sign-ins</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="109"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="111"/>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="113"/>
        <source>Session unlocked</source>
        <translation>Session unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="115"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="117"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="119"/>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="121"/>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="123"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="125"/>
        <source>Second factor reset</source>
        <translation>Second factor reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="127"/>
        <source>Permissions changed</source>
        <translation>Permissions changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="129"/>
        <source>Permission refused</source>
        <translation>Permission refused</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="131"/>
        <source>Person&apos;s record viewed</source>
        <translation>Person&apos;s record viewed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="133"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="135"/>
        <source>My Number revealed</source>
        <translation>My Number revealed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="137"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="139"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="141"/>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="143"/>
        <source>Database key changed</source>
        <translation>Database key changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="145"/>
        <source>Drafted for approval</source>
        <translation>Drafted for approval</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="147"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="149"/>
        <source>Ledger viewed</source>
        <translation>Ledger viewed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="151"/>
        <source>My Number recorded</source>
        <translation>My Number recorded</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="153"/>
        <source>Person registered</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="155"/>
        <source>Person&apos;s data changed</source>
        <translation>Person&apos;s data changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="157"/>
        <source>Person records merged</source>
        <translation>Person records merged</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="159"/>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="161"/>
        <source>Application status changed</source>
        <translation>Application status changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="163"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="165"/>
        <source>Ledger entry recorded</source>
        <translation>Ledger entry recorded</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="167"/>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="169"/>
        <source>Certificate handed over or mailed</source>
        <translation>Certificate handed over or mailed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="171"/>
        <source>Certificate made void</source>
        <translation>Certificate made void</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="173"/>
        <source>Issuing key created</source>
        <translation>Issuing key created</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="175"/>
        <source>Device enrolled</source>
        <translation>Device enrolled</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="177"/>
        <source>Device enrolment revoked</source>
        <translation>Device enrolment revoked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="179"/>
        <source>Synchronized with the central store</source>
        <translation>Synchronized with the central store</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="182"/>
        <source>Sync conflict resolved</source>
        <translation>Sync conflict resolved</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="184"/>
        <source>First sign-in on this device, checked centrally</source>
        <translation>First sign-in on this device, checked centrally</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="187"/>
        <source>Staff account changes received from the central store</source>
        <translation>Staff account changes received from the central store</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="190"/>
        <source>Device database recovered</source>
        <translation>Device database recovered</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="192"/>
        <source>City-wide My Number key received or granted</source>
        <translation>City-wide My Number key received or granted</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="195"/>
        <source>Sync package written or read</source>
        <translation>Sync package written or read</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="197"/>
        <source>Case assigned to an outreach device or taken back</source>
        <translation>Case assigned to an outreach device or taken back</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="200"/>
        <source>Possible duplicate person found or settled</source>
        <translation>Possible duplicate person found or settled</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="203"/>
        <source>Resident registry network (住基ネット) results imported</source>
        <translation>Resident registry network (住基ネット) results imported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="238"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="240"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="242"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>madoguchi::intake</name>
    <message>
        <location filename="../core/intake/Application.cpp" line="64"/>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="66"/>
        <source>By mail</source>
        <translation>By mail</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="68"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="106"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="108"/>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="110"/>
        <source>Awaiting decision</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="112"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="114"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../core/intake/Application.cpp" line="116"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>madoguchi::store::sqlcipher::SqlCipherDriver</name>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="171"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="180"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="185"/>
        <source>Error opening database</source>
        <translation>Error opening database</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="181"/>
        <source>Could not prepare the key</source>
        <translation>Could not prepare the key</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="185"/>
        <source>Could not apply the key</source>
        <translation>Could not apply the key</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="227"/>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="432"/>
        <source>The database is not open</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="258"/>
        <source>Unable to begin transaction</source>
        <translation>Unable to begin transaction</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="264"/>
        <source>Unable to commit transaction</source>
        <translation>Unable to commit transaction</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="269"/>
        <source>Unable to roll back transaction</source>
        <translation>Unable to roll back transaction</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="434"/>
        <source>The database connection has no key</source>
        <translation>The database connection has no key</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="437"/>
        <source>The new key is not a 32-byte key</source>
        <translation>The new key is not a 32-byte key</translation>
    </message>
    <message>
        <location filename="../core/store/sqlcipher/SqlCipherDriverImpl.cpp" line="442"/>
        <source>Could not re-encrypt the database: %1</source>
        <translation>Could not re-encrypt the database: %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqlCipherDriver.cpp" line="42"/>
        <source>Not a %1 connection</source>
        <translation>Not a %1 connection</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="77"/>
        <source>The sync status could not be read.</source>
        <translation>The sync status could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="102"/>
        <source>The sync is not ready.</source>
        <translation>The sync is not ready.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="409"/>
        <source>The central server cannot be reached; changes stay on this computer and are sent at the next sync. (%1)</source>
        <translation>The central server cannot be reached; changes stay on this computer and are sent at the next sync. (%1)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="412"/>
        <source>The last sync did not finish: %1</source>
        <translation>The last sync did not finish: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApplicantPicker</name>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="35"/>
        <source>Search: kana, name, 宛名番号 or date of birth</source>
        <translation>Search: kana, name, 宛名番号 or date of birth</translation>
    </message>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="36"/>
        <source>Search for the applicant</source>
        <translation>Search for the applicant</translation>
    </message>
    <message>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="49"/>
        <location filename="../ui/intake/ApplicantPicker.cpp" line="79"/>
        <source>No applicant chosen yet.</source>
        <translation>No applicant chosen yet.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApprovalQueueModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="151"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="154"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="161"/>
        <source>You (another approver must approve)</source>
        <translation>You (another approver must approve)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="174"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="176"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="178"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="180"/>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="182"/>
        <source>Rule version</source>
        <translation>Rule version</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="184"/>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="186"/>
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApproverQueuePage</name>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="90"/>
        <source>Decisions awaiting approval</source>
        <translation>Decisions awaiting approval</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="91"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="92"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="94"/>
        <source>Approve the selected decision. It cannot be changed afterwards; its ledger entry is written and the application is decided.</source>
        <translation>Approve the selected decision. It cannot be changed afterwards; its ledger entry is written and the application is decided.</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="165"/>
        <source>No decisions are awaiting approval.</source>
        <translation>No decisions are awaiting approval.</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="166"/>
        <source>Select a decision to see the evaluation it rests on.</source>
        <translation>Select a decision to see the evaluation it rests on.</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="171"/>
        <source>%1; income category %2; rule version %3</source>
        <translation>%1; income category %2; rule version %3</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="180"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="187"/>
        <source>Select a decision first.</source>
        <translation>Select a decision first.</translation>
    </message>
    <message>
        <location filename="../ui/decision/ApproverQueuePage.cpp" line="196"/>
        <source>The decision was approved and recorded in the ledger.</source>
        <translation>The decision was approved and recorded in the ledger.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="146"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="147"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="148"/>
        <source>Person or &amp;object ID:</source>
        <translation>Person or &amp;object ID:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="149"/>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="150"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="151"/>
        <source>e.g. a person&apos;s ID</source>
        <translation>e.g. a person&apos;s ID</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="152"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="153"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="154"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="155"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="156"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="158"/>
        <source>Save the records the filters select as a CSV file for self-inspection and internal or external audits. The export is itself recorded in the log.</source>
        <translation>Save the records the filters select as a CSV file for self-inspection and internal or external audits. The export is itself recorded in the log.</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="160"/>
        <source>&amp;Verify log</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="162"/>
        <source>Check that no record has been altered, removed or reordered since it was written</source>
        <translation>Check that no record has been altered, removed or reordered since it was written</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="171"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="252"/>
        <source>Showing the newest %n record(s). Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Showing the newest %n record. Narrow the filters to see older ones.</numerusform>
            <numerusform>Showing the newest %n records. Narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="255"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="265"/>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="266"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="271"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="280"/>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="305"/>
        <source>The audit log is intact: %n record(s) checked, signatures of %1 checkpoint(s) valid.</source>
        <translation>
            <numerusform>The audit log is intact: %n record checked, signatures of %1 checkpoint valid.</numerusform>
            <numerusform>The audit log is intact: %n records checked, signatures of %1 checkpoints valid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="312"/>
        <source>The audit log has been altered: %1</source>
        <translation>The audit log has been altered: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="313"/>
        <source>The audit log could not be checked: %1</source>
        <translation>The audit log could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="72"/>
        <source>Record %1, recorded %2 (UTC)</source>
        <translation>Record %1, recorded %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="95"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="97"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="99"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="101"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="103"/>
        <source>Object type</source>
        <translation>Object type</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="105"/>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="107"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditTableModel.cpp" line="109"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BatchPrinting</name>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="52"/>
        <source>There are no certificates to print.</source>
        <translation>There are no certificates to print.</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="54"/>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="118"/>
        <source>certificates-%1.pdf</source>
        <translation>certificates-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="121"/>
        <source>Save %n certificate(s) as one PDF</source>
        <translation>
            <numerusform>Save %n certificate as one PDF</numerusform>
            <numerusform>Save %n certificates as one PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="138"/>
        <source>Print %n certificate(s)</source>
        <translation>
            <numerusform>Print %n certificate</numerusform>
            <numerusform>Print %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="154"/>
        <source>Writing the certificates to a PDF file…</source>
        <translation>Writing the certificates to a PDF file…</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="189"/>
        <source>Sending the certificates to the printer…</source>
        <translation>Sending the certificates to the printer…</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="205"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="207"/>
        <source>Batch printing</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="233"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print/BatchPrinting.cpp" line="254"/>
        <source>%n certificate(s) printed.</source>
        <translation>
            <numerusform>%n certificate printed.</numerusform>
            <numerusform>%n certificates printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/print/BatchPrinting.cpp" line="256"/>
        <source>Printing was cancelled. Nothing was recorded as printed.</source>
        <translation>Printing was cancelled. Nothing was recorded as printed.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateQueueModel</name>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="46"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="52"/>
        <source>%1 (staff …%2)</source>
        <translation>%1 (staff …%2)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="59"/>
        <source>Waiting to be printed</source>
        <translation>Waiting to be printed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="61"/>
        <source>Printed %1, %n time(s)</source>
        <translation>
            <numerusform>Printed %1, %n time</numerusform>
            <numerusform>Printed %1, %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="63"/>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="65"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="112"/>
        <source>Handed over %1</source>
        <translation>Handed over %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="67"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="114"/>
        <source>Mailed %1</source>
        <translation>Mailed %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="70"/>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="116"/>
        <source>Void %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="71"/>
        <source>Void %1: %2</source>
        <translation>Void %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="78"/>
        <source>No. %1 (reissue %2)</source>
        <translation>No. %1 (reissue %2)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="79"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="108"/>
        <source>Requested %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="110"/>
        <source>First printed %1</source>
        <translation>First printed %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="118"/>
        <source>Reissued because: %1</source>
        <translation>Reissued because: %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="153"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="155"/>
        <source>Recipient no.</source>
        <translation>Recipient no.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="159"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="161"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="163"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="165"/>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="167"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateQueueModel.cpp" line="169"/>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateVerifyDialog</name>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="208"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="210"/>
        <source>Genuine, but not valid yet</source>
        <translation>Genuine, but not valid yet</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="212"/>
        <source>Genuine, but a newer certificate was issued</source>
        <translation>Genuine, but a newer certificate was issued</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="214"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="216"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="218"/>
        <source>Altered or forged</source>
        <translation>Altered or forged</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="220"/>
        <source>Cannot be checked: unknown issuer</source>
        <translation>Cannot be checked: unknown issuer</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="222"/>
        <source>Not a certificate code</source>
        <translation>Not a certificate code</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="279"/>
        <source>What the certificate says</source>
        <translation>What the certificate says</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="280"/>
        <source>What the code claims (not confirmed, do not rely on it)</source>
        <translation>What the code claims (not confirmed, do not rely on it)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="288"/>
        <source>Recipient number:</source>
        <translation>Recipient number:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="288"/>
        <source>Certificate number:</source>
        <translation>Certificate number:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="290"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="292"/>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="293"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="296"/>
        <source>Monthly cap:</source>
        <translation>Monthly cap:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="297"/>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="299"/>
        <source>%1 (reissue no. %2)</source>
        <translation>%1 (reissue no. %2)</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="301"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="303"/>
        <source>Issuing office:</source>
        <translation>Issuing office:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="304"/>
        <source>Local government code %1</source>
        <translation>Local government code %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="307"/>
        <source>Outreach device %1, certified by the city&apos;s key %2</source>
        <translation>Outreach device %1, certified by the city&apos;s key %2</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="310"/>
        <source>The city&apos;s issuing key %1</source>
        <translation>The city&apos;s issuing key %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="312"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="313"/>
        <source>Certificate ID:</source>
        <translation>Certificate ID:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="318"/>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="320"/>
        <source>Scan the QR code on a recipient certificate, or paste its code, and press Enter. The check needs no network: it uses the city&apos;s issuing keys known to this computer.</source>
        <translation>Scan the QR code on a recipient certificate, or paste its code, and press Enter. The check needs no network: it uses the city&apos;s issuing keys known to this computer.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="323"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="324"/>
        <source>MDG1:…</source>
        <translation>MDG1:…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="325"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="326"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificateVerifyDialog.cpp" line="330"/>
        <source>This computer knows no issuing key yet, so no certificate can be confirmed. Synchronize first, or ask an administrator to import the city&apos;s keys.</source>
        <translation>This computer knows no issuing key yet, so no certificate can be confirmed. Synchronize first, or ask an administrator to import the city&apos;s keys.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificatesPage</name>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="167"/>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="256"/>
        <source>You may not print certificates in any ledger.</source>
        <translation>You may not print certificates in any ledger.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="174"/>
        <source>Certificates and notices</source>
        <translation>Certificates and notices</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="175"/>
        <source>&amp;Ledger:</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="176"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="177"/>
        <source>Show &amp;void</source>
        <translation>Show &amp;void</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="178"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="179"/>
        <source>&amp;Issue a certificate…</source>
        <translation>&amp;Issue a certificate…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="180"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="181"/>
        <source>Preview the certificate, then choose the printer.</source>
        <translation>Preview the certificate, then choose the printer.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="182"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="183"/>
        <source>The certificate was handed to the person at the counter.</source>
        <translation>The certificate was handed to the person at the counter.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="184"/>
        <source>&amp;Mailed</source>
        <translation>&amp;Mailed</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="185"/>
        <source>The certificate was sent by post.</source>
        <translation>The certificate was sent by post.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="186"/>
        <source>Re&amp;issue…</source>
        <translation>Re&amp;issue…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="188"/>
        <source>A lost or damaged certificate: a new one is issued and the old one becomes void.</source>
        <translation>A lost or damaged certificate: a new one is issued and the old one becomes void.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="189"/>
        <source>All listed to P&amp;DF…</source>
        <translation>All listed to P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="190"/>
        <source>Every listed current certificate, in one PDF file.</source>
        <translation>Every listed current certificate, in one PDF file.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="191"/>
        <source>Print all &amp;listed…</source>
        <translation>Print all &amp;listed…</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="192"/>
        <source>Every listed current certificate, on a printer.</source>
        <translation>Every listed current certificate, on a printer.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="193"/>
        <source>All ledgers</source>
        <translation>All ledgers</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="199"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/certificate/CertificatesPage.cpp" line="206"/>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="286"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="374"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="378"/>
        <source>The certificate was printed.</source>
        <translation>The certificate was printed.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="398"/>
        <source>Recorded as handed over.</source>
        <translation>Recorded as handed over.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="407"/>
        <source>Recorded as mailed.</source>
        <translation>Recorded as mailed.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="419"/>
        <source>A new certificate was issued; the old one is void.</source>
        <translation>A new certificate was issued; the old one is void.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/CertificatesPage.cpp" line="439"/>
        <source>The certificate was requested; print it now.</source>
        <translation>The certificate was requested; print it now.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="25"/>
        <source>Your deletion of this record was not applied: another device changed it first.</source>
        <translation>Your deletion of this record was not applied: another device changed it first.</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="28"/>
        <source>Another device created this record too.</source>
        <translation>Another device created this record too.</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="29"/>
        <source>Your change was not applied: another device changed the same fields first.</source>
        <translation>Your change was not applied: another device changed the same fields first.</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="39"/>
        <source>Settle a sync conflict</source>
        <translation>Settle a sync conflict</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on this computer and on another device at the same time. %2 Compare both versions and choose which to keep.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was changed on this computer and on another device at the same time. %2 Compare both versions and choose which to keep.</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Saved version</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Your change (not applied)</source>
        <translation>Your change (not applied)</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="56"/>
        <source>Apply yours</source>
        <translation>Apply yours</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="68"/>
        <source>Highlighted rows differ between the two versions.</source>
        <translation>Highlighted rows differ between the two versions.</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="72"/>
        <source>Keep the saved version</source>
        <translation>Keep the saved version</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="74"/>
        <source>Apply your change again</source>
        <translation>Apply your change again</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="76"/>
        <source>Choose field by field</source>
        <translation>Choose field by field</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="95"/>
        <source>Save the resolution</source>
        <translation>Save the resolution</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="128"/>
        <source>(deleted by another device)</source>
        <translation>(deleted by another device)</translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictDialog.cpp" line="131"/>
        <source>(your deletion)</source>
        <translation>(your deletion)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DecisionQueueModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="103"/>
        <source>Application No.</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="105"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="107"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="111"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DecisionWorkbenchPage</name>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="261"/>
        <source>Review and decision</source>
        <translation>Review and decision</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="262"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="263"/>
        <source>Evaluation inputs</source>
        <translation>Evaluation inputs</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="264"/>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="265"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="266"/>
        <source>&amp;Setting:</source>
        <translation>&amp;Setting:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="267"/>
        <source>Severe and continuous (重度かつ継続)</source>
        <translation>Severe and continuous (重度かつ継続)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="268"/>
        <source>Own &amp;income (本人収入):</source>
        <translation>Own &amp;income (本人収入):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="269"/>
        <source>&amp;Device cost (基準額):</source>
        <translation>&amp;Device cost (基準額):</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="270"/>
        <source>Household receives &amp;public assistance (生活保護)</source>
        <translation>Household receives &amp;public assistance (生活保護)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="271"/>
        <source>Applicant&apos;s 所得割:</source>
        <translation>Applicant&apos;s 所得割:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="272"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="274"/>
        <source>Tax-exempt (非課税)</source>
        <translation>Tax-exempt (非課税)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="273"/>
        <source>Other &amp;member:</source>
        <translation>Other &amp;member:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="275"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="276"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="277"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="278"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="279"/>
        <source>&amp;Valid:</source>
        <translation>&amp;Valid:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="280"/>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="281"/>
        <source>Required for a rejection</source>
        <translation>Required for a rejection</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="282"/>
        <source>&amp;Draft</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="283"/>
        <source>Send for &amp;approval</source>
        <translation>Send for &amp;approval</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="285"/>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="288"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="498"/>
        <source>Rule version: %1</source>
        <translation>Rule version: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="302"/>
        <source>At home (在宅)</source>
        <translation>At home (在宅)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="303"/>
        <source>Day service (通所)</source>
        <translation>Day service (通所)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="304"/>
        <source>Residential (施設入所)</source>
        <translation>Residential (施設入所)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="305"/>
        <source>Group home (グループホーム)</source>
        <translation>Group home (グループホーム)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="306"/>
        <source>Spouse (配偶者)</source>
        <translation>Spouse (配偶者)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="307"/>
        <source>Guardian (保護者)</source>
        <translation>Guardian (保護者)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="308"/>
        <source>Other (その他)</source>
        <translation>Other (その他)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="388"/>
        <source>Enter the inputs and press Evaluate.</source>
        <translation>Enter the inputs and press Evaluate.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="467"/>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="508"/>
        <source>Select an application first.</source>
        <translation>Select an application first.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="484"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="484"/>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="486"/>
        <source>income category %1</source>
        <translation>income category %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="490"/>
        <source>monthly cap ¥%1</source>
        <translation>monthly cap ¥%1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="491"/>
        <source>monthly cap: the health insurance&apos;s limit</source>
        <translation>monthly cap: the health insurance&apos;s limit</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="493"/>
        <source>co-payment %1%</source>
        <translation>co-payment %1%</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="495"/>
        <source>pays ¥%1</source>
        <translation>pays ¥%1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="497"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="532"/>
        <source>The decision was drafted. Send it for approval when it is complete.</source>
        <translation>The decision was drafted. Send it for approval when it is complete.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="539"/>
        <source>Draft the decision first.</source>
        <translation>Draft the decision first.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionWorkbenchPage.cpp" line="551"/>
        <source>The decision was sent for approval. Someone else with approval rights in this ledger approves it.</source>
        <translation>The decision was sent for approval. Someone else with approval rights in this ledger approves it.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="26"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="50"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="52"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="54"/>
        <source>&amp;Whole page</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="63"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/print/DocumentPreviewDialog.cpp" line="111"/>
        <source>Print documents</source>
        <translation>Print documents</translation>
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
        <translation>Possible duplicate records</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="59"/>
        <source>Sync brought records from other computers that may be the same person as a record here. Compare each pair; merge it into the record that should remain, or record that they are different people.</source>
        <translation>Sync brought records from other computers that may be the same person as a record here. Compare each pair; merge it into the record that should remain, or record that they are different people.</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Record on the left</source>
        <translation>Record on the left</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="69"/>
        <source>Record on the right</source>
        <translation>Record on the right</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="86"/>
        <source>Merge, keep the left record</source>
        <translation>Merge, keep the left record</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="89"/>
        <source>Merge, keep the right record</source>
        <translation>Merge, keep the right record</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="91"/>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="144"/>
        <source>No possible duplicates are waiting.</source>
        <translation>No possible duplicates are waiting.</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="197"/>
        <source>The record 宛名番号 %1 was merged into 宛名番号 %2, which remains.</source>
        <translation>The record 宛名番号 %1 was merged into 宛名番号 %2, which remains.</translation>
    </message>
    <message>
        <location filename="../ui/registry/DuplicateCandidatesDialog.cpp" line="208"/>
        <source>Recorded that 宛名番号 %1 and %2 are different people.</source>
        <translation>Recorded that 宛名番号 %1 and %2 are different people.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IntakePage</name>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="100"/>
        <source>Application intake (申請受付)</source>
        <translation>Application intake (申請受付)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="114"/>
        <location filename="../ui/intake/IntakePage.cpp" line="117"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="116"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="119"/>
        <source>Receipt (受付)</source>
        <translation>Receipt (受付)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="133"/>
        <source>Only when someone applies for the person: name and relationship</source>
        <translation>Only when someone applies for the person: name and relationship</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="146"/>
        <source>Applicant *</source>
        <translation>Applicant *</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="147"/>
        <source>Date of receipt *</source>
        <translation>Date of receipt *</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="148"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="149"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="151"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="157"/>
        <source>Attachments received (添付書類)</source>
        <translation>Attachments received (添付書類)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="197"/>
        <location filename="../ui/intake/IntakePage.cpp" line="209"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="199"/>
        <source>Discard this form and its draft, and start an empty one</source>
        <translation>Discard this form and its draft, and start an empty one</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="200"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="202"/>
        <source>Submit the application (Ctrl+Return)</source>
        <translation>Submit the application (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="210"/>
        <source>Discard this form and its draft? What was entered is lost.</source>
        <translation>Discard this form and its draft? What was entered is lost.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="265"/>
        <source>You may not take applications: no procedure is in your business scopes.</source>
        <translation>You may not take applications: no procedure is in your business scopes.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="368"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/IntakePage.cpp" line="372"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="399"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="410"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="663"/>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="669"/>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="684"/>
        <source>Your unsent form of %1 was restored.</source>
        <translation>Your unsent form of %1 was restored.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="688"/>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="839"/>
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="870"/>
        <source>Application received. Application number: %1</source>
        <translation>Application received. Application number: %1</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakePage.cpp" line="878"/>
        <source>Documents still to be submitted (補正): %1</source>
        <translation>Documents still to be submitted (補正): %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IssueCertificateDialog</name>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="26"/>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="42"/>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="48"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="49"/>
        <source>&amp;Ledger:</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="51"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="157"/>
        <source>This person holds no current grant in a ledger you may print certificates for.</source>
        <translation>This person holds no current grant in a ledger you may print certificates for.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="173"/>
        <source>Recipient no. %1 · %2 · valid %3 · monthly cap %4</source>
        <translation>Recipient no. %1 · %2 · valid %3 · monthly cap %4</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="193"/>
        <source>Choose the person first.</source>
        <translation>Choose the person first.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/IssueCertificateDialog.cpp" line="194"/>
        <source>Choose the ledger and the certificate.</source>
        <translation>Choose the ledger and the certificate.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerFileModel</name>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="27"/>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="28"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="33"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="67"/>
        <source>Ends today</source>
        <translation>Ends today</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFileModel.cpp" line="68"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="118"/>
        <source>Recipient No.</source>
        <translation>Recipient No.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="122"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="126"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="128"/>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="130"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFileModel.cpp" line="132"/>
        <source>Return claims</source>
        <translation>Return claims</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerFilePage</name>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="167"/>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="281"/>
        <source>You may not read any ledger.</source>
        <translation>You may not read any ledger.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="174"/>
        <source>Ledger file</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="175"/>
        <source>&amp;Ledger:</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="176"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="177"/>
        <source>&amp;Validity ends within</source>
        <translation>&amp;Validity ends within</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="179"/>
        <source>Only recipients whose current decision ends from today up to this many days from now: the list for renewal notices.</source>
        <translation>Only recipients whose current decision ends from today up to this many days from now: the list for renewal notices.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="181"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="182"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="183"/>
        <source>&amp;Open ledger timeline</source>
        <translation>&amp;Open ledger timeline</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="184"/>
        <source>&amp;Print certificates</source>
        <translation>&amp;Print certificates</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="185"/>
        <source>The current certificates of the listed recipients (for renewals: check &quot;Validity ends within&quot; first), in one batch.</source>
        <translation>The current certificates of the listed recipients (for renewals: check &quot;Validity ends within&quot; first), in one batch.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="187"/>
        <source>Print re&amp;newal notices…</source>
        <translation>Print re&amp;newal notices…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="188"/>
        <source>The renewal notices of the listed recipients whose grant is current (check &quot;Validity ends within&quot; first), in one PDF file.</source>
        <translation>The renewal notices of the listed recipients whose grant is current (check &quot;Validity ends within&quot; first), in one PDF file.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="191"/>
        <source>To one &amp;PDF file…</source>
        <translation>To one &amp;PDF file…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="192"/>
        <source>On a &amp;printer…</source>
        <translation>On a &amp;printer…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="198"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="205"/>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="295"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="392"/>
        <source>None of the listed recipients has a certificate waiting to be printed. Issue the certificates on the certificate page first.</source>
        <translation>None of the listed recipients has a certificate waiting to be printed. Issue the certificates on the certificate page first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="396"/>
        <source>%n listed recipient(s) have no certificate waiting to be printed and are left out.</source>
        <translation>
            <numerusform>%n listed recipient have no certificate waiting to be printed and are left out.</numerusform>
            <numerusform>%n listed recipients have no certificate waiting to be printed and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="416"/>
        <source>None of the listed recipients has a current grant to renew.</source>
        <translation>None of the listed recipients has a current grant to renew.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="424"/>
        <source>renewal-notices-%1.pdf</source>
        <translation>renewal-notices-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="427"/>
        <source>Save %n renewal notice(s) as one PDF</source>
        <translation>
            <numerusform>Save %n renewal notice as one PDF</numerusform>
            <numerusform>Save %n renewal notices as one PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerFilePage.cpp" line="428"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerFilePage.cpp" line="444"/>
        <source>%n renewal notice(s) saved to %1.</source>
        <translation>
            <numerusform>%n renewal notice saved to %1.</numerusform>
            <numerusform>%n renewal notices saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerTimelineModel</name>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="228"/>
        <source>valid %1 – %2</source>
        <translation>valid %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="230"/>
        <source>monthly cap ¥%1</source>
        <translation>monthly cap ¥%1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="235"/>
        <source>rules %1</source>
        <translation>rules %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="239"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="241"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="245"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="246"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="272"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="274"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionModels.cpp" line="276"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgerTimelineView</name>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="168"/>
        <source>Ledger timeline</source>
        <translation>Ledger timeline</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="161"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="259"/>
        <source>You may not read any ledger.</source>
        <translation>You may not read any ledger.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="169"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="170"/>
        <source>&amp;Ledger:</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="171"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="172"/>
        <source>Record a &amp;return claim…</source>
        <translation>Record a &amp;return claim…</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="174"/>
        <source>Record in this ledger that benefits paid are claimed back (返還請求)</source>
        <translation>Record in this ledger that benefits paid are claimed back (返還請求)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="175"/>
        <source>Recipient No.</source>
        <translation>Recipient No.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="175"/>
        <source>Certificate No.</source>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="176"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="177"/>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="177"/>
        <source>Outstanding return claims</source>
        <translation>Outstanding return claims</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="188"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="296"/>
        <source>No decision in this ledger yet.</source>
        <translation>No decision in this ledger yet.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="190"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="273"/>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="315"/>
        <source>Search for a person and choose one.</source>
        <translation>Search for a person and choose one.</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="322"/>
        <source>(not issued)</source>
        <translation>(not issued)</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="367"/>
        <source>The person chosen</source>
        <translation>The person chosen</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="303"/>
        <source>No entries in this ledger.</source>
        <translation>No entries in this ledger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/LedgerTimelineView.cpp" line="304"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LedgersPage</name>
    <message>
        <location filename="../ui/decision/LedgersPage.cpp" line="34"/>
        <source>Ledger file</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../ui/decision/LedgersPage.cpp" line="35"/>
        <source>Person&apos;s timeline</source>
        <translation>Person&apos;s timeline</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LockScreen</name>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="90"/>
        <source>Madoguchi is locked</source>
        <translation>Madoguchi is locked</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="94"/>
        <source>Signed in as %1. Type your password to continue.</source>
        <translation>Signed in as %1. Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="95"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="96"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="97"/>
        <source>Sign &amp;out instead</source>
        <translation>Sign &amp;out instead</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="55"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="56"/>
        <source>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</source>
        <translation>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="59"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="60"/>
        <source>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</source>
        <translation>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="64"/>
        <source>Review and decisions</source>
        <translation>Review and decisions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="65"/>
        <source>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</source>
        <translation>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="69"/>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</source>
        <translation>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="73"/>
        <source>Certificate printing</source>
        <translation>Certificate printing</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="74"/>
        <source>Print recipient certificates and decision notices.</source>
        <translation>Print recipient certificates and decision notices.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="76"/>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="77"/>
        <source>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</source>
        <translation>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="81"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <source>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</source>
        <translation>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="85"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</source>
        <translation>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="187"/>
        <source>Review and drafting</source>
        <translation>Review and drafting</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="191"/>
        <source>Approval queue</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>Your roles give you no work areas on this computer yet.</source>
        <translation>Your roles give you no work areas on this computer yet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="345"/>
        <source>Madoguchi — Disability Support Counter</source>
        <translation>Madoguchi — Disability Support Counter</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="354"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="355"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="360"/>
        <source>Hide the screen until your password is typed again (%1)</source>
        <translation>Hide the screen until your password is typed again (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="362"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="363"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="365"/>
        <source>&amp;About Madoguchi</source>
        <translation>&amp;About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="366"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Verify a certificate…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="367"/>
        <source>Verify certificate</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="369"/>
        <source>Check a certificate&apos;s QR code: genuine, expired, void or altered (%1)</source>
        <translation>Check a certificate&apos;s QR code: genuine, expired, void or altered (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="386"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="387"/>
        <source>Signed in: %1 · %2</source>
        <translation>Signed in: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="390"/>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="393"/>
        <source>Encrypted · schema %1 · %2</source>
        <translation>Encrypted · schema %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="514"/>
        <source>About Madoguchi</source>
        <translation>About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="515"/>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MyNumberRecordDialog</name>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="53"/>
        <source>Record the My Number</source>
        <translation>Record the My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="55"/>
        <source>The applicant provided the My Number</source>
        <translation>The applicant provided the My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="57"/>
        <source>The applicant did not provide it</source>
        <translation>The applicant did not provide it</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="67"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="68"/>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="102"/>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="76"/>
        <source>With a photo (one is enough)</source>
        <translation>With a photo (one is enough)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="77"/>
        <source>Without a photo (two are needed)</source>
        <translation>Without a photo (two are needed)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="103"/>
        <source>Number confirmed with (番号確認)</source>
        <translation>Number confirmed with (番号確認)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="106"/>
        <source>Identity confirmed with (身元確認)</source>
        <translation>Identity confirmed with (身元確認)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="115"/>
        <source>(choose the reason)</source>
        <translation>(choose the reason)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="119"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="122"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRecordDialog.cpp" line="243"/>
        <source>Choose why the applicant did not provide the number.</source>
        <translation>Choose why the applicant did not provide the number.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MyNumberRevealDialog</name>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="29"/>
        <source>Show the My Number</source>
        <translation>Show the My Number</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="40"/>
        <source>The My Number is shown only for a stated purpose, and the showing is recorded in the audit log. It is masked again after %n second(s).</source>
        <translation>
            <numerusform>The My Number is shown only for a stated purpose, and the showing is recorded in the audit log. It is masked again after %n second.</numerusform>
            <numerusform>The My Number is shown only for a stated purpose, and the showing is recorded in the audit log. It is masked again after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="47"/>
        <source>(choose the purpose)</source>
        <translation>(choose the purpose)</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="75"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="77"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="83"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="84"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="88"/>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="139"/>
        <source>Choose why you need to see the My Number.</source>
        <translation>Choose why you need to see the My Number.</translation>
    </message>
    <message>
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="146"/>
        <source>You may not see My Numbers.</source>
        <translation>You may not see My Numbers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/MyNumberRevealDialog.cpp" line="204"/>
        <source>Masked again in %n second(s).</source>
        <translation>
            <numerusform>Masked again in %n second.</numerusform>
            <numerusform>Masked again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonDetailView</name>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="64"/>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="81"/>
        <source>← Search</source>
        <translation>← Search</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="84"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="86"/>
        <source>Open this person&apos;s benefit ledger timeline</source>
        <translation>Open this person&apos;s benefit ledger timeline</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="120"/>
        <source>Show…</source>
        <translation>Show…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="122"/>
        <source>Show the My Number unmasked for a stated purpose (audited)</source>
        <translation>Show the My Number unmasked for a stated purpose (audited)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="125"/>
        <source>Record…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="128"/>
        <source>Record the My Number with its checks, or that the applicant did not provide it</source>
        <translation>Record the My Number with its checks, or that the applicant did not provide it</translation>
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
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="154"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="155"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="157"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="190"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="159"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="166"/>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="174"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="236"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Handbook</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="177"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="179"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="181"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="182"/>
        <source>Relationship to the head</source>
        <translation>Relationship to the head</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="185"/>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="186"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="187"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="188"/>
        <source>Handbooks</source>
        <translation>Handbooks</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="189"/>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="225"/>
        <location filename="../ui/registry/PersonDetailView.cpp" line="232"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="234"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="239"/>
        <source>Relationship to the head: %1</source>
        <translation>Relationship to the head: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="241"/>
        <source>This record was merged into another one.</source>
        <translation>This record was merged into another one.</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="269"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="280"/>
        <source>Not provided: %1</source>
        <translation>Not provided: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="289"/>
        <source>%1 (confirmed with %2)</source>
        <translation>%1 (confirmed with %2)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="310"/>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="349"/>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="358"/>
        <source>Staff %1</source>
        <translation>Staff %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonDetailView.cpp" line="366"/>
        <source>Change history (%1)</source>
        <translation>Change history (%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonRegistrationDialog</name>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="45"/>
        <source>Register a person</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="51"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="52"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="53"/>
        <source>Family name in kana</source>
        <translation>Family name in kana</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="54"/>
        <source>Given name in kana</source>
        <translation>Given name in kana</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="59"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="63"/>
        <source>e.g. 123-4567</source>
        <translation>e.g. 123-4567</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="66"/>
        <source>e.g. 03-1234-5678</source>
        <translation>e.g. 03-1234-5678</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="75"/>
        <source>Name (kanji)</source>
        <translation>Name (kanji)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="76"/>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="77"/>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="78"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="79"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="80"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="81"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="83"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="89"/>
        <source>These registered persons may be the same person. Open the existing record if one of them is the applicant; register anyway only if you checked that none of them is.</source>
        <translation>These registered persons may be the same person. Open the existing record if one of them is the applicant; register anyway only if you checked that none of them is.</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="94"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="101"/>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="103"/>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="122"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="204"/>
        <source>Select one of the listed records first.</source>
        <translation>Select one of the listed records first.</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="216"/>
        <source>The date of birth is not a date that exists: %1</source>
        <translation>The date of birth is not a date that exists: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="245"/>
        <source>Same My Number</source>
        <translation>Same My Number</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonRegistrationDialog.cpp" line="246"/>
        <source>Same kana and date of birth</source>
        <translation>Same kana and date of birth</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="67"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="69"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchModel.cpp" line="71"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PersonSearchPage</name>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="33"/>
        <source>Find a person (宛名検索)</source>
        <translation>Find a person (宛名検索)</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="43"/>
        <source>Kana, name, 宛名番号, date of birth (e.g. S25.4.1) or phone</source>
        <translation>Kana, name, 宛名番号, date of birth (e.g. S25.4.1) or phone</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="44"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="47"/>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="53"/>
        <source>Possible duplicates…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="56"/>
        <source>Records that may be the same person, registered on two computers</source>
        <translation>Records that may be the same person, registered on two computers</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="131"/>
        <source>Type a name in kana or kanji, a 宛名番号, a date of birth or a phone number.</source>
        <translation>Type a name in kana or kanji, a 宛名番号, a date of birth or a phone number.</translation>
    </message>
    <message>
        <location filename="../ui/registry/PersonSearchPage.cpp" line="134"/>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/PersonSearchPage.cpp" line="136"/>
        <source>The first %n person(s) are shown: type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n person are shown: type more to narrow the search.</numerusform>
            <numerusform>The first %n persons are shown: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/PersonSearchPage.cpp" line="139"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n persons found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/shell/PlaceholderPage.cpp" line="42"/>
        <source>This part of Madoguchi is being built and will appear here.</source>
        <translation>This part of Madoguchi is being built and will appear here.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="36"/>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="67"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="41"/>
        <source>Write down the recovery code now</source>
        <translation>Write down the recovery code now</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="48"/>
        <source>The database has been created. Below is its recovery code. It is shown only this once.

If every administrator forgets their password, this code is the only way to open the database again. Without it, the records in the database cannot be recovered by anyone.

Write the code down on paper or print it, and keep it locked away, for example in the division&apos;s safe. Do not save it on this computer, send it by e-mail, or show it to anyone who does not need it.</source>
        <translation>The database has been created. Below is its recovery code. It is shown only this once.

If every administrator forgets their password, this code is the only way to open the database again. Without it, the records in the database cannot be recovered by anyone.

Write the code down on paper or print it, and keep it locked away, for example in the division&apos;s safe. Do not save it on this computer, send it by e-mail, or show it to anyone who does not need it.</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="77"/>
        <source>I have &amp;written down the recovery code</source>
        <translation>I have &amp;written down the recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="81"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="114"/>
        <source>Madoguchi recovery code</source>
        <translation>Madoguchi recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="116"/>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="149"/>
        <source>Madoguchi — database recovery code</source>
        <translation>Madoguchi — database recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="150"/>
        <source>Keep this sheet locked away. Anyone who has this code and a copy of the database can open it.</source>
        <translation>Keep this sheet locked away. Anyone who has this code and a copy of the database can open it.</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="155"/>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="157"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/RecoveryCodeDialog.cpp" line="158"/>
        <source>Spaces and hyphens in the code do not matter when it is typed in.</source>
        <translation>Spaces and hyphens in the code do not matter when it is typed in.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReissueDialog</name>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="24"/>
        <source>Reissue a certificate</source>
        <translation>Reissue a certificate</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="30"/>
        <source>%1
%2, recipient no. %3, %4
Valid %5</source>
        <translation>%1
%2, recipient no. %3, %4
Valid %5</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="39"/>
        <source>The certificate in the person&apos;s hands becomes void. The new one gets the next issue number and is marked as a reissue.</source>
        <translation>The certificate in the person&apos;s hands becomes void. The new one gets the next issue number and is marked as a reissue.</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Damaged or soiled</source>
        <translation>Damaged or soiled</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="47"/>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="49"/>
        <source>Choose or type why, e.g. lost</source>
        <translation>Choose or type why, e.g. lost</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="55"/>
        <source>&amp;Reissue</source>
        <translation>&amp;Reissue</translation>
    </message>
    <message>
        <location filename="../ui/certificate/ReissueDialog.cpp" line="61"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="222"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="225"/>
        <source>Set a new password for %1 (%2). Tell it to them in person; they can change it later. Their second factor stays as it is.</source>
        <translation>Set a new password for %1 (%2). Tell it to them in person; they can change it later. Their second factor stays as it is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="234"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="237"/>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="238"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="243"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReturnClaimDialog</name>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="29"/>
        <source>Record a return claim</source>
        <translation>Record a return claim</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="35"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="39"/>
        <source>in yen, e.g. 12000</source>
        <translation>in yen, e.g. 12000</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="45"/>
        <source>Why the benefit is claimed back, e.g. paid for months after moving out</source>
        <translation>Why the benefit is claimed back, e.g. paid for months after moving out</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="51"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="57"/>
        <source>&amp;Amount (yen):</source>
        <translation>&amp;Amount (yen):</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="58"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../ui/decision/ReturnClaimDialog.cpp" line="119"/>
        <source>Amount: enter the amount in yen as digits, for example 12000.</source>
        <translation>Amount: enter the amount in yen as digits, for example 12000.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SetupDialog</name>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="40"/>
        <source>Set up Madoguchi</source>
        <translation>Set up Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="43"/>
        <source>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</source>
        <translation>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="60"/>
        <source>e.g. yamada.hanako</source>
        <translation>e.g. yamada.hanako</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="68"/>
        <source>e.g. 山田 花子</source>
        <translation>e.g. 山田 花子</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/SetupDialog.cpp" line="74"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="81"/>
        <source>Database &amp;location:</source>
        <translation>Database &amp;location:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="84"/>
        <source>Administrator lo&amp;gin name:</source>
        <translation>Administrator lo&amp;gin name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="85"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="86"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="87"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="96"/>
        <source>Creating the encrypted database. This takes a few seconds…</source>
        <translation>Creating the encrypted database. This takes a few seconds…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="105"/>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="174"/>
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="174"/>
        <source>Madoguchi database (*.db)</source>
        <translation>Madoguchi database (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="184"/>
        <source>Choose where the database is to be kept.</source>
        <translation>Choose where the database is to be kept.</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="186"/>
        <source>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</source>
        <translation>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SignInDialog</name>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="29"/>
        <source>Sign in to Madoguchi</source>
        <translation>Sign in to Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="65"/>
        <source>The 6-digit code shown in your authenticator app:</source>
        <translation>The 6-digit code shown in your authenticator app:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="100"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="197"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="198"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="203"/>
        <source>Second step: code from your app</source>
        <translation>Second step: code from your app</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="208"/>
        <source>Second step: set up your authenticator app</source>
        <translation>Second step: set up your authenticator app</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="209"/>
        <source>&amp;Check code and sign in</source>
        <translation>&amp;Check code and sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="281"/>
        <source>This is your first sign-in on this computer: the central server checks your password and code (the network is needed this once). Type the code your authenticator app shows for Madoguchi.</source>
        <translation>This is your first sign-in on this computer: the central server checks your password and code (the network is needed this once). Type the code your authenticator app shows for Madoguchi.</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="326"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="329"/>
        <source>Password accepted for %1. Open the authenticator app on your phone and type the code it shows for Madoguchi.</source>
        <translation>Password accepted for %1. Open the authenticator app on your phone and type the code it shows for Madoguchi.</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="40"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="54"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="55"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="204"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffAccountDialog</name>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="48"/>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="48"/>
        <source>Edit staff account</source>
        <translation>Edit staff account</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="52"/>
        <source>e.g. suzuki.taro</source>
        <translation>e.g. suzuki.taro</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="59"/>
        <source>e.g. 鈴木 太郎</source>
        <translation>e.g. 鈴木 太郎</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="62"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="63"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="65"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="75"/>
        <source>Task scopes (ledgers this person works on)</source>
        <translation>Task scopes (ledgers this person works on)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="93"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="95"/>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="96"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="104"/>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="104"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffAccountDialog.cpp" line="183"/>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffPage</name>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="97"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="99"/>
        <source>Who may sign in on this computer, with which roles and for which ledgers. Every change is recorded in the audit log.</source>
        <translation>Who may sign in on this computer, with which roles and for which ledgers. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="101"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="102"/>
        <source>&amp;Edit roles and scopes…</source>
        <translation>&amp;Edit roles and scopes…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="103"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="104"/>
        <source>Reset second &amp;factor</source>
        <translation>Reset second &amp;factor</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="105"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="106"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="211"/>
        <source>The account %1 was created.</source>
        <translation>The account %1 was created.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="227"/>
        <source>The account %1 was created. The person sets up the authenticator app at their first sign-in.</source>
        <translation>The account %1 was created. The person sets up the authenticator app at their first sign-in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="257"/>
        <source>The account %1 was changed.</source>
        <translation>The account %1 was changed.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="280"/>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="292"/>
        <location filename="../ui/admin/StaffPage.cpp" line="299"/>
        <source>Reset second factor</source>
        <translation>Reset second factor</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="293"/>
        <source>Reset the second factor of %1 (%2)? Their authenticator app stops working for Madoguchi; at their next sign-in they set it up again with a new QR code.</source>
        <translation>Reset the second factor of %1 (%2)? Their authenticator app stops working for Madoguchi; at their next sign-in they set it up again with a new QR code.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="308"/>
        <source>The second factor of %1 was reset. They set it up again at their next sign-in.</source>
        <translation>The second factor of %1 was reset. They set it up again at their next sign-in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="322"/>
        <source>The account %1 was unlocked.</source>
        <translation>The account %1 was unlocked.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="332"/>
        <location filename="../ui/admin/StaffPage.cpp" line="340"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="333"/>
        <source>Disable the account of %1 (%2)?</source>
        <translation>Disable the account of %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="338"/>
        <source>Their key is removed: they can no longer open the database on this computer, not even offline. This cannot be undone; if they return, create a new account.</source>
        <translation>Their key is removed: they can no longer open the database on this computer, not even offline. This cannot be undone; if they return, create a new account.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="348"/>
        <source>The account %1 was disabled.</source>
        <translation>The account %1 was disabled.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StaffTableModel</name>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="58"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="65"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="65"/>
        <source>No (set up at next sign-in)</source>
        <translation>No (set up at next sign-in)</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="87"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="89"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="91"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="93"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="95"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="97"/>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffTableModel.cpp" line="99"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="32"/>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="39"/>
        <source>Changes made on this computer that were not applied, because another device changed the same record first. Open each one and decide which version is right.</source>
        <translation>Changes made on this computer that were not applied, because another device changed the same record first. Open each one and decide which version is right.</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="53"/>
        <source>Differing fields</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="66"/>
        <source>Open the conflict…</source>
        <translation>Open the conflict…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="73"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="83"/>
        <source>Write a sync file…</source>
        <translation>Write a sync file…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="85"/>
        <source>Without a network: write the changes of this computer to a file (for example on a USB stick) to be read at the office.</source>
        <translation>Without a network: write the changes of this computer to a file (for example on a USB stick) to be read at the office.</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="88"/>
        <source>Read a reply file…</source>
        <translation>Read a reply file…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="90"/>
        <source>Read the reply that the office wrote for this computer&apos;s sync file.</source>
        <translation>Read the reply that the office wrote for this computer&apos;s sync file.</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="93"/>
        <source>Without a network:</source>
        <translation>Without a network:</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="108"/>
        <source>Write a sync file</source>
        <translation>Write a sync file</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="110"/>
        <source>Sync files (*.mdgsync)</source>
        <translation>Sync files (*.mdgsync)</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="118"/>
        <source>Read a reply file</source>
        <translation>Read a reply file</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="119"/>
        <source>Reply files (*.mdgreply);;All files (*)</source>
        <translation>Reply files (*.mdgreply);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="165"/>
        <source>The sync file was not written: %1</source>
        <translation>The sync file was not written: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPage.cpp" line="168"/>
        <source>Wrote sync file %1 with %n change(s). Take it to the office; the changes count as sent once the office&apos;s reply has been read here.</source>
        <translation>
            <numerusform>Wrote sync file %1 with %n change. Take it to the office; the changes count as sent once the office&apos;s reply has been read here.</numerusform>
            <numerusform>Wrote sync file %1 with %n changes. Take it to the office; the changes count as sent once the office&apos;s reply has been read here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="183"/>
        <source>The reply file was not read: %1</source>
        <translation>The reply file was not read: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="186"/>
        <source>Read the office&apos;s reply: %1 change(s) confirmed as sent, %2 received, %3 conflict(s) to resolve.</source>
        <translation>Read the office&apos;s reply: %1 change(s) confirmed as sent, %2 received, %3 conflict(s) to resolve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPage.cpp" line="207"/>
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n conflict waiting for a decision.</numerusform>
            <numerusform>%n conflicts waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="217"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="218"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="219"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="222"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="92"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="112"/>
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Receiving: %n change</numerusform>
            <numerusform>Receiving: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="94"/>
        <source>Receiving…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="98"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="102"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="149"/>
        <source>Waiting to send: %n change(s)</source>
        <translation>
            <numerusform>Waiting to send: %n change</numerusform>
            <numerusform>Waiting to send: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="115"/>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="128"/>
        <source>● Syncing: %n change(s) received</source>
        <translation>
            <numerusform>● Syncing: %n change received</numerusform>
            <numerusform>● Syncing: %n changes received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="123"/>
        <source>Sync: starting</source>
        <translation>Sync: starting</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="125"/>
        <source>Sync: this computer is not enrolled</source>
        <translation>Sync: this computer is not enrolled</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="131"/>
        <source>● Syncing</source>
        <translation>● Syncing</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="133"/>
        <source>○ Not connected yet</source>
        <translation>○ Not connected yet</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="135"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="137"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="147"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="148"/>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="152"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="156"/>
        <source>Show the conflicts that need a person&apos;s decision</source>
        <translation>Show the conflicts that need a person&apos;s decision</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="164"/>
        <source>⚠ %n warning(s) from the last sync</source>
        <translation>
            <numerusform>⚠ %n warning from the last sync</numerusform>
            <numerusform>⚠ %n warnings from the last sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="172"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="176"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusWidget.cpp" line="178"/>
        <source>Send this computer&apos;s changes and receive the changes made elsewhere now</source>
        <translation>Send this computer&apos;s changes and receive the changes made elsewhere now</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::TotpEnrolmentDialog</name>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="21"/>
        <source>Set up the second factor</source>
        <translation>Set up the second factor</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="44"/>
        <source>Set up your authenticator app</source>
        <translation>Set up your authenticator app</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="46"/>
        <source>Signing in to Madoguchi takes your password and a 6-digit code from an authenticator app on your phone. %1, set up the app now: nothing is saved until the app&apos;s code has been checked.</source>
        <translation>Signing in to Madoguchi takes your password and a 6-digit code from an authenticator app on your phone. %1, set up the app now: nothing is saved until the app&apos;s code has been checked.</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="51"/>
        <source>&amp;Check code and sign in</source>
        <translation>&amp;Check code and sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="62"/>
        <source>Have %1 scan this code now</source>
        <translation>Have %1 scan this code now</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="64"/>
        <source>The account was created. This code is shown only this once. If the person is not here to scan it, choose &quot;Set up at first sign-in&quot;: Madoguchi will then show them a new code when they first sign in.</source>
        <translation>The account was created. This code is shown only this once. If the person is not here to scan it, choose &quot;Set up at first sign-in&quot;: Madoguchi will then show them a new code when they first sign in.</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="68"/>
        <source>&amp;Scanned</source>
        <translation>&amp;Scanned</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentDialog.cpp" line="72"/>
        <source>Set up at &amp;first sign-in</source>
        <translation>Set up at &amp;first sign-in</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::TotpEnrolmentWidget</name>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="27"/>
        <source>1. Install an authenticator app on your work phone (for example Google Authenticator or Microsoft Authenticator).
2. In the app, add an account and scan this QR code with the camera.
3. If the camera cannot read it, choose to enter a setup key and type the key shown below.</source>
        <translation>1. Install an authenticator app on your work phone (for example Google Authenticator or Microsoft Authenticator).
2. In the app, add an account and scan this QR code with the camera.
3. If the camera cannot read it, choose to enter a setup key and type the key shown below.</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="34"/>
        <source>4. Type the 6-digit code the app then shows, to check that it works.</source>
        <translation>4. Type the 6-digit code the app then shows, to check that it works.</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="35"/>
        <source>4. From now on, sign in with your password and the 6-digit code the app shows.</source>
        <translation>4. From now on, sign in with your password and the 6-digit code the app shows.</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="74"/>
        <source>Setup key (type it in if the camera cannot read the code; time-based, 6 digits):</source>
        <translation>Setup key (type it in if the camera cannot read the code; time-based, 6 digits):</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="88"/>
        <source>The 6-digit code shown in your authenticator app:</source>
        <translation>The 6-digit code shown in your authenticator app:</translation>
    </message>
    <message>
        <location filename="../ui/access/TotpEnrolmentWidget.cpp" line="131"/>
        <source>Account in the app: Madoguchi (%1)</source>
        <translation>Account in the app: Madoguchi (%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::WarekiDateEdit</name>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="22"/>
        <source>Era</source>
        <translation>Era</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="23"/>
        <source>The era of a date typed without one, such as 7.7.18</source>
        <translation>The era of a date typed without one, such as 7.7.18</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="31"/>
        <source>e.g. R7.7.18 or 2025-07-18</source>
        <translation>e.g. R7.7.18 or 2025-07-18</translation>
    </message>
    <message>
        <location filename="../ui/inputs/WarekiDateEdit.cpp" line="32"/>
        <source>Type a date as R7.7.18, 令和7年7月18日, 7.7.18 with the era chosen on the left, 2025-07-18 or 20250718.</source>
        <translation>Type a date as R7.7.18, 令和7年7月18日, 7.7.18 with the era chosen on the left, 2025-07-18 or 20250718.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::WindowFlow</name>
    <message>
        <location filename="../ui/shell/WindowFlow.cpp" line="81"/>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Counter client for disability support benefits</source>
        <translation>Counter client for disability support benefits</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>User interface language: ja or en.</source>
        <translation>User interface language: ja or en.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>Save a PNG of the active window to file once the first window is shown.</source>
        <translation>Save a PNG of the active window to file once the first window is shown.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Quit once the screenshot is saved.</source>
        <translation>Quit once the screenshot is saved.</translation>
    </message>
</context>
</TS>
