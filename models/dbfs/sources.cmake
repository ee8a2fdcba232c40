# Sources of the DBFS area, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DbfsDeltaProbe.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsDeltaProbe.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsKind.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsKind.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsProxies.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsProxies.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsTreeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsTreeModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PreviewContent.cpp ${CMAKE_CURRENT_LIST_DIR}/PreviewContent.h
    ${CMAKE_CURRENT_LIST_DIR}/PreviewTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PreviewTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferListModel.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/dbfs)
