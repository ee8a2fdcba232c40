# Sources of the core's secrets area (Databricks secrets 2.0), added to brickdesk_core.
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/secrets)
