# The SQL editor's core pieces without a workspace: statement splitting, export formats, query
# history, completion words.
brickdesk_add_test(tst_sqlcore SOURCES tst_sqlcore.cpp LIBS brickdesk_core)
# The SQL core against the emulator over real HTTP: warehouses, statements, paging, export.
brickdesk_add_test(tst_sqlstatements SOURCES tst_sqlstatements.cpp
    LIBS brickdesk_core brickdesk_emulator)
target_include_directories(tst_sqlstatements PRIVATE ${PROJECT_SOURCE_DIR}/tests)
