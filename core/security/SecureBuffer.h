// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstddef>

namespace madoguchi::security {

/// Bytes of secret material in libsodium guarded memory (sodium_malloc: guard pages, mlock,
/// wiped on free). Move-only. Keys, passwords and recovery codes live only in this type.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled; isValid() is false if allocation failed
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    /// size random bytes from libsodium's CSPRNG.
    static SecureBuffer random(std::size_t size);
    /// The UTF-8 encoding of text, written straight into guarded memory (no QByteArray between).
    static SecureBuffer fromUtf8(QStringView text);
    /// A copy of size bytes at data.
    static SecureBuffer copyOf(const void* data, std::size_t size);

    bool isValid() const { return m_data != nullptr; }
    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    /// Shortens the visible size (e.g. after a UTF-8 encoding that used less than reserved).
    void truncate(std::size_t size);
    /// Constant-time comparison.
    bool equals(const SecureBuffer& other) const;
    /// Wipes and frees now.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/// Initializes libsodium once; false if it cannot be used. Safe to call from any thread.
bool initializeSodium();

/// Turns off core dumps for this process so keys never reach a crash file.
void disableCoreDumps();

} // namespace madoguchi::security
