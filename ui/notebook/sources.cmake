# Notebook editor tabs (cells, save with conflict check), added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NotebookEditorTab.cpp ${CMAKE_CURRENT_LIST_DIR}/NotebookEditorTab.h
    ${CMAKE_CURRENT_LIST_DIR}/SaveConflictDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SaveConflictDialog.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/notebook)
