# The SQL answers' parsers (warehouses, statements, manifests, chunks), well-formed and malformed.
brickdesk_add_test(tst_sqlanswers SOURCES tst_sqlanswers.cpp LIBS brickdesk_core)
