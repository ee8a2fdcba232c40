# The emulator's DBFS API over real HTTP.
brickdesk_add_test(tst_emulator_dbfs SOURCES tst_emulator_dbfs.cpp LIBS brickdesk_emulator Qt6::Network)
