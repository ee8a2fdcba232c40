# Sources of the core workspace area (workspace API, notebook source format), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    workspace/CodeLanguage.h workspace/CodeLanguage.cpp
    workspace/NotebookSource.h workspace/NotebookSource.cpp
    workspace/WorkspaceObject.h workspace/WorkspaceObject.cpp
    workspace/WorkspaceClient.h workspace/WorkspaceClient.cpp
    workspace/NotebookFile.h workspace/NotebookFile.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/workspace)
