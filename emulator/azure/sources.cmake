# Sources of the emulator's Azure area (Key Vault data plane, Entra token endpoint).
target_sources(brickdesk_emulator PRIVATE
    azure/AzureErrors.h azure/AzureErrors.cpp
    azure/ClientAssertionCheck.h azure/ClientAssertionCheck.cpp
    azure/AzureFrontDoor.h azure/AzureFrontDoor.cpp
    azure/EntraTokens.h azure/EntraTokens.cpp
    azure/EntraDeviceCodes.h azure/EntraDeviceCodes.cpp
    azure/EntraScopes.h azure/EntraScopes.cpp
    azure/EntraService.h azure/EntraService.cpp
    azure/EntraApi.h azure/EntraApi.cpp
    azure/KeyVaultStore.h azure/KeyVaultStore.cpp
    azure/KeyVaultJson.h azure/KeyVaultJson.cpp
    azure/KeyVaultBodies.h azure/KeyVaultBodies.cpp
    azure/KeyVaultAccess.h azure/KeyVaultAccess.cpp
    azure/KeyVaultApi.h azure/KeyVaultApi.cpp
    azure/KeyVaultSeed.h azure/KeyVaultSeed.cpp)
