#pragma once

#include "ParquetFooter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// The schema tree of a Parquet file, rebuilt from the footer's depth-first element list, with the
// definition and repetition levels that Dremel-style nesting gives each node.
struct ParquetSchemaNode
{
    QString name;
    qint32 repetition = 0;    // parquet::Repetition; the root counts as required
    qint32 physicalType = -1; // leaves only
    int parent = -1;
    QList<int> children;
    int definitionLevel = 0; // a value's definition level is at least this when this node is set
    int repetitionLevel = 0;
    int column = -1; // leaves: index of their column chunk in each row group
};

struct ParquetSchema
{
    QList<ParquetSchemaNode> nodes; // nodes[0] is the root
    QList<int> leaves;              // node of column i

    QStringList pathOf(int node) const;                  // names from below the root down to `node`
    int childNamed(int node, const QString &name) const; // -1 if there is none
};

std::optional<ParquetSchema> buildParquetSchema(const QList<ParquetSchemaElement> &elements,
                                                QString *error);

} // namespace brickdesk
