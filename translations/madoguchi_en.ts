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
        <location filename="../core/security/Authorizer.cpp" line="26"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="28"/>
        <source>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</source>
        <translation>You do not have permission for this. Your role or business scope does not include it; ask an administrator if your duties need it.</translation>
    </message>
    <message>
        <location filename="../core/security/Authorizer.cpp" line="45"/>
        <source>You drafted this yourself. Another approver must approve it.</source>
        <translation>You drafted this yourself. Another approver must approve it.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="86"/>
        <source>Give the account with --user LOGIN or MADOGUCHI_USER.</source>
        <translation>Give the account with --user LOGIN or MADOGUCHI_USER.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="59"/>
        <source>audit export needs %1 YYYY-MM-DD.</source>
        <translation>audit export needs %1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="63"/>
        <source>%1 takes a date as YYYY-MM-DD, not %2.</source>
        <translation>%1 takes a date as YYYY-MM-DD, not %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="176"/>
        <source>Usage: check mynumber N (one number; quote it if it has spaces).</source>
        <translation>Usage: check mynumber N (one number; quote it if it has spaces).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="179"/>
        <source>No command given. See madoguchi-cli --help.</source>
        <translation>No command given. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="181"/>
        <source>Unknown command: %1. See madoguchi-cli --help.</source>
        <translation>Unknown command: %1. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="188"/>
        <source>init needs --admin LOGIN, the first administrator&apos;s login.</source>
        <translation>init needs --admin LOGIN, the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="235"/>
        <source>Created the encrypted database %1 with the administrator %2.</source>
        <translation>Created the encrypted database %1 with the administrator %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="238"/>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>Recovery code (shown only this once; write it down and lock it away):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="240"/>
        <source>Second factor of %1 (shown only this once; add it to the authenticator app now, then keep no copy):</source>
        <translation>Second factor of %1 (shown only this once; add it to the authenticator app now, then keep no copy):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="270"/>
        <source>Cipher: SQLCipher %1, page size %2</source>
        <translation>Cipher: SQLCipher %1, page size %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="274"/>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="276"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="277"/>
        <source>The database is intact.</source>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="277"/>
        <source>The database has problems.</source>
        <translation>The database has problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="308"/>
        <source>The database has a new key; %n key slot(s) were rewrapped.</source>
        <translation>
            <numerusform>The database has a new key; %n key slot was rewrapped.</numerusform>
            <numerusform>The database has a new key; %n key slots were rewrapped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="323"/>
        <source>user add needs at least one --role (%1).</source>
        <translation>user add needs at least one --role (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="329"/>
        <source>Unknown role: %1. Roles are: %2.</source>
        <translation>Unknown role: %1. Roles are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="339"/>
        <source>Unknown scope: %1. Scopes are: %2.</source>
        <translation>Unknown scope: %1. Scopes are: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="345"/>
        <source>The role %1 works within business scopes: give at least one --scope (%2).</source>
        <translation>The role %1 works within business scopes: give at least one --scope (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="364"/>
        <source>Created the account %1.</source>
        <translation>Created the account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="365"/>
        <source>Second factor of %1 (shown only this once; give it to that person to add to their authenticator app, then keep no copy):</source>
        <translation>Second factor of %1 (shown only this once; give it to that person to add to their authenticator app, then keep no copy):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="404"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="408"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="408"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="426"/>
        <source>Disabled the account %1: its key slot is removed, so it can no longer open this database.</source>
        <translation>Disabled the account %1: its key slot is removed, so it can no longer open this database.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="443"/>
        <source>Unlocked the account %1.</source>
        <translation>Unlocked the account %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="471"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>The audit log has been tampered with: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="473"/>
        <source>The audit log could not be checked: %1</source>
        <translation>The audit log could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="475"/>
        <source>The audit log is intact: %n record(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n record, %1 signed checkpoint.</numerusform>
            <numerusform>The audit log is intact: %n records, %1 signed checkpoints.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="487"/>
        <source>audit export needs --csv FILE.</source>
        <translation>audit export needs --csv FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="497"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="516"/>
        <location filename="../app/cli/CliCommands.cpp" line="525"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="534"/>
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
        <location filename="../core/store/Database.cpp" line="493"/>
        <location filename="../core/store/Database.cpp" line="505"/>
        <location filename="../core/store/Database.cpp" line="516"/>
        <location filename="../core/store/Database.cpp" line="531"/>
        <location filename="../core/store/Database.cpp" line="547"/>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="561"/>
        <source>Secure memory is not available.</source>
        <translation>Secure memory is not available.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="594"/>
        <source>The re-encrypted copy could not be started.</source>
        <translation>The re-encrypted copy could not be started.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="612"/>
        <location filename="../core/store/Database.cpp" line="618"/>
        <source>The re-encrypted copy could not be written: %1</source>
        <translation>The re-encrypted copy could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="643"/>
        <source>Close the other connections to the database before changing its key.</source>
        <translation>Close the other connections to the database before changing its key.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="650"/>
        <source>The re-encrypted database could not replace the old one.</source>
        <translation>The re-encrypted database could not replace the old one.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="666"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="671"/>
        <source>The database is not encrypted by SQLCipher.</source>
        <translation>The database is not encrypted by SQLCipher.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="678"/>
        <source>The schema version is %1; %2 was expected.</source>
        <translation>The schema version is %1; %2 was expected.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="687"/>
        <source>Encrypted page check: %1</source>
        <translation>Encrypted page check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="693"/>
        <source>The integrity check could not run: %1</source>
        <translation>The integrity check could not run: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="699"/>
        <source>Integrity check: %1</source>
        <translation>Integrity check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="706"/>
        <source>Some rows refer to rows that do not exist (table %1).</source>
        <translation>Some rows refer to rows that do not exist (table %1).</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="713"/>
        <source>The key file has no recovery slot.</source>
        <translation>The key file has no recovery slot.</translation>
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
    <name>DeviceIdentity</name>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="90"/>
        <source>The device identity could not be read: %1</source>
        <translation>The device identity could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="101"/>
        <source>The device identity stored in the database is damaged.</source>
        <translation>The device identity stored in the database is damaged.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="108"/>
        <source>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</source>
        <translation>The device signing key cannot be opened with this database&apos;s key: it has been altered or belongs to another database.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="120"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="185"/>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="123"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="188"/>
        <source>The key that protects the device signing key must be 32 bytes.</source>
        <translation>The key that protects the device signing key must be 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="144"/>
        <source>A device signing key could not be made.</source>
        <translation>A device signing key could not be made.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="147"/>
        <location filename="../core/audit/DeviceIdentity.cpp" line="200"/>
        <source>The device signing key could not be encrypted.</source>
        <translation>The device signing key could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="161"/>
        <source>The device identity could not be stored: %1</source>
        <translation>The device identity could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="174"/>
        <source>This database has no device identity yet.</source>
        <translation>This database has no device identity yet.</translation>
    </message>
    <message>
        <location filename="../core/audit/DeviceIdentity.cpp" line="205"/>
        <source>The device signing key could not be stored: %1</source>
        <translation>The device signing key could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>EraTable</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="104"/>
        <source>Era table, line %1: %2</source>
        <translation>Era table, line %1: %2</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="110"/>
        <source>expected 4 tab-separated columns, found %1</source>
        <translation>expected 4 tab-separated columns, found %1</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="114"/>
        <source>the header row (code, name, first_day, accepted_from) is missing</source>
        <translation>the header row (code, name, first_day, accepted_from) is missing</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="120"/>
        <source>the code &apos;%1&apos; is not one capital Latin letter</source>
        <translation>the code &apos;%1&apos; is not one capital Latin letter</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="123"/>
        <source>the code %1 is listed twice</source>
        <translation>the code %1 is listed twice</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="126"/>
        <source>the era name is empty</source>
        <translation>the era name is empty</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="129"/>
        <source>the era name &apos;%1&apos; must be written in kanji</source>
        <translation>the era name &apos;%1&apos; must be written in kanji</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="131"/>
        <source>the era name %1 is listed twice</source>
        <translation>the era name %1 is listed twice</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="134"/>
        <source>the first day &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>the first day &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="140"/>
        <source>accepted_from &apos;%1&apos; is neither &apos;-&apos; nor a date (YYYY-MM-DD)</source>
        <translation>accepted_from &apos;%1&apos; is neither &apos;-&apos; nor a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="143"/>
        <source>accepted_from is before the era&apos;s first day</source>
        <translation>accepted_from is before the era&apos;s first day</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="148"/>
        <source>%1 does not begin after %2: eras must be listed oldest first</source>
        <translation>%1 does not begin after %2: eras must be listed oldest first</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="152"/>
        <source>%1 begins before %2 accepts its first date</source>
        <translation>%1 begins before %2 accepts its first date</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="160"/>
        <source>The era table lists no era.</source>
        <translation>The era table lists no era.</translation>
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
            <numerusform>%n entry of the form need attention.</numerusform>
            <numerusform>%n entrys of the form need attention.</numerusform>
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
        <location filename="../core/jukinet/JukinetService.cpp" line="353"/>
        <source>The results could not be saved; nothing was changed.</source>
        <translation>The results could not be saved; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="85"/>
        <source>The key file is damaged or is not a Madoguchi key file.</source>
        <translation>The key file is damaged or is not a Madoguchi key file.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="91"/>
        <source>The key file has been altered.</source>
        <translation>The key file has been altered.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="98"/>
        <source>A cryptographic operation failed (the computer may be low on memory).</source>
        <translation>A cryptographic operation failed (the computer may be low on memory).</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="105"/>
        <source>The database key does not belong to this key file.</source>
        <translation>The database key does not belong to this key file.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="110"/>
        <source>There is no account with that login.</source>
        <translation>There is no account with that login.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="115"/>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="121"/>
        <source>The key derivation settings are outside the accepted range.</source>
        <translation>The key derivation settings are outside the accepted range.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="591"/>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="613"/>
        <location filename="../core/security/KeySlotFile.cpp" line="900"/>
        <source>The database key has the wrong size.</source>
        <translation>The database key has the wrong size.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="627"/>
        <source>The key file beside the database is missing.</source>
        <translation>The key file beside the database is missing.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="631"/>
        <source>The key file cannot be read.</source>
        <translation>The key file cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="662"/>
        <source>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</source>
        <translation>The key file was written by a newer version of Madoguchi. Update Madoguchi to open it.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="720"/>
        <source>The key file cannot be written.</source>
        <translation>The key file cannot be written.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="736"/>
        <source>The key file&apos;s permissions cannot be restricted.</source>
        <translation>The key file&apos;s permissions cannot be restricted.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="784"/>
        <source>This key file has no recovery slot.</source>
        <translation>This key file has no recovery slot.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="791"/>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="803"/>
        <source>The login is empty or has spaces around it.</source>
        <translation>The login is empty or has spaces around it.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="805"/>
        <location filename="../core/security/KeySlotFile.cpp" line="828"/>
        <location filename="../core/security/KeySlotFile.cpp" line="851"/>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="807"/>
        <source>That login already has a key slot.</source>
        <translation>That login already has a key slot.</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="912"/>
        <source>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</source>
        <translation>A recovery code has 32 letters and digits (A-Z, 2-7), usually written in groups of four.</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="35"/>
        <source>The ledger could not be read: %1</source>
        <translation>The ledger could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerBook.cpp" line="80"/>
        <source>The ledger entry could not be saved.</source>
        <translation>The ledger entry could not be saved.</translation>
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
        <location filename="../core/mynumber/MyNumberService.cpp" line="73"/>
        <source>Check the number written on an application (申請書の番号確認)</source>
        <translation>Check the number written on an application (申請書の番号確認)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="75"/>
        <source>Inquiry through the information provision network (情報連携)</source>
        <translation>Inquiry through the information provision network (情報連携)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="77"/>
        <source>Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)</source>
        <translation>Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="78"/>
        <source>Correct a number recorded wrongly (誤りの訂正)</source>
        <translation>Correct a number recorded wrongly (誤りの訂正)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="86"/>
        <source>The applicant did not bring the number or a document showing it</source>
        <translation>The applicant did not bring the number or a document showing it</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="87"/>
        <source>The applicant declined to provide the number</source>
        <translation>The applicant declined to provide the number</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="89"/>
        <source>The applicant cannot state the number (e.g. because of the disability)</source>
        <translation>The applicant cannot state the number (e.g. because of the disability)</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="113"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="115"/>
        <source>There is no person with this id.</source>
        <translation>There is no person with this id.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="127"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="211"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="250"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="300"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="337"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="389"/>
        <source>The My Number record could not be read.</source>
        <translation>The My Number record could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="130"/>
        <source>Nothing about a My Number is on record for this person yet.</source>
        <translation>Nothing about a My Number is on record for this person yet.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="171"/>
        <source>Record how the number was confirmed (番号確認): My Number card, notification card or a copy of the residence record.</source>
        <translation>Record how the number was confirmed (番号確認): My Number card, notification card or a copy of the residence record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="202"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="332"/>
        <location filename="../core/mynumber/MyNumberService.cpp" line="399"/>
        <source>The My Number key is not available.</source>
        <translation>The My Number key is not available.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="214"/>
        <source>This My Number is already recorded for another person. Search by the number to find that record; the two may be one person.</source>
        <translation>This My Number is already recorded for another person. Search by the number to find that record; the two may be one person.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="229"/>
        <source>The My Number could not be encrypted.</source>
        <translation>The My Number could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="264"/>
        <source>The My Number could not be saved.</source>
        <translation>The My Number could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="277"/>
        <source>Choose why the applicant did not provide the My Number.</source>
        <translation>Choose why the applicant did not provide the My Number.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="287"/>
        <source>A My Number is already on record for this person; it is not erased by recording that none was provided.</source>
        <translation>A My Number is already on record for this person; it is not erased by recording that none was provided.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="312"/>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="347"/>
        <source>No person has this My Number on record.</source>
        <translation>No person has this My Number on record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="367"/>
        <source>The applicant did not provide a My Number; none is on record.</source>
        <translation>The applicant did not provide a My Number; none is on record.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="380"/>
        <source>State why you need to see the My Number before it is shown.</source>
        <translation>State why you need to see the My Number before it is shown.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="383"/>
        <source>Choose one of the listed purposes for showing the My Number.</source>
        <translation>Choose one of the listed purposes for showing the My Number.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="391"/>
        <source>No My Number is on record for this person.</source>
        <translation>No My Number is on record for this person.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="394"/>
        <source>The stored My Number is damaged.</source>
        <translation>The stored My Number is damaged.</translation>
    </message>
    <message>
        <location filename="../core/mynumber/MyNumberService.cpp" line="410"/>
        <source>The stored My Number could not be decrypted: it is damaged or does not belong to this person.</source>
        <translation>The stored My Number could not be decrypted: it is damaged or does not belong to this person.</translation>
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
        <location filename="../core/intake/NumberBlocks.cpp" line="200"/>
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
        <location filename="../core/security/PermissionMatrix.cpp" line="36"/>
        <source>Permission table, line %1: %2</source>
        <translation>Permission table, line %1: %2</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="39"/>
        <source>expected 4 tab-separated columns, found %1</source>
        <translation>expected 4 tab-separated columns, found %1</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="42"/>
        <source>the header row is missing</source>
        <translation>the header row is missing</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="49"/>
        <source>&apos;%1&apos; is not a permission name</source>
        <translation>&apos;%1&apos; is not a permission name</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="51"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; is listed twice</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="54"/>
        <source>the scoped column must be yes or no</source>
        <translation>the scoped column must be yes or no</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="58"/>
        <source>no role is listed</source>
        <translation>no role is listed</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="62"/>
        <source>&apos;%1&apos; is not a role</source>
        <translation>&apos;%1&apos; is not a role</translation>
    </message>
    <message>
        <location filename="../core/security/PermissionMatrix.cpp" line="71"/>
        <source>The permission table is empty.</source>
        <translation>The permission table is empty.</translation>
    </message>
</context>
<context>
    <name>PersonRegistry</name>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="232"/>
        <source>Enter the family name and the given name.</source>
        <translation>Enter the family name and the given name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="234"/>
        <source>Enter the name in kana (フリガナ), family name and given name.</source>
        <translation>Enter the name in kana (フリガナ), family name and given name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="237"/>
        <source>A name may have at most %1 characters.</source>
        <translation>A name may have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="239"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="713"/>
        <source>The kana of the name may contain only hiragana or katakana.</source>
        <translation>The kana of the name may contain only hiragana or katakana.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="241"/>
        <source>Enter a valid date of birth.</source>
        <translation>Enter a valid date of birth.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="243"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="245"/>
        <source>The date of birth is before the Meiji era.</source>
        <translation>The date of birth is before the Meiji era.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="247"/>
        <source>The sex must be male or female, as on the 住民票.</source>
        <translation>The sex must be male or female, as on the 住民票.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="249"/>
        <source>The phone number is not valid: 10 or 11 digits, with hyphens if you like.</source>
        <translation>The phone number is not valid: 10 or 11 digits, with hyphens if you like.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="255"/>
        <source>A 宛名番号 has exactly %1 digits.</source>
        <translation>A 宛名番号 has exactly %1 digits.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="259"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="581"/>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="262"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="583"/>
        <source>A postal code has 7 digits, e.g. 123-4567.</source>
        <translation>A postal code has 7 digits, e.g. 123-4567.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="264"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="594"/>
        <source>The address cannot begin before the date of birth.</source>
        <translation>The address cannot begin before the date of birth.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="277"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="895"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="913"/>
        <source>The person could not be read.</source>
        <translation>The person could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="279"/>
        <source>There is no person with that id.</source>
        <translation>There is no person with that id.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="294"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="312"/>
        <source>The duplicate check failed.</source>
        <translation>The duplicate check failed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="327"/>
        <source>The next 宛名番号 could not be found.</source>
        <translation>The next 宛名番号 could not be found.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="333"/>
        <source>No 宛名番号 is left to assign.</source>
        <translation>No 宛名番号 is left to assign.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="399"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="426"/>
        <source>The duplicate check could not be recorded.</source>
        <translation>The duplicate check could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="414"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="442"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="497"/>
        <source>The person could not be saved.</source>
        <translation>The person could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="445"/>
        <source>That 宛名番号 already belongs to another person.</source>
        <translation>That 宛名番号 already belongs to another person.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="519"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="592"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="670"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="721"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="837"/>
        <source>This record was merged into another one. Correct that record.</source>
        <translation>This record was merged into another one. Correct that record.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="521"/>
        <source>The 宛名番号 of a person cannot be changed.</source>
        <translation>The 宛名番号 of a person cannot be changed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="524"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="568"/>
        <source>The correction could not be saved.</source>
        <translation>The correction could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="585"/>
        <source>Enter the date from which the new address applies.</source>
        <translation>Enter the date from which the new address applies.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="602"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="631"/>
        <source>The address could not be saved.</source>
        <translation>The address could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="610"/>
        <source>A move must be dated after the current address began.</source>
        <translation>A move must be dated after the current address began.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="646"/>
        <source>A 身体障害者手帳 has a grade from 1 to 6.</source>
        <translation>A 身体障害者手帳 has a grade from 1 to 6.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="650"/>
        <source>A 療育手帳 has the grade A or B.</source>
        <translation>A 療育手帳 has the grade A or B.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="654"/>
        <source>A 精神障害者保健福祉手帳 has a grade from 1 to 3.</source>
        <translation>A 精神障害者保健福祉手帳 has a grade from 1 to 3.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="659"/>
        <source>Enter the handbook number (at most 20 characters).</source>
        <translation>Enter the handbook number (at most 20 characters).</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="661"/>
        <source>Enter the date the handbook was issued.</source>
        <translation>Enter the date the handbook was issued.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="663"/>
        <source>A handbook cannot expire before it was issued.</source>
        <translation>A handbook cannot expire before it was issued.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="690"/>
        <source>The handbook could not be saved.</source>
        <translation>The handbook could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="703"/>
        <source>Enter the date from which the representative acts.</source>
        <translation>Enter the date from which the representative acts.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="705"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="802"/>
        <source>A representative&apos;s term cannot end before it begins.</source>
        <translation>A representative&apos;s term cannot end before it begins.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="710"/>
        <source>Choose the representative from the registry or enter their name.</source>
        <translation>Choose the representative from the registry or enter their name.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="724"/>
        <source>A person cannot be their own representative.</source>
        <translation>A person cannot be their own representative.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="729"/>
        <source>The representative&apos;s record was merged into another one. Choose that record.</source>
        <translation>The representative&apos;s record was merged into another one. Choose that record.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="737"/>
        <source>A parent (親権者) represents only a minor; this person is of age on that date. Record a guardian, curator or assistant instead.</source>
        <translation>A parent (親権者) represents only a minor; this person is of age on that date. Record a guardian, curator or assistant instead.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="745"/>
        <source>For a person of age, a legal representative is a guardian, curator or assistant (成年後見人・保佐人・補助人).</source>
        <translation>For a person of age, a legal representative is a guardian, curator or assistant (成年後見人・保佐人・補助人).</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="781"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="816"/>
        <source>The representative could not be saved.</source>
        <translation>The representative could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="789"/>
        <source>Enter the last day the representative acts.</source>
        <translation>Enter the last day the representative acts.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="830"/>
        <source>Enter the relationship to the head of the household (続柄), e.g. 世帯主, 妻, 子.</source>
        <translation>Enter the relationship to the head of the household (続柄), e.g. 世帯主, 妻, 子.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="846"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="869"/>
        <source>The household could not be saved.</source>
        <translation>The household could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="848"/>
        <source>There is no household with that id.</source>
        <translation>There is no household with that id.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="994"/>
        <source>The view of the person could not be recorded.</source>
        <translation>The view of the person could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1012"/>
        <source>The household could not be read.</source>
        <translation>The household could not be read.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1021"/>
        <source>The view of the household could not be recorded.</source>
        <translation>The view of the household could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1043"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1082"/>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1111"/>
        <source>The search could not be recorded.</source>
        <translation>The search could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1125"/>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1134"/>
        <source>One of the records was already merged into another one.</source>
        <translation>One of the records was already merged into another one.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1147"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1161"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1183"/>
        <location filename="../core/registry/PersonRegistry.cpp" line="1242"/>
        <source>The records could not be merged.</source>
        <translation>The records could not be merged.</translation>
    </message>
    <message>
        <location filename="../core/registry/PersonRegistry.cpp" line="1149"/>
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
    <name>Repository</name>
    <message>
        <location filename="../core/store/Repository.cpp" line="65"/>
        <source>The table or column names are not valid.</source>
        <translation>The table or column names are not valid.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="69"/>
        <source>The field %1 does not belong to %2.</source>
        <translation>The field %1 does not belong to %2.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="93"/>
        <source>The change could not be journaled: %1</source>
        <translation>The change could not be journaled: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="116"/>
        <location filename="../core/store/Repository.cpp" line="144"/>
        <source>The record could not be saved: %1</source>
        <translation>The record could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="120"/>
        <location filename="../core/store/Repository.cpp" line="158"/>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="130"/>
        <source>There is nothing to change.</source>
        <translation>There is nothing to change.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="150"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="172"/>
        <source>The record could not be deleted: %1</source>
        <translation>The record could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="178"/>
        <source>Someone changed this record after you opened it. Reload it and try again.</source>
        <translation>Someone changed this record after you opened it. Reload it and try again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="186"/>
        <source>The record could not be deleted.</source>
        <translation>The record could not be deleted.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="200"/>
        <source>The record could not be read: %1</source>
        <translation>The record could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="202"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
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
        <location filename="../core/security/StaffAccounts.cpp" line="111"/>
        <source>The staff accounts could not be read: %1</source>
        <translation>The staff accounts could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="113"/>
        <source>There is no staff account %1.</source>
        <translation>There is no staff account %1.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="159"/>
        <location filename="../core/security/StaffAccounts.cpp" line="165"/>
        <source>The second-factor secret is damaged.</source>
        <translation>The second-factor secret is damaged.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="182"/>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="203"/>
        <location filename="../core/security/StaffAccounts.cpp" line="265"/>
        <location filename="../core/security/StaffAccounts.cpp" line="388"/>
        <source>The staff accounts could not be read.</source>
        <translation>The staff accounts could not be read.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="205"/>
        <source>The first administrator exists already.</source>
        <translation>The first administrator exists already.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="210"/>
        <source>The first administrator must be the account that opened the database.</source>
        <translation>The first administrator must be the account that opened the database.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="231"/>
        <location filename="../core/security/StaffAccounts.cpp" line="448"/>
        <source>The account could not be saved.</source>
        <translation>The account could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="241"/>
        <location filename="../core/security/StaffAccounts.cpp" line="558"/>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="255"/>
        <source>This account is locked. Ask an administrator to unlock it.</source>
        <translation>This account is locked. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="258"/>
        <source>This account has no second factor yet. Set one up first.</source>
        <translation>This account has no second factor yet. Set one up first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/security/StaffAccounts.cpp" line="281"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: this account is now locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="285"/>
        <source>This code was used already. Wait for the next code.</source>
        <translation>This code was used already. Wait for the next code.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="286"/>
        <source>The code is not correct. Check the time on your phone and type the six digits shown now.</source>
        <translation>The code is not correct. Check the time on your phone and type the six digits shown now.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="320"/>
        <source>This set-up belongs to another account.</source>
        <translation>This set-up belongs to another account.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="329"/>
        <source>Too many failed attempts: this account is now locked.</source>
        <translation>Too many failed attempts: this account is now locked.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="332"/>
        <source>The code does not match. Scan the QR code again and type the six digits the app shows now.</source>
        <translation>The code does not match. Scan the QR code again and type the six digits the app shows now.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="337"/>
        <location filename="../core/security/StaffAccounts.cpp" line="364"/>
        <location filename="../core/security/StaffAccounts.cpp" line="441"/>
        <source>The second-factor secret could not be sealed.</source>
        <translation>The second-factor secret could not be sealed.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="352"/>
        <source>The second factor could not be saved.</source>
        <translation>The second factor could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="410"/>
        <location filename="../core/security/StaffAccounts.cpp" line="466"/>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="412"/>
        <source>Give the account a display name.</source>
        <translation>Give the account a display name.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="415"/>
        <source>There is already an account %1.</source>
        <translation>There is already an account %1.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="474"/>
        <source>This is the last active administrator; the role cannot be taken away.</source>
        <translation>This is the last active administrator; the role cannot be taken away.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="502"/>
        <source>This is the last active administrator and cannot be disabled. Make another administrator first.</source>
        <translation>This is the last active administrator and cannot be disabled. Make another administrator first.</translation>
    </message>
    <message>
        <location filename="../core/security/StaffAccounts.cpp" line="538"/>
        <source>A disabled account cannot be unlocked; create a new one.</source>
        <translation>A disabled account cannot be unlocked; create a new one.</translation>
    </message>
</context>
<context>
    <name>Wareki</name>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="200"/>
        <source>%1 is not accepted: the earliest date is %2 (%3), when Japan adopted the Gregorian calendar.</source>
        <translation>%1 is not accepted: the earliest date is %2 (%3), when Japan adopted the Gregorian calendar.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="212"/>
        <source>%1 does not exist: there is no month %2.</source>
        <translation>%1 does not exist: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="215"/>
        <source>%1 does not exist: month %2 of %3 has %4 days.</source>
        <translation>%1 does not exist: month %2 of %3 has %4 days.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="227"/>
        <source>%1 does not exist: era years begin at 1 (元年).</source>
        <translation>%1 does not exist: era years begin at 1 (元年).</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="233"/>
        <source>%1 does not exist: %2 began on %3.</source>
        <translation>%1 does not exist: %2 began on %3.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="238"/>
        <source>%1 is not accepted: %2 dates are accepted from %3.</source>
        <translation>%1 is not accepted: %2 dates are accepted from %3.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="243"/>
        <source>%1 does not exist: %2 ended on %3 (%4).</source>
        <translation>%1 does not exist: %2 ended on %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="252"/>
        <source>%1 does not exist: there is no year 0.</source>
        <translation>%1 does not exist: there is no year 0.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="280"/>
        <source>The era table is not available.</source>
        <translation>The era table is not available.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="283"/>
        <source>No date was given.</source>
        <translation>No date was given.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="325"/>
        <source>This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or 2025-07-18.</source>
        <translation>This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or 2025-07-18.</translation>
    </message>
    <message>
        <location filename="../core/japanese/Wareki.cpp" line="330"/>
        <source>The era is missing. Type it as, for example, R7.7.18 or 令和7年7月18日, or choose the era.</source>
        <translation>The era is missing. Type it as, for example, R7.7.18 or 令和7年7月18日, or choose the era.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../core/workspace/Workspace.cpp" line="32"/>
        <source>Too many failed attempts: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: this account is now locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="45"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
</context>
<context>
    <name>madoguchi::audit</name>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="78"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="80"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="82"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Account locked after failed sign-ins</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="85"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="87"/>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="89"/>
        <source>Session unlocked</source>
        <translation>Session unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="91"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="93"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="95"/>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="97"/>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="99"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="101"/>
        <source>Second factor reset</source>
        <translation>Second factor reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="103"/>
        <source>Permissions changed</source>
        <translation>Permissions changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="105"/>
        <source>Permission refused</source>
        <translation>Permission refused</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="107"/>
        <source>Person&apos;s record viewed</source>
        <translation>Person&apos;s record viewed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="109"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="111"/>
        <source>My Number revealed</source>
        <translation>My Number revealed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="113"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="115"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="117"/>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="119"/>
        <source>Database key changed</source>
        <translation>Database key changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="121"/>
        <source>Drafted for approval</source>
        <translation>Drafted for approval</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="123"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="125"/>
        <source>Ledger viewed</source>
        <translation>Ledger viewed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="159"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="161"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="163"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli::CliCommands</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="34"/>
        <source>libsodium could not start.</source>
        <translation>libsodium could not start.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="38"/>
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
  audit verify        check the audit log&apos;s hash chain and signatures (auditor)
  audit export --csv FILE --from YYYY-MM-DD --to YYYY-MM-DD
        the audit log of those UTC days as CSV (auditor)

Roles: clerk reviewer approver auditor administrator outreach. Scopes: welfare_service
medical_rehabilitation medical_psychiatric devices.

Every command but init signs in with a password and a code from the authenticator
app. The password comes from MADOGUCHI_PASSWORD or --password-stdin, the code from
MADOGUCHI_OTP or --otp-stdin, the password of a new account (user add) from
MADOGUCHI_NEW_PASSWORD or --new-password-stdin; never from the command line. On
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
  audit verify        check the audit log&apos;s hash chain and signatures (auditor)
  audit export --csv FILE --from YYYY-MM-DD --to YYYY-MM-DD
        the audit log of those UTC days as CSV (auditor)

Roles: clerk reviewer approver auditor administrator outreach. Scopes: welfare_service
medical_rehabilitation medical_psychiatric devices.

Every command but init signs in with a password and a code from the authenticator
app. The password comes from MADOGUCHI_PASSWORD or --password-stdin, the code from
MADOGUCHI_OTP or --otp-stdin, the password of a new account (user add) from
MADOGUCHI_NEW_PASSWORD or --new-password-stdin; never from the command line. On
standard input each is one line, in that order.
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="66"/>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="70"/>
        <source>The account (default: MADOGUCHI_USER).</source>
        <translation>The account (default: MADOGUCHI_USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="74"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Read the password from the first line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="77"/>
        <source>Read the second-factor code from the next line of standard input.</source>
        <translation>Read the second-factor code from the next line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="80"/>
        <source>user add: read the new account&apos;s password from the next line of standard input.</source>
        <translation>user add: read the new account&apos;s password from the next line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="83"/>
        <source>Print results as JSON.</source>
        <translation>Print results as JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="85"/>
        <source>init: the first administrator&apos;s login.</source>
        <translation>init: the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="89"/>
        <source>init, user add: the person&apos;s display name (default: the login).</source>
        <translation>init, user add: the person&apos;s display name (default: the login).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="92"/>
        <source>user add: a role; repeat for more.</source>
        <translation>user add: a role; repeat for more.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="96"/>
        <source>user add: a business scope; repeat for more.</source>
        <translation>user add: a business scope; repeat for more.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="99"/>
        <source>audit export: the CSV file to write.</source>
        <translation>audit export: the CSV file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="102"/>
        <source>audit export: the first day (UTC).</source>
        <translation>audit export: the first day (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="105"/>
        <source>audit export: the last day (UTC).</source>
        <translation>audit export: the last day (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="110"/>
        <source>The command.</source>
        <translation>The command.</translation>
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
    <name>madoguchi::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="157"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="158"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="159"/>
        <source>Person or &amp;object ID:</source>
        <translation>Person or &amp;object ID:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="160"/>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="161"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="162"/>
        <source>e.g. a person&apos;s ID</source>
        <translation>e.g. a person&apos;s ID</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="163"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="164"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="165"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="166"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="167"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="169"/>
        <source>Save the records the filters select as a CSV file for self-inspection and internal or external audits. The export is itself recorded in the log.</source>
        <translation>Save the records the filters select as a CSV file for self-inspection and internal or external audits. The export is itself recorded in the log.</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="171"/>
        <source>&amp;Verify log</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="173"/>
        <source>Check that no record has been altered, removed or reordered since it was written</source>
        <translation>Check that no record has been altered, removed or reordered since it was written</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="182"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="264"/>
        <source>Showing the newest %n record(s). Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Showing the newest %n record. Narrow the filters to see older ones.</numerusform>
            <numerusform>Showing the newest %n records. Narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="267"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="277"/>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="278"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="283"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="292"/>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview/AuditPage.cpp" line="317"/>
        <source>The audit log is intact: %n record(s) checked, signatures of %1 checkpoint(s) valid.</source>
        <translation>
            <numerusform>The audit log is intact: %n record checked, signatures of %1 checkpoint valid.</numerusform>
            <numerusform>The audit log is intact: %n records checked, signatures of %1 checkpoints valid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="324"/>
        <source>The audit log has been altered: %1</source>
        <translation>The audit log has been altered: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview/AuditPage.cpp" line="325"/>
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
        <location filename="../ui/shell/MainWindow.cpp" line="42"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="43"/>
        <source>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</source>
        <translation>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="46"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="47"/>
        <source>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</source>
        <translation>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="51"/>
        <source>Review and decisions</source>
        <translation>Review and decisions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="52"/>
        <source>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</source>
        <translation>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="56"/>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="57"/>
        <source>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</source>
        <translation>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="60"/>
        <source>Certificate printing</source>
        <translation>Certificate printing</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="61"/>
        <source>Print recipient certificates and decision notices.</source>
        <translation>Print recipient certificates and decision notices.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="63"/>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="64"/>
        <source>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</source>
        <translation>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="68"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="69"/>
        <source>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</source>
        <translation>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="72"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="73"/>
        <source>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</source>
        <translation>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>Your roles give you no work areas on this computer yet.</source>
        <translation>Your roles give you no work areas on this computer yet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>Madoguchi — Disability Support Counter</source>
        <translation>Madoguchi — Disability Support Counter</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="280"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="281"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="284"/>
        <source>Hide the screen until your password is typed again (%1)</source>
        <translation>Hide the screen until your password is typed again (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="286"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="287"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="289"/>
        <source>&amp;About Madoguchi</source>
        <translation>&amp;About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="297"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="298"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="305"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="306"/>
        <source>Signed in: %1 · %2</source>
        <translation>Signed in: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="309"/>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="312"/>
        <source>Encrypted · schema %1 · %2</source>
        <translation>Encrypted · schema %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="413"/>
        <source>About Madoguchi</source>
        <translation>About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="414"/>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The counter client of the disability support division: applications, decisions, benefit ledgers and recipient certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
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
            <numerusform>At least %n characters</numerusform>
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
        <location filename="../ui/access/SignInDialog.cpp" line="25"/>
        <source>Sign in to Madoguchi</source>
        <translation>Sign in to Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="61"/>
        <source>The 6-digit code shown in your authenticator app:</source>
        <translation>The 6-digit code shown in your authenticator app:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="191"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="192"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="197"/>
        <source>Second step: code from your app</source>
        <translation>Second step: code from your app</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="202"/>
        <source>Second step: set up your authenticator app</source>
        <translation>Second step: set up your authenticator app</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="203"/>
        <source>&amp;Check code and sign in</source>
        <translation>&amp;Check code and sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="309"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="312"/>
        <source>Password accepted for %1. Open the authenticator app on your phone and type the code it shows for Madoguchi.</source>
        <translation>Password accepted for %1. Open the authenticator app on your phone and type the code it shows for Madoguchi.</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="36"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="50"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="51"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="198"/>
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
            <numerusform>At least %n characters</numerusform>
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
        <location filename="../ui/admin/StaffPage.cpp" line="109"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="111"/>
        <source>Who may sign in on this computer, with which roles and for which ledgers. Every change is recorded in the audit log.</source>
        <translation>Who may sign in on this computer, with which roles and for which ledgers. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="113"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="114"/>
        <source>&amp;Edit roles and scopes…</source>
        <translation>&amp;Edit roles and scopes…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="115"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="116"/>
        <source>Reset second &amp;factor</source>
        <translation>Reset second &amp;factor</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="117"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="118"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="224"/>
        <source>The account %1 was created.</source>
        <translation>The account %1 was created.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="240"/>
        <source>The account %1 was created. The person sets up the authenticator app at their first sign-in.</source>
        <translation>The account %1 was created. The person sets up the authenticator app at their first sign-in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="270"/>
        <source>The account %1 was changed.</source>
        <translation>The account %1 was changed.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="293"/>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="305"/>
        <location filename="../ui/admin/StaffPage.cpp" line="312"/>
        <source>Reset second factor</source>
        <translation>Reset second factor</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="306"/>
        <source>Reset the second factor of %1 (%2)? Their authenticator app stops working for Madoguchi; at their next sign-in they set it up again with a new QR code.</source>
        <translation>Reset the second factor of %1 (%2)? Their authenticator app stops working for Madoguchi; at their next sign-in they set it up again with a new QR code.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="321"/>
        <source>The second factor of %1 was reset. They set it up again at their next sign-in.</source>
        <translation>The second factor of %1 was reset. They set it up again at their next sign-in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="335"/>
        <source>The account %1 was unlocked.</source>
        <translation>The account %1 was unlocked.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="345"/>
        <location filename="../ui/admin/StaffPage.cpp" line="353"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="346"/>
        <source>Disable the account of %1 (%2)?</source>
        <translation>Disable the account of %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="351"/>
        <source>Their key is removed: they can no longer open the database on this computer, not even offline. This cannot be undone; if they return, create a new account.</source>
        <translation>Their key is removed: they can no longer open the database on this computer, not even offline. This cannot be undone; if they return, create a new account.</translation>
    </message>
    <message>
        <location filename="../ui/admin/StaffPage.cpp" line="361"/>
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
