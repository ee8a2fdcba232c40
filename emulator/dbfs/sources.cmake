# Sources of the emulator's DBFS area, added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE)
