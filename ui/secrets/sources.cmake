# Sources of the secrets and Key Vault pages, added to brickdesk_ui.
target_sources(brickdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AzureSignInPrompter.cpp ${CMAKE_CURRENT_LIST_DIR}/AzureSignInPrompter.h
    ${CMAKE_CURRENT_LIST_DIR}/ClipboardGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/ClipboardGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretTables.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretTables.h
    ${CMAKE_CURRENT_LIST_DIR}/CompareTab.cpp ${CMAKE_CURRENT_LIST_DIR}/CompareTab.h
    ${CMAKE_CURRENT_LIST_DIR}/CreateScopeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CreateScopeDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DeviceCodeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceCodeDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/GrantAclDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/GrantAclDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyVaultTab.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyVaultTab.h
    ${CMAKE_CURRENT_LIST_DIR}/ListStatusLabel.cpp ${CMAKE_CURRENT_LIST_DIR}/ListStatusLabel.h
    ${CMAKE_CURRENT_LIST_DIR}/PutMissingDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PutMissingDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PutSecretDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PutSecretDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ScopesTab.cpp ${CMAKE_CURRENT_LIST_DIR}/ScopesTab.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretValueEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretValueEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretsServices.h)
target_include_directories(brickdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/secrets)
