# The secrets and Azure core: parsers and rules, and the clients against the emulator over HTTP.
brickdesk_add_test(tst_secretscore SOURCES tst_secretscore.cpp LIBS brickdesk_core OpenSSL::Crypto)
