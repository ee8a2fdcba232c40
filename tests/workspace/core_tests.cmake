# The workspace core: the notebook source format, answers, import planning, and what a request
# puts on the wire (a plain local socket).
brickdesk_add_test(tst_workspacecore SOURCES tst_workspacecore.cpp LIBS brickdesk_core)
