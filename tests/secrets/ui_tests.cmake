# The Secrets models and page, offscreen, against emulators over real HTTP.
brickdesk_add_test(tst_secretmodels SOURCES tst_secretmodels.cpp SecretsTestSupport.h
    SecretsUiTestSupport.h LIBS brickdesk_models brickdesk_emulator Qt6::Network)
target_include_directories(tst_secretmodels PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_secretsmatrix SOURCES tst_secretsmatrix.cpp SecretsTestSupport.h
    SecretsUiTestSupport.h LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_secretsmatrix PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_secretspage SOURCES tst_secretspage.cpp SecretsTestSupport.h
    SecretsUiTestSupport.h LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_secretspage PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_secretsedgecases SOURCES tst_secretsedgecases.cpp SecretsTestSupport.h
    SecretsUiTestSupport.h LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_secretsedgecases PRIVATE ${PROJECT_SOURCE_DIR}/tests)
