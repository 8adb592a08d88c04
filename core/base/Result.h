// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace madoguchi {

/// Machine-readable reason of an expected failure. The CLI maps each to an exit code.
enum class ErrorCode
{
    None,
    InvalidInput,       // bad argument or malformed outside data
    WrongPassword,      // password or recovery code did not unlock a slot
    UnknownAccount,     // no key slot / account with that login
    PermissionDenied,   // the session may not do this
    AccountLocked,      // too many failed sign-ins, or locked by an administrator
    AccountDisabled,    // the account was disabled (retirement, transfer)
    WrongCode,          // the second factor's code is wrong, too old, or was used already
    AlreadyExists,      // creating something that is already there
    NotFound,           // no row / object with that id
    Conflict,           // the row changed since it was read (version mismatch)
    KeySlotFileMissing, // the key file beside the database is absent
    KeySlotFileCorrupt, // the key file is damaged or has been altered
    DatabaseMissing,    // no database file at the path
    DatabaseCorrupt,    // not a database, truncated, or wrong key for this file
    NewerSchema,        // the database was written by a newer Madoguchi
    MigrationFailed,    // a schema migration failed; the database is unchanged
    NotEncrypted,       // the SQLite library is not SQLCipher, or the file is plain SQLite
    Io,                 // file system error
    Crypto,             // libsodium failure (out of memory, init failed)
    Sql,                // unexpected SQL error
    Internal,
};

/// An expected failure: a code for programs and a translated sentence for people.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // already translated, never contains personal data or keys
};

/// Success or an Error, for calls that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT: implicit by design
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }

private:
    Error m_error;
};

/// A value or an Error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}     // NOLINT: implicit by design
    Result(Error error) : m_error(std::move(error)) {} // NOLINT: implicit by design
    Result(Status status) : m_error(status.error()) {} // NOLINT: only from a failed Status

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }
    Status status() const { return ok() ? Status{} : Status{m_error}; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace madoguchi
