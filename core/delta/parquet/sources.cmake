# Sources of the Parquet checkpoint reader (Delta checkpoints are Parquet files), added to
# brickdesk_core from core/delta/sources.cmake.
target_sources(brickdesk_core PRIVATE
    delta/parquet/ThriftCompactReader.h delta/parquet/ThriftCompactReader.cpp
    delta/parquet/ParquetTypes.h delta/parquet/ParquetTypes.cpp
    delta/parquet/ParquetFooter.h delta/parquet/ParquetFooter.cpp
    delta/parquet/ParquetSchema.h delta/parquet/ParquetSchema.cpp
    delta/parquet/ParquetPageHeader.h delta/parquet/ParquetPageHeader.cpp
    delta/parquet/ParquetCodec.h delta/parquet/ParquetCodec.cpp
    delta/parquet/ParquetRleDecoder.h delta/parquet/ParquetRleDecoder.cpp
    delta/parquet/ParquetValueDecoder.h delta/parquet/ParquetValueDecoder.cpp
    delta/parquet/ParquetColumnReader.h delta/parquet/ParquetColumnReader.cpp
    delta/parquet/DeltaCheckpointFields.h delta/parquet/DeltaCheckpointFields.cpp
    delta/parquet/DeltaCheckpointReader.h delta/parquet/DeltaCheckpointReader.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/delta/parquet)

# Debian 12 packages no Parquet library, so checkpoint pages are decompressed here: SNAPPY (what
# Spark and delta-rs write) through libsnappy, GZIP through zlib, ZSTD through libzstd.
include(${CMAKE_CURRENT_LIST_DIR}/ParquetCodecs.cmake)
target_link_libraries(brickdesk_core PRIVATE ${BRICKDESK_PARQUET_CODEC_LIBS})
