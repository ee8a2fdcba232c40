# Sources of the core sql area (warehouses, SQL Statement Execution API, results), added to brickdesk_core.
target_sources(brickdesk_core PRIVATE
    sql/SparkSqlWords.h sql/SparkSqlWords.cpp
    sql/SqlWarehouse.h sql/SqlWarehouse.cpp
    sql/StatementResult.h sql/StatementResult.cpp
    sql/SqlClient.h sql/SqlClient.cpp
    sql/StatementRun.h sql/StatementRun.cpp
    sql/ResultChunkCache.h sql/ResultChunkCache.cpp)
target_include_directories(brickdesk_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sql)
# The SQL editor's own core pieces: statements of a text, exports, history, completion words.
target_sources(brickdesk_core PRIVATE
    sql/StatementSplitter.h sql/StatementSplitter.cpp
    sql/ResultExporter.h sql/ResultExporter.cpp
    sql/QueryHistory.h sql/QueryHistory.cpp
    sql/SqlCompletionWords.h sql/SqlCompletionWords.cpp)
