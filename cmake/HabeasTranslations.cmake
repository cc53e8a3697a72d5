# habeas_add_translations(TARGET CATALOGUE DIRS dir...): the strings of the sources under each dir
# (relative to the project root) become the catalogues resources/translations/habeas_<CATALOGUE>_
# <lang>.ts, compiled and embedded in TARGET under :/i18n. Each layer keeps its own catalogue in
# its own target, so a program carries the translations of what it links and nothing more;
# installTranslations() (model/core/translations.cpp) loads every catalogue it finds.
# Update the .ts files with: cmake --build --preset release --target update_translations
set(HABEAS_LANGUAGES zh_CN en)

function(habeas_add_translations target catalogue)
    cmake_parse_arguments(ARG "" "" "DIRS" ${ARGN})
    set(globs)
    foreach(dir IN LISTS ARG_DIRS)
        list(APPEND globs "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h")
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    set(ts_files)
    foreach(language IN LISTS HABEAS_LANGUAGES)
        list(APPEND ts_files
            "${PROJECT_SOURCE_DIR}/resources/translations/habeas_${catalogue}_${language}.ts")
    endforeach()
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        RESOURCE_PREFIX "/i18n"
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
