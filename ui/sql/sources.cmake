# Sources of the sql widgets, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SqlEditorPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SqlEditorPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SqlEditorWidget.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sql)
