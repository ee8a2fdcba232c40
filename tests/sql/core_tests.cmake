# The SQL editor's core pieces without a workspace: statement splitting, export formats, query
# history, completion words.
brickdesk_add_test(tst_sqlcore SOURCES tst_sqlcore.cpp LIBS brickdesk_core)
