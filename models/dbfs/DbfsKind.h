#pragma once

#include <QString>

namespace brickdesk {

// What an entry is, for its icon: the model says the kind, the ui picks the picture.
enum class DbfsKind
{
    Folder,
    DeltaTable, // a folder holding a _delta_log folder
    Notebook,   // source a notebook is made of: .py, .sql, .scala, .r, .ipynb
    DataFile,   // .csv, .tsv, .json, .parquet, .avro, .orc, ...
    File
};

DbfsKind dbfsKindOf(const QString &name, bool isDir, bool isDeltaTable);

} // namespace brickdesk
