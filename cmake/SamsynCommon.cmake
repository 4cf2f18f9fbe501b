# SPDX-License-Identifier: EUPL-1.2
# One INTERFACE target carries the project's warnings and Qt hygiene defines, so every
# target opts in the same way and nothing leaks into global flags.
add_library(samsyn_common INTERFACE)
add_library(Samsyn::Common ALIAS samsyn_common)

target_compile_options(samsyn_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Woverloaded-virtual -Wcast-qual -Wformat=2)
if(SAMSYN_WERROR)
    target_compile_options(samsyn_common INTERFACE -Werror)
endif()
target_compile_definitions(samsyn_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    SAMSYN_VERSION="${PROJECT_VERSION}")

if(SAMSYN_SANITIZE)
    target_compile_options(samsyn_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(samsyn_common INTERFACE -fsanitize=address,undefined)
endif()
