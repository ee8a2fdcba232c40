# Sources of the jobs area, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DiffView.cpp ${CMAKE_CURRENT_LIST_DIR}/DiffView.h
    ${CMAKE_CURRENT_LIST_DIR}/JobDetailsPane.cpp ${CMAKE_CURRENT_LIST_DIR}/JobDetailsPane.h
    ${CMAKE_CURRENT_LIST_DIR}/JobEditorDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/JobEditorDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/JobListPane.cpp ${CMAKE_CURRENT_LIST_DIR}/JobListPane.h
    ${CMAKE_CURRENT_LIST_DIR}/RunDetailsPane.cpp ${CMAKE_CURRENT_LIST_DIR}/RunDetailsPane.h
    ${CMAKE_CURRENT_LIST_DIR}/RunDurationChart.cpp ${CMAKE_CURRENT_LIST_DIR}/RunDurationChart.h
    ${CMAKE_CURRENT_LIST_DIR}/RunHistoryPane.cpp ${CMAKE_CURRENT_LIST_DIR}/RunHistoryPane.h
    ${CMAKE_CURRENT_LIST_DIR}/RunNowDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RunNowDialog.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/jobs)
