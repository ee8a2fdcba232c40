# Sources of the jobs area, added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JobDefinitionText.cpp ${CMAKE_CURRENT_LIST_DIR}/JobDefinitionText.h
    ${CMAKE_CURRENT_LIST_DIR}/JobDetails.cpp ${CMAKE_CURRENT_LIST_DIR}/JobDetails.h
    ${CMAKE_CURRENT_LIST_DIR}/JobPermissionsInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/JobPermissionsInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/JobRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/JobRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/JobsClient.cpp ${CMAKE_CURRENT_LIST_DIR}/JobsClient.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonFields.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonFields.h
    ${CMAKE_CURRENT_LIST_DIR}/LineDiff.cpp ${CMAKE_CURRENT_LIST_DIR}/LineDiff.h
    ${CMAKE_CURRENT_LIST_DIR}/RunInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/RunInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/RunOutputInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/RunOutputInfo.h)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/jobs)
