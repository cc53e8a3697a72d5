# Shared compile settings: every Habeas target links habeas_common.
add_library(habeas_common INTERFACE)
target_compile_features(habeas_common INTERFACE cxx_std_20)
target_compile_definitions(habeas_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HABEAS_VERSION="${PROJECT_VERSION}")

# Warnings per compiler: the same intent, each compiler's own spelling.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(habeas_common INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # A local shadowing a local; members and globals may share a name with a parameter.
    target_compile_options(habeas_common INTERFACE -Wshadow=local)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND NOT MSVC)
    # Clang (and AppleClang) has no -Wshadow=local. Its -Wshadow covers a local hiding a local
    # and also one hiding a global or a field (rare here: members are m_), and
    # -Wshadow-uncaptured-local adds a lambda's local hiding an enclosing one.
    target_compile_options(habeas_common INTERFACE -Wshadow -Wshadow-uncaptured-local)
elseif(MSVC)
    # /W4 includes C4456-C4459 (declaration hides a previous local, parameter, member or global).
    target_compile_options(habeas_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
endif()

if(HABEAS_ASAN)
    target_compile_options(habeas_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(habeas_common INTERFACE -fsanitize=address,undefined)
endif()

# Coverage for libFuzzer in every library a harness links; the harnesses add the fuzzer's main.
if(HABEAS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "HABEAS_FUZZ needs Clang (libFuzzer): use the asan preset")
    endif()
    target_compile_options(habeas_common INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Warnings are errors for every target of ours (CMake >= 3.24 also offers
# CMAKE_COMPILE_WARNING_AS_ERROR; Debian 12 ships 3.25, so both agree).
set(CMAKE_COMPILE_WARNING_AS_ERROR ON)
