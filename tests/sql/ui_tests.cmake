# The SQL models (under QAbstractItemModelTester) and the SQL editor page, offscreen.
brickdesk_add_test(tst_sqlmodels SOURCES tst_sqlmodels.cpp LIBS brickdesk_models Qt6::Network)
target_include_directories(tst_sqlmodels PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_sqlpage SOURCES tst_sqlpage.cpp LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_sqlpage PRIVATE ${PROJECT_SOURCE_DIR}/tests)
