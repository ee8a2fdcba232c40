# Sources of the DBFS page, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsDeleteFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsDeleteFlow.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsDragMimeData.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsDragMimeData.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsDropView.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsDropView.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsIcons.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsIcons.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/PreviewPane.cpp ${CMAKE_CURRENT_LIST_DIR}/PreviewPane.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferProgressDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TransferProgressDelegate.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/dbfs)
