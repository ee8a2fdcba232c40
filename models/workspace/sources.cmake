# Sources of the workspace models, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceContentsCounter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceContentsCounter.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceFilterProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceFilterProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceTreeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkspaceTreeModel.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/workspace)
