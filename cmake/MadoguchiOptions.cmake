# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings, hardening and Qt strictness macros.
# Every target of the project links it.
add_library(madoguchi_options INTERFACE)
target_compile_features(madoguchi_options INTERFACE cxx_std_20)
target_compile_options(madoguchi_options INTERFACE
    -Wall -Wextra -Wpedantic
    -fstack-protector-strong
    $<$<BOOL:${MADOGUCHI_WERROR}>:-Werror>)
target_compile_definitions(madoguchi_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(madoguchi_options INTERFACE -Wl,-z,relro -Wl,-z,now)
