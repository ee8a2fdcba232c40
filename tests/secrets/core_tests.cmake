# The secrets and Azure core: parsers and rules, and the clients against the emulator over HTTP.
brickdesk_add_test(tst_secretscore SOURCES tst_secretscore.cpp LIBS brickdesk_core OpenSSL::Crypto)
brickdesk_add_test(tst_secretsclient SOURCES tst_secretsclient.cpp SecretsTestSupport.h
    LIBS brickdesk_core brickdesk_emulator)
target_include_directories(tst_secretsclient PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_azureauth SOURCES tst_azureauth.cpp SecretsTestSupport.h
    LIBS brickdesk_core brickdesk_emulator Qt6::DBus)
target_include_directories(tst_azureauth PRIVATE ${PROJECT_SOURCE_DIR}/tests)
