# Sources of the core's Azure area (Entra ID sign-in, Key Vault data plane), added to brickdesk_core.
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/azure)
