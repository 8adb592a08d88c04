// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecureBuffer.h"

#include <QStringEncoder>

#include <sodium.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>
#include <utility>

namespace madoguchi::security {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (!initializeSodium())
        return;
    // sodium_malloc(0) is valid but keep a byte so isValid() means "allocated".
    m_data = static_cast<unsigned char*>(sodium_malloc(size == 0 ? 1 : size));
    if (m_data) {
        sodium_memzero(m_data, size == 0 ? 1 : size);
        m_size = size;
        m_capacity = size == 0 ? 1 : size;
    }
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (buffer.isValid() && size > 0)
        randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(QStringView text)
{
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    SecureBuffer buffer(static_cast<std::size_t>(text.size()) * 3);
    if (!buffer.isValid())
        return buffer;
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* begin = reinterpret_cast<char*>(buffer.data());
    char* end = encoder.appendToBuffer(begin, text);
    buffer.truncate(static_cast<std::size_t>(end - begin));
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const void* data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (buffer.isValid() && size > 0)
        std::memcpy(buffer.data(), data, size);
    return buffer;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_capacity);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool initializeSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void disableCoreDumps()
{
    rlimit limit{0, 0};
    setrlimit(RLIMIT_CORE, &limit);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace madoguchi::security
