# Sources of the sql models, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sql)
