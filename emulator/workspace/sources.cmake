# Sources of the emulator's workspace area (Workspace API 2.0: objects, import, export), added to
# brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE
    workspace/WorkspacePath.h workspace/WorkspacePath.cpp
    workspace/WorkspaceTree.h workspace/WorkspaceTree.cpp
    workspace/WorkspaceErrors.h workspace/WorkspaceErrors.cpp
    workspace/NotebookSource.h workspace/NotebookSource.cpp
    workspace/NotebookFormats.h workspace/NotebookFormats.cpp
    workspace/DbcArchive.h workspace/DbcArchive.cpp
    workspace/WorkspaceApi.h workspace/WorkspaceApi.cpp
    workspace/WorkspaceFormats.h workspace/WorkspaceFormats.cpp
    workspace/WorkspaceExportApi.h workspace/WorkspaceExportApi.cpp
    workspace/WorkspaceImportApi.h workspace/WorkspaceImportApi.cpp
    workspace/WorkspaceSeed.h workspace/WorkspaceSeed.cpp)
