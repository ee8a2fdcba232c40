# Sources of the emulator's DBFS area, added to brickdesk_emulator.
target_sources(brickdesk_emulator PRIVATE
    dbfs/DbfsStore.h dbfs/DbfsStore.cpp
    dbfs/DbfsBodies.h dbfs/DbfsBodies.cpp
    dbfs/DbfsApi.h dbfs/DbfsApi.cpp
    dbfs/DbfsSeed.h dbfs/DbfsSeed.cpp
    dbfs/OrderedJson.h dbfs/OrderedJson.cpp
    dbfs/DeltaHistoryReader.h dbfs/DeltaHistoryReader.cpp
    dbfs/DeltaTableSchema.h dbfs/DeltaTableSchema.cpp
    dbfs/DeltaLogGenerator.h dbfs/DeltaLogGenerator.cpp dbfs/DeltaLogFiles.cpp
    dbfs/DeltaTableGenerator.h dbfs/DeltaTableGenerator.cpp)
