# SPDX-License-Identifier: GPL-3.0-or-later
# Native libraries from Debian 12. SQLCipher is linked statically: libsqlcipher.so and the system
# libsqlite3.so export the same symbols, and the static archive keeps the two apart (PLATFORM.md).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(SQLCIPHER_PC REQUIRED sqlcipher)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
add_library(madoguchi_sqlcipher INTERFACE)
target_include_directories(madoguchi_sqlcipher SYSTEM INTERFACE ${SQLCIPHER_PC_INCLUDE_DIRS})
# Debian's pkg-config file does not carry SQLITE_HAS_CODEC: without it sqlite3_key has no prototype.
target_compile_definitions(madoguchi_sqlcipher INTERFACE SQLITE_HAS_CODEC)
target_link_libraries(madoguchi_sqlcipher INTERFACE
    ${SQLCIPHER_STATIC_LIBRARY} OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
