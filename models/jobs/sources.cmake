# Sources of the jobs area, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JobFilterProxy.cpp ${CMAKE_CURRENT_LIST_DIR}/JobFilterProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/JobRunsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/JobRunsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/JobTasksModel.cpp ${CMAKE_CURRENT_LIST_DIR}/JobTasksModel.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyedTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ParameterTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ParameterTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RunColours.cpp ${CMAKE_CURRENT_LIST_DIR}/RunColours.h
    ${CMAKE_CURRENT_LIST_DIR}/RunTasksModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RunTasksModel.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/jobs)
