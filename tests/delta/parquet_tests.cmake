# Tests of the Parquet checkpoint reader. The test compresses its own small Parquet files with each
# codec, so it links the same decompression libraries as brickdesk_core.
brickdesk_add_test(tst_deltacheckpoint SOURCES tst_deltacheckpoint.cpp LIBS brickdesk_core)
include(${PROJECT_SOURCE_DIR}/core/delta/parquet/ParquetCodecs.cmake)
target_link_libraries(tst_deltacheckpoint PRIVATE ${BRICKDESK_PARQUET_CODEC_LIBS})
