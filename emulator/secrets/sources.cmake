# Sources of the emulator's secrets area (Databricks secrets 2.0), added to brickdesk_emulator.
