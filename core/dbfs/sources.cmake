# Sources of the DBFS area (client, transfers), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Base64.cpp ${CMAKE_CURRENT_LIST_DIR}/Base64.h
    ${CMAKE_CURRENT_LIST_DIR}/BlockFileWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/BlockFileWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsPath.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsPath.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsFileInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsFileInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsClient.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsClient.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsTreeWalker.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsTreeWalker.h
    ${CMAKE_CURRENT_LIST_DIR}/RateMeter.cpp ${CMAKE_CURRENT_LIST_DIR}/RateMeter.h
    ${CMAKE_CURRENT_LIST_DIR}/Transfer.cpp ${CMAKE_CURRENT_LIST_DIR}/Transfer.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsDownload.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsDownload.h
    ${CMAKE_CURRENT_LIST_DIR}/DbfsUpload.cpp ${CMAKE_CURRENT_LIST_DIR}/DbfsUpload.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferQueue.h)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/dbfs)
