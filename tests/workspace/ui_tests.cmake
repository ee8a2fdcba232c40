# The workspace browser: its tree model and its page, offscreen, against the emulator over real
# HTTP.
brickdesk_add_test(tst_workspacetree SOURCES tst_workspacetree.cpp
    LIBS brickdesk_models brickdesk_emulator Qt6::Network)
target_include_directories(tst_workspacetree PRIVATE ${PROJECT_SOURCE_DIR}/tests)
brickdesk_add_test(tst_workspacepage SOURCES tst_workspacepage.cpp
    LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_workspacepage PRIVATE ${PROJECT_SOURCE_DIR}/tests)
