# The code editor and the notebook editor tab, offscreen (the notebook tab against the emulator
# over real HTTP).
brickdesk_add_test(tst_codeeditor SOURCES tst_codeeditor.cpp LIBS brickdesk_ui)
