# Sources of the sql models, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QueryHistoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/QueryHistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ResultTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ResultTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/WarehouseListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WarehouseListModel.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sql)
