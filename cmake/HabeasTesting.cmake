# Under the asan preset every test, and every habeas-cli or habeas-parse it starts, runs with
# leak detection on; the third-party leaks we cannot fix are suppressed, each with its reason, in
# tests/lsan.supp. A leak, an ASan error or undefined behaviour fails the test.
set(HABEAS_SANITIZER_ENV)
if(HABEAS_ASAN)
    # Reports with function names and lines (scripts/deps.sh asan installs it).
    find_program(HABEAS_LLVM_SYMBOLIZER NAMES llvm-symbolizer-16 llvm-symbolizer)
    if(HABEAS_LLVM_SYMBOLIZER)
        list(APPEND HABEAS_SANITIZER_ENV "ASAN_SYMBOLIZER_PATH=${HABEAS_LLVM_SYMBOLIZER}")
    endif()
    list(APPEND HABEAS_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

# habeas_add_test(NAME SOURCES ... LIBS ... [GUI])
# Adds one QtTest executable and registers it with CTest in a deterministic
# environment: offscreen platform, pinned C locale, isolated settings and paths.
function(habeas_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE habeas_common Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "LANG=C.UTF-8"
        "LC_ALL=C.UTF-8"
        "LANGUAGE=en"
        "HABEAS_LIBRARY="
        "HABEAS_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        ${HABEAS_SANITIZER_ENV})
    # Under ASan a test that starts habeas-cli a hundred times runs some three times slower.
    set(timeout 300)
    if(HABEAS_ASAN)
        set(timeout 900)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${timeout}
        LABELS "${ARG_LABELS}")
endfunction()

# habeas_add_pg_twin(NAME LABEL [RERUN])
# Registers test NAME (added by habeas_add_test) a second time as NAME_pg, on PostgreSQL:
# TempLibrary's switch (tests/support/pgtestlibrary.h) then opens each library as a fresh
# database on a private cluster. Labels: LABEL and pg. POSIX only (the cluster runs initdb).
# RERUN adds the label server-rerun, which the sanitizer run leaves out (scripts/test-sanitize):
# for the end-to-end and document suites, whose own code is the folder run's, where the server
# code beneath them runs under the sanitizers in the model suites' twins.
function(habeas_add_pg_twin name label)
    cmake_parse_arguments(ARG "RERUN" "" "" ${ARGN})
    target_link_libraries(${name} PRIVATE habeas_pgtestlibrary)
    add_test(NAME ${name}_pg COMMAND ${name})
    get_test_property(${name} ENVIRONMENT env)
    get_test_property(${name} TIMEOUT timeout)
    set(labels "${label};pg")
    if(ARG_RERUN)
        list(APPEND labels server-rerun)
    endif()
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "${env};HABEAS_TEST_BACKEND=postgresql"
        TIMEOUT ${timeout}
        LABELS "${labels}")
endfunction()
