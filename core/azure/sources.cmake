# Sources of the core's Azure area (Entra ID sign-in, Key Vault data plane), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    azure/AccessToken.h azure/AccessToken.cpp
    azure/EntraEndpoint.h azure/EntraEndpoint.cpp
    azure/EntraRequests.h azure/EntraRequests.cpp
    azure/AzureCredential.h azure/AzureCredential.cpp
    azure/ClientSecretCredential.h azure/ClientSecretCredential.cpp
    azure/ClientAssertion.h azure/ClientAssertion.cpp
    azure/ClientCertificateCredential.h azure/ClientCertificateCredential.cpp
    azure/DeviceCodeCredential.h azure/DeviceCodeCredential.cpp
    azure/AzureCliCredential.h azure/AzureCliCredential.cpp
    azure/AzureSignIn.h azure/AzureSignIn.cpp
    azure/KeyVaultSecret.h azure/KeyVaultSecret.cpp
    azure/KeyVaultClient.h azure/KeyVaultClient.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/azure)
