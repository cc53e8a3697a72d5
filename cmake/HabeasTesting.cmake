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
        "ASAN_OPTIONS=detect_leaks=0")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT 300
        LABELS "${ARG_LABELS}")
endfunction()
