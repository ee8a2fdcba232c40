# The code editor and the notebook editor tab, offscreen (the notebook tab against the emulator
# over real HTTP).
brickdesk_add_test(tst_codeeditor SOURCES tst_codeeditor.cpp LIBS brickdesk_ui)
brickdesk_add_test(tst_notebookeditor SOURCES tst_notebookeditor.cpp LIBS brickdesk_ui brickdesk_emulator)
target_include_directories(tst_notebookeditor PRIVATE ${PROJECT_SOURCE_DIR}/tests)
