#pragma once

#include "ParquetFooter.h"
#include "ParquetSchema.h"
#include "ParquetValueDecoder.h"

#include <QByteArray>
#include <QString>

namespace brickdesk {

// Receives the entries of one column chunk in order, as (repetition level, definition level)
// pairs; an entry at the column's maximum definition level carries a value when values are decoded.
class ParquetColumnVisitor
{
public:
    virtual ~ParquetColumnVisitor() = default;
    // `count` consecutive entries with these levels and no value (null, or values not decoded).
    virtual bool entries(int repetition, int definition, qint64 count, QString *error) = 0;
    // One entry at the maximum definition level with its value (only when values are decoded).
    virtual bool value(int repetition, const ParquetValue &value, QString *error) = 0;
};

// Reads every page of `chunk`, the chunk of leaf `leaf` of `schema`, from `file`, whose column data
// ends at `dataEnd`. With `decodeValues` false only the levels are read (values of any type and
// encoding are then skipped). Errors name the column.
bool readParquetColumnChunk(const QByteArray &file, qint64 dataEnd, const ParquetSchema &schema,
                            int leaf, const ParquetColumnChunk &chunk, bool decodeValues,
                            ParquetColumnVisitor &visitor, QString *error);

} // namespace brickdesk
