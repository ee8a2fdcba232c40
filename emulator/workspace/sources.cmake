# Sources of the emulator workspace area, added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE)
