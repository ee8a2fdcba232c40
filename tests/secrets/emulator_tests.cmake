# The emulator's secrets API, Key Vault data plane and Entra ID endpoints over real HTTP.
brickdesk_add_test(tst_emulator_secrets SOURCES tst_emulator_secrets.cpp EmulatorAzureHttp.h
    LIBS brickdesk_emulator Qt6::Network)
brickdesk_add_test(tst_emulator_keyvault SOURCES tst_emulator_keyvault.cpp EmulatorAzureHttp.h
    LIBS brickdesk_emulator Qt6::Network)
# One case starts the executable to check what it prints.
target_compile_definitions(tst_emulator_keyvault PRIVATE
    BRICKDESK_EMULATOR_PATH="$<TARGET_FILE:brickdesk-emulator>")
add_dependencies(tst_emulator_keyvault brickdesk-emulator)
