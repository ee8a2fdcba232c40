# The emulator's Workspace API over real HTTP.
brickdesk_add_test(tst_emulator_workspace SOURCES tst_emulator_workspace.cpp
    LIBS brickdesk_emulator Qt6::Network)
