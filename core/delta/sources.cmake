# Sources of the core delta area (reading a Delta table's _delta_log), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    delta/DeltaLogFile.h delta/DeltaLogFile.cpp
    delta/DeltaCommit.h delta/DeltaCommit.cpp
    delta/DeltaSchema.h delta/DeltaSchema.cpp
    delta/DeltaProtocol.h delta/DeltaProtocol.cpp
    delta/DeltaSnapshotFile.h delta/DeltaSnapshotFile.cpp
    delta/DeltaLogSource.h
    delta/LocalDeltaLogSource.h delta/LocalDeltaLogSource.cpp
    delta/DbfsDeltaLogSource.h delta/DbfsDeltaLogSource.cpp
    delta/DeltaHistory.h delta/DeltaHistory.cpp
    delta/DeltaHistoryJson.h delta/DeltaHistoryJson.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/delta)
include(delta/parquet/sources.cmake)
