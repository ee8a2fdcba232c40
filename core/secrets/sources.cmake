# Sources of the core's secrets area (Databricks secrets 2.0), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    secrets/SecretScope.h secrets/SecretScope.cpp
    secrets/SecretRules.h secrets/SecretRules.cpp
    secrets/SecretsClient.h secrets/SecretsClient.cpp
    secrets/SecretInventory.h secrets/SecretInventory.cpp
    secrets/SecretWriter.h secrets/SecretWriter.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/secrets)
