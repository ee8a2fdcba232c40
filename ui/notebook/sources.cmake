# Notebook editor tabs (cells, save with conflict check), added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/notebook)
