# Sources of the emulator's Azure area (Key Vault data plane, Entra token endpoint).
