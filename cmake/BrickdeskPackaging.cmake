# Desktop integration files and a Debian package through CPack.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/dev.brickdesk.Brickdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/dev.brickdesk.Brickdesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/dev.brickdesk.Brickdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME brickdesk)
set(CPACK_PACKAGE_VENDOR "Brickdesk")
set(CPACK_PACKAGE_CONTACT "Brickdesk developers <dev@brickdesk.dev>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
include(CPack)
