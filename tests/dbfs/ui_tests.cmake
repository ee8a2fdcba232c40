# The DBFS models and page, offscreen, against the emulator over real HTTP.
brickdesk_add_test(tst_dbfsmodels SOURCES tst_dbfsmodels.cpp LIBS brickdesk_models brickdesk_emulator Qt6::Network)
target_include_directories(tst_dbfsmodels PRIVATE ${PROJECT_SOURCE_DIR}/tests ${PROJECT_SOURCE_DIR}/tests/jobs)
brickdesk_add_test(tst_dbfspage SOURCES tst_dbfspage.cpp LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_dbfspage PRIVATE ${PROJECT_SOURCE_DIR}/tests)
