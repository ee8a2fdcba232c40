# The DBFS core: parsers, and transfers against the emulator over HTTP.
brickdesk_add_test(tst_dbfscore SOURCES tst_dbfscore.cpp LIBS brickdesk_core)
brickdesk_add_test(tst_dbfstransfers SOURCES tst_dbfstransfers.cpp LIBS brickdesk_core brickdesk_emulator)
target_include_directories(tst_dbfstransfers PRIVATE ${PROJECT_SOURCE_DIR}/tests)
