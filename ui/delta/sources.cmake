# Sources of the Delta table widgets, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeltaChangeChart.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaChangeChart.h
    ${CMAKE_CURRENT_LIST_DIR}/DeltaSqlText.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaSqlText.h
    ${CMAKE_CURRENT_LIST_DIR}/DescribeHistoryPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/DescribeHistoryPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/DeltaTablePage.cpp ${CMAKE_CURRENT_LIST_DIR}/DeltaTablePage.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/delta)
