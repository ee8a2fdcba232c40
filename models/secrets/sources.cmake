# Sources of the secrets models, added to brickdesk_models.
target_sources(brickdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyVaultConnector.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyVaultConnector.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyVaultSecretModel.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyVaultSecretModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileVaults.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileVaults.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretAclModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretAclModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixFiller.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixFiller.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixProxy.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretMatrixProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretScopeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretScopeModel.h)
target_include_directories(brickdesk_models PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/secrets)
