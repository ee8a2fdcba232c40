# Sources of the Parquet checkpoint reader (Delta checkpoints are Parquet files), added to
# brickdesk_core from core/delta/sources.cmake.
