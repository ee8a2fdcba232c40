# Sources of the emulator sql area, added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE)
