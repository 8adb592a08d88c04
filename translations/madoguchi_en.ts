<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="23"/>
        <source>Secure memory is not available.</source>
        <translation>Secure memory is not available.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="31"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="39"/>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSecrets.cpp" line="45"/>
        <source>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</source>
        <translation>Give the password in MADOGUCHI_PASSWORD or with --password-stdin.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="33"/>
        <source>Give the account with --user LOGIN or MADOGUCHI_USER.</source>
        <translation>Give the account with --user LOGIN or MADOGUCHI_USER.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="98"/>
        <source>No command given. See madoguchi-cli --help.</source>
        <translation>No command given. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="99"/>
        <source>Unknown command: %1. See madoguchi-cli --help.</source>
        <translation>Unknown command: %1. See madoguchi-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="106"/>
        <source>init needs --admin LOGIN, the first administrator&apos;s login.</source>
        <translation>init needs --admin LOGIN, the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="120"/>
        <source>Created the encrypted database %1 with the administrator %2.</source>
        <translation>Created the encrypted database %1 with the administrator %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="123"/>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>Recovery code (shown only this once; write it down and lock it away):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="144"/>
        <source>Cipher: SQLCipher %1, page size %2</source>
        <translation>Cipher: SQLCipher %1, page size %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="146"/>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="148"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="149"/>
        <source>The database is intact.</source>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="149"/>
        <source>The database has problems.</source>
        <translation>The database has problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="167"/>
        <source>The database has a new key; %n key slot(s) were rewrapped.</source>
        <translation>
            <numerusform>The database has a new key; %n key slot was rewrapped.</numerusform>
            <numerusform>The database has a new key; %n key slots were rewrapped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="146"/>
        <source>The database could not be prepared: %1</source>
        <translation>The database could not be prepared: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="151"/>
        <source>The database library in use does not encrypt. Madoguchi will not store data without encryption.</source>
        <translation>The database library in use does not encrypt. Madoguchi will not store data without encryption.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="158"/>
        <source>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</source>
        <translation>The database file cannot be read with its key: it is damaged, truncated, or does not belong to this key file.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="169"/>
        <source>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</source>
        <translation>The database file is truncated: it is shorter than its own header says. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="179"/>
        <source>The database could not be configured: %1</source>
        <translation>The database could not be configured: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="183"/>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>The database could not switch to write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="185"/>
        <source>The database did not enable foreign keys.</source>
        <translation>The database did not enable foreign keys.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="198"/>
        <source>The database key could not be applied.</source>
        <translation>The database key could not be applied.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="200"/>
        <source>The database file could not be opened: %1</source>
        <translation>The database file could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="218"/>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="224"/>
        <source>The database&apos;s field key does not open with the database key.</source>
        <translation>The database&apos;s field key does not open with the database key.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="234"/>
        <source>The database&apos;s field key could not be created.</source>
        <translation>The database&apos;s field key could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="262"/>
        <location filename="../core/store/Database.cpp" line="287"/>
        <location filename="../core/store/Database.cpp" line="371"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="271"/>
        <location filename="../core/store/Database.cpp" line="296"/>
        <source>The key file is there but the database file %1 is missing.</source>
        <translation>The key file is there but the database file %1 is missing.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="311"/>
        <source>Choose where to keep the database.</source>
        <translation>Choose where to keep the database.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="314"/>
        <source>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>A login name has 1 to 64 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="318"/>
        <location filename="../core/store/Database.cpp" line="474"/>
        <location filename="../core/store/Database.cpp" line="487"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="321"/>
        <location filename="../core/store/Database.cpp" line="357"/>
        <source>A database already exists at %1.</source>
        <translation>A database already exists at %1.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="325"/>
        <source>Secure memory for the database key is not available.</source>
        <translation>Secure memory for the database key is not available.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="350"/>
        <source>The database key is not usable.</source>
        <translation>The database key is not usable.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="360"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="367"/>
        <source>The database file %1 could not be created.</source>
        <translation>The database file %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="397"/>
        <source>The new database could not be set up: %1</source>
        <translation>The new database could not be set up: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="455"/>
        <location filename="../core/store/Database.cpp" line="471"/>
        <location filename="../core/store/Database.cpp" line="484"/>
        <location filename="../core/store/Database.cpp" line="496"/>
        <location filename="../core/store/Database.cpp" line="516"/>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="530"/>
        <source>Secure memory is not available.</source>
        <translation>Secure memory is not available.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="563"/>
        <source>The re-encrypted copy could not be started.</source>
        <translation>The re-encrypted copy could not be started.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="580"/>
        <location filename="../core/store/Database.cpp" line="586"/>
        <source>The re-encrypted copy could not be written: %1</source>
        <translation>The re-encrypted copy could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="615"/>
        <source>Close the other connections to the database before changing its key.</source>
        <translation>Close the other connections to the database before changing its key.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="621"/>
        <source>The re-encrypted database could not replace the old one.</source>
        <translation>The re-encrypted database could not replace the old one.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="638"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="643"/>
        <source>The database is not encrypted by SQLCipher.</source>
        <translation>The database is not encrypted by SQLCipher.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="650"/>
        <source>The schema version is %1; %2 was expected.</source>
        <translation>The schema version is %1; %2 was expected.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="658"/>
        <source>Encrypted page check: %1</source>
        <translation>Encrypted page check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="665"/>
        <source>The integrity check could not run: %1</source>
        <translation>The integrity check could not run: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="671"/>
        <source>Integrity check: %1</source>
        <translation>Integrity check: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="678"/>
        <source>Some rows refer to rows that do not exist (table %1).</source>
        <translation>Some rows refer to rows that do not exist (table %1).</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="685"/>
        <source>The key file has no recovery slot.</source>
        <translation>The key file has no recovery slot.</translation>
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
    <name>Migrator</name>
    <message>
        <location filename="../core/store/Migrator.cpp" line="34"/>
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
        <location filename="../core/store/Migrator.cpp" line="90"/>
        <source>The schema update could not start: %1</source>
        <translation>The schema update could not start: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="95"/>
        <source>Schema update %1 (%2) failed, so the database was left unchanged: %3</source>
        <translation>Schema update %1 (%2) failed, so the database was left unchanged: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Migrator.cpp" line="119"/>
        <source>The schema update could not be saved, so the database was left unchanged: %1</source>
        <translation>The schema update could not be saved, so the database was left unchanged: %1</translation>
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
    <name>Repository</name>
    <message>
        <location filename="../core/store/Repository.cpp" line="66"/>
        <source>The table or column names are not valid.</source>
        <translation>The table or column names are not valid.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="70"/>
        <source>The field %1 does not belong to %2.</source>
        <translation>The field %1 does not belong to %2.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="94"/>
        <source>The change could not be journaled: %1</source>
        <translation>The change could not be journaled: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="117"/>
        <location filename="../core/store/Repository.cpp" line="145"/>
        <source>The record could not be saved: %1</source>
        <translation>The record could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="121"/>
        <location filename="../core/store/Repository.cpp" line="159"/>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="131"/>
        <source>There is nothing to change.</source>
        <translation>There is nothing to change.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="151"/>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="173"/>
        <source>The record could not be deleted: %1</source>
        <translation>The record could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="179"/>
        <source>Someone changed this record after you opened it. Reload it and try again.</source>
        <translation>Someone changed this record after you opened it. Reload it and try again.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="187"/>
        <source>The record could not be deleted.</source>
        <translation>The record could not be deleted.</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="202"/>
        <source>The record could not be read: %1</source>
        <translation>The record could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Repository.cpp" line="204"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <location filename="../core/security/SignInGuard.cpp" line="91"/>
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
    <name>madoguchi::audit</name>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="75"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="77"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="79"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Account locked after failed sign-ins</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="82"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="84"/>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="86"/>
        <source>Session unlocked</source>
        <translation>Session unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="88"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="90"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="92"/>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="94"/>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="96"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="98"/>
        <source>Second factor reset</source>
        <translation>Second factor reset</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="100"/>
        <source>Permissions changed</source>
        <translation>Permissions changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="102"/>
        <source>Permission refused</source>
        <translation>Permission refused</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="104"/>
        <source>Person&apos;s record viewed</source>
        <translation>Person&apos;s record viewed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="106"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="108"/>
        <source>My Number revealed</source>
        <translation>My Number revealed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="110"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="112"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="114"/>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="116"/>
        <source>Database key changed</source>
        <translation>Database key changed</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="150"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="152"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../core/audit/AuditEvent.cpp" line="154"/>
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
  init --admin LOGIN   create the database and its first administrator
  db check             integrity and cipher checks
  db rekey             give the database a new key and rewrap every key slot

Passwords come from MADOGUCHI_PASSWORD or --password-stdin, never from the command line.
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</source>
        <translation>Madoguchi command line.

Commands:
  init --admin LOGIN   create the database and its first administrator
  db check             integrity and cipher checks
  db rekey             give the database a new key and rewrap every key slot

Passwords come from MADOGUCHI_PASSWORD or --password-stdin, never from the command line.
Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or permission failure, 4 data or integrity error.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="49"/>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="53"/>
        <source>The account (default: MADOGUCHI_USER).</source>
        <translation>The account (default: MADOGUCHI_USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="57"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Read the password from the first line of standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="59"/>
        <source>Print results as JSON.</source>
        <translation>Print results as JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="61"/>
        <source>init: the first administrator&apos;s login.</source>
        <translation>init: the first administrator&apos;s login.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="64"/>
        <source>The command.</source>
        <translation>The command.</translation>
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
    <name>madoguchi::ui::LockScreen</name>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="91"/>
        <source>Madoguchi is locked</source>
        <translation>Madoguchi is locked</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="93"/>
        <source>This window was opened with the recovery code. Type the recovery code to continue.</source>
        <translation>This window was opened with the recovery code. Type the recovery code to continue.</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="95"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="99"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="100"/>
        <source>Signed in as %1. Type your password to continue.</source>
        <translation>Signed in as %1. Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="101"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="103"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/access/LockScreen.cpp" line="104"/>
        <source>Sign &amp;out instead</source>
        <translation>Sign &amp;out instead</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="36"/>
        <source>Person search</source>
        <translation>Person search</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="37"/>
        <source>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</source>
        <translation>Find a person by name (kanji or kana), date of birth, address or recipient number, and open their record.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="40"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="41"/>
        <source>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</source>
        <translation>Take in applications at the counter: the procedure, the applicant, the checklist of attached documents, and a receipt number.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="45"/>
        <source>Review and decisions</source>
        <translation>Review and decisions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="46"/>
        <source>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</source>
        <translation>Review applications, check eligibility and burden caps against the rules in force, and approve decisions. The person who drafts a decision never approves it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="50"/>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="51"/>
        <source>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</source>
        <translation>The benefit ledgers: recipients, their certificates, and the history of every benefit granted.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="54"/>
        <source>Certificate printing</source>
        <translation>Certificate printing</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="55"/>
        <source>Print recipient certificates and decision notices.</source>
        <translation>Print recipient certificates and decision notices.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="57"/>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="58"/>
        <source>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</source>
        <translation>Send this computer&apos;s changes to the central database, receive the changes made elsewhere, and settle conflicts that need a person&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="62"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="63"/>
        <source>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</source>
        <translation>The audit log: who viewed or changed which personal data, and when, with a check that nobody has altered the log.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="66"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="67"/>
        <source>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</source>
        <translation>Staff accounts, roles and task scopes, passwords and second factors, and the database&apos;s key slots and backups.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Madoguchi — Disability Support Counter</source>
        <translation>Madoguchi — Disability Support Counter</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="196"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="201"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="202"/>
        <source>Hide the screen until your password is typed again (%1)</source>
        <translation>Hide the screen until your password is typed again (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="204"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="205"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="207"/>
        <source>&amp;About Madoguchi</source>
        <translation>&amp;About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="215"/>
        <source>Opened with the recovery code</source>
        <translation>Opened with the recovery code</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="217"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="219"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="222"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="227"/>
        <source>Encrypted · schema %1 · %2</source>
        <translation>Encrypted · schema %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <source>About Madoguchi</source>
        <translation>About Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="280"/>
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
    <name>madoguchi::ui::SetupDialog</name>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="39"/>
        <source>Set up Madoguchi</source>
        <translation>Set up Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="42"/>
        <source>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</source>
        <translation>No Madoguchi database was found on this computer. Create a new encrypted database and its first administrator account.</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="49"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="59"/>
        <source>e.g. yamada.hanako</source>
        <translation>e.g. yamada.hanako</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="67"/>
        <source>e.g. 山田 花子</source>
        <translation>e.g. 山田 花子</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/SetupDialog.cpp" line="73"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="80"/>
        <source>Database &amp;location:</source>
        <translation>Database &amp;location:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="83"/>
        <source>Administrator lo&amp;gin name:</source>
        <translation>Administrator lo&amp;gin name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="84"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="86"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="95"/>
        <source>Creating the encrypted database. This takes a few seconds…</source>
        <translation>Creating the encrypted database. This takes a few seconds…</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="104"/>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="171"/>
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="171"/>
        <source>Madoguchi database (*.db)</source>
        <translation>Madoguchi database (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="181"/>
        <source>Choose where the database is to be kept.</source>
        <translation>Choose where the database is to be kept.</translation>
    </message>
    <message>
        <location filename="../ui/access/SetupDialog.cpp" line="183"/>
        <source>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</source>
        <translation>A database already exists at this location. Choose another location, or start Madoguchi with that database to sign in.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SignInDialog</name>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="21"/>
        <source>Sign in to Madoguchi</source>
        <translation>Sign in to Madoguchi</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="23"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="30"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="42"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="58"/>
        <source>Use &amp;recovery code…</source>
        <translation>Use &amp;recovery code…</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="64"/>
        <source>Open the database with the recovery code written down when it was created</source>
        <translation>Open the database with the recovery code written down when it was created</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="74"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="176"/>
        <source>Use recovery code</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="178"/>
        <source>Type the recovery code that was written down when the database was created.
Spaces, hyphens and capitals do not matter.</source>
        <translation>Type the recovery code that was written down when the database was created.
Spaces, hyphens and capitals do not matter.</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="181"/>
        <source>&amp;Open database</source>
        <translation>&amp;Open database</translation>
    </message>
    <message>
        <location filename="../ui/access/SignInDialog.cpp" line="193"/>
        <source>Enter the recovery code.</source>
        <translation>Enter the recovery code.</translation>
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
