# Sources of the Delta table models, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeltaHistoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaHistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DeltaDetailModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaDetailModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DeltaSchemaModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaSchemaModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DescribeHistoryComparison.cpp ${CMAKE_CURRENT_LIST_DIR}/DescribeHistoryComparison.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/delta)
