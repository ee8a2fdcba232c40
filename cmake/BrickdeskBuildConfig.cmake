# One INTERFACE target carries the project's compiler settings; every target links it.
add_library(brickdesk_build_config INTERFACE)
target_compile_features(brickdesk_build_config INTERFACE cxx_std_20)
target_compile_options(brickdesk_build_config INTERFACE
    -Wall -Wextra -Werror -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local)
target_compile_definitions(brickdesk_build_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BRICKDESK_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # -Wshadow=local is GCC only.
    target_compile_options(brickdesk_build_config INTERFACE -Wno-unknown-warning-option)
endif()
