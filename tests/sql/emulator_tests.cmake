# The emulator's SQL warehouses and Statement Execution API over real HTTP.
brickdesk_add_test(tst_emulator_sql SOURCES tst_emulator_sql.cpp
    LIBS brickdesk_emulator Qt6::Network)
