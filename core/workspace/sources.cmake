# Sources of the core workspace area, added to brickdesk_core.
target_sources(brickdesk_core PRIVATE)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/workspace)
