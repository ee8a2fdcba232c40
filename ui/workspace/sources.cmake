# Sources of the workspace widgets, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBrowserPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBrowserPage.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceIcons.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkspaceIcons.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceObjectDetails.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceObjectDetails.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/workspace)
