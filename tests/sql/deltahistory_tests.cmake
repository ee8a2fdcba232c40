# The emulator's DESCRIBE HISTORY, Delta table generator and --generate-delta-table over real HTTP.
brickdesk_add_test(tst_emulator_deltahistory SOURCES tst_emulator_deltahistory.cpp
    ${PROJECT_SOURCE_DIR}/emulator/EmulatorCommandLine.cpp
    LIBS brickdesk_emulator Qt6::Network)
