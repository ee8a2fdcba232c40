# The workspace core: the notebook source format, answers, import planning (no server).
brickdesk_add_test(tst_workspacecore SOURCES tst_workspacecore.cpp LIBS brickdesk_core)
