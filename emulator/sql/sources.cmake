# Sources of the emulator's SQL area (SQL warehouses and the Statement Execution API, run on
# SQLite through Qt SQL), added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE
    sql/WarehouseStore.h sql/WarehouseStore.cpp
    sql/WarehouseLifecycle.h sql/WarehouseLifecycle.cpp
    sql/WarehouseSeed.h sql/WarehouseSeed.cpp
    sql/WarehousesApi.h sql/WarehousesApi.cpp
    sql/SqlText.h sql/SqlText.cpp
    sql/SqlTypes.h sql/SqlTypes.cpp
    sql/SqlFailure.h sql/SqlFailure.cpp
    sql/SqlPlan.h sql/SqlPlan.cpp
    sql/SqlTranslations.h sql/SqlTranslations.cpp
    sql/SqlDeltaHistory.h sql/SqlDeltaHistory.cpp
    sql/DeltaRestore.h sql/DeltaRestore.cpp
    sql/SqlDeltaRestore.h sql/SqlDeltaRestore.cpp
    sql/SqlDemoSchema.h sql/SqlDemoSchema.cpp
    sql/SqlEngine.h sql/SqlEngine.cpp
    sql/SqlStatements.h sql/SqlStatements.cpp
    sql/StatementAnswers.h sql/StatementAnswers.cpp
    sql/StatementsApi.h sql/StatementsApi.cpp)
