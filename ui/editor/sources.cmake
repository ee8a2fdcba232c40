# The code editor shared by notebooks and SQL (line numbers, find/replace, highlighting), added to brickdesk_ui.
#
# Highlighting has two backends behind ui/editor/SyntaxHighlighting.h: KDE's KSyntaxHighlighting
# (KF6) when it is installed, otherwise Brickdesk's own rules (Debian 12 has no KF6).
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    message(STATUS "Syntax highlighting: KSyntaxHighlighting (KF6)")
    target_link_libraries(brickdesk_ui PRIVATE KF6::SyntaxHighlighting)
    target_compile_definitions(brickdesk_ui PRIVATE BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING=1)
    target_sources(brickdesk_ui PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/KSyntaxHighlightingBackend.cpp
        ${CMAKE_CURRENT_LIST_DIR}/KSyntaxHighlightingBackend.h)
else()
    message(STATUS "Syntax highlighting: Brickdesk's own highlighter (KF6SyntaxHighlighting not found)")
    target_compile_definitions(brickdesk_ui PRIVATE BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING=0)
    target_sources(brickdesk_ui PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/BrickdeskHighlighter.cpp
        ${CMAKE_CURRENT_LIST_DIR}/BrickdeskHighlighter.h)
endif()
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CodeEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/CodeEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/FindReplaceBar.cpp ${CMAKE_CURRENT_LIST_DIR}/FindReplaceBar.h
    ${CMAKE_CURRENT_LIST_DIR}/GoToLineBar.cpp ${CMAKE_CURRENT_LIST_DIR}/GoToLineBar.h
    ${CMAKE_CURRENT_LIST_DIR}/HighlighterBase.cpp ${CMAKE_CURRENT_LIST_DIR}/HighlighterBase.h
    ${CMAKE_CURRENT_LIST_DIR}/SyntaxHighlighting.cpp ${CMAKE_CURRENT_LIST_DIR}/SyntaxHighlighting.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/editor)
