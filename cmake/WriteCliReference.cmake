# cmake -DCLI=path/to/habeas-cli -DOUT=docs/cli.md -P WriteCliReference.cmake
# Writes the CLI reference the binary prints (target update_cli_reference in app/CMakeLists.txt).
execute_process(
    COMMAND "${CLI}" help --markdown
    OUTPUT_FILE "${OUT}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "habeas-cli help --markdown failed: ${result}")
endif()
