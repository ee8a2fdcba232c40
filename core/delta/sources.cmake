# Sources of the core delta area (reading a Delta table's _delta_log), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    delta/DeltaLogFile.h delta/DeltaLogFile.cpp
    delta/DeltaCommit.h delta/DeltaCommit.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/delta)
include(delta/parquet/sources.cmake)
