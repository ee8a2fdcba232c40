# Sources of the emulator's secrets area (Databricks secrets 2.0), added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE
    secrets/SecretLimits.h secrets/SecretLimits.cpp
    secrets/SecretPermission.h secrets/SecretPermission.cpp
    secrets/SecretStore.h secrets/SecretStore.cpp
    secrets/SecretsBackend.h secrets/SecretsBackend.cpp
    secrets/SecretScopesApi.h secrets/SecretScopesApi.cpp
    secrets/SecretsApi.h secrets/SecretsApi.cpp
    secrets/SecretAclsApi.h secrets/SecretAclsApi.cpp
    secrets/SecretsSeed.h secrets/SecretsSeed.cpp)
