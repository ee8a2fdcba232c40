# The Delta history: assembled from local folders and from the emulator's DBFS over HTTP.
brickdesk_add_test(tst_deltahistory SOURCES tst_deltahistory.cpp LIBS brickdesk_core brickdesk_emulator)
target_include_directories(tst_deltahistory PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_deltaschema SOURCES tst_deltaschema.cpp LIBS brickdesk_core)
brickdesk_add_test(tst_deltamodels SOURCES tst_deltamodels.cpp LIBS brickdesk_models)
brickdesk_add_test(tst_deltapage SOURCES tst_deltapage.cpp LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_deltapage PRIVATE ${PROJECT_SOURCE_DIR}/tests)
