#include "DeltaCheckpointReader.h"

#include "DeltaCheckpointFields.h"
#include "ParquetColumnReader.h"
#include "ParquetFooter.h"
#include "ParquetSchema.h"
#include "ParquetTypes.h"

#include <functional>
#include <memory>
#include <set>
#include <vector>

namespace brickdesk {

namespace {

// Sidecar files of one v2 checkpoint; real tables have a handful to a few thousand.
constexpr qint64 kMaxSidecars = 1024 * 1024;

// Counts rows whose add.path is set, without decoding a single path.
class AddPathCounter : public ParquetColumnVisitor
{
public:
    explicit AddPathCounter(int maxDefinition)
        : m_maxDefinition(maxDefinition)
    {}
    bool entries(int, int definition, qint64 count, QString *) override
    {
        rowsSeen += count;
        if (definition == m_maxDefinition)
            added += count;
        return true;
    }
    bool value(int, const ParquetValue &, QString *) override
    {
        ++rowsSeen;
        ++added;
        return true;
    }

    qint64 rowsSeen = 0;
    qint64 added = 0;

private:
    int m_maxDefinition;
};

struct ActionColumns
{
    QString name;
    std::vector<std::unique_ptr<DeltaLeafCollector>> collectors;
};

} // namespace

std::optional<DeltaCheckpointContent> readDeltaCheckpoint(const QByteArray &parquetFile,
                                                          QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString reason;
    const std::optional<ParquetFileMetaData> meta = readParquetFooter(parquetFile, &reason);
    if (!meta)
        return failWith(QStringLiteral("checkpoint ") + reason);
    const std::optional<ParquetSchema> schema = buildParquetSchema(meta->schema, &reason);
    if (!schema)
        return failWith(QStringLiteral("checkpoint ") + reason);

    bool anyAction = false;
    for (const char *action : {"add", "remove", "metaData", "protocol", "txn", "sidecar",
                               "checkpointMetadata", "domainMetadata", "commitInfo"}) {
        anyAction = anyAction || schema->childNamed(0, QLatin1String(action)) >= 0;
    }
    if (!anyAction)
        return failWith(QStringLiteral("file is not a Delta checkpoint: it has none of the action "
                                       "columns add, remove, metaData, protocol, txn, sidecar"));
    const auto actionNode = [&](const char *name, int *node) {
        *node = schema->childNamed(0, QLatin1String(name));
        if (*node < 0)
            return true;
        const ParquetSchemaNode &action = schema->nodes.at(*node);
        if (action.children.isEmpty() || action.repetition == parquet::Repeated) {
            reason = QStringLiteral("checkpoint column %1 is not a group that holds one action "
                                    "per row")
                         .arg(action.name);
            return false;
        }
        return true;
    };

    DeltaKeepBudget budget;
    std::vector<ActionColumns> actions;
    for (const char *name : {"metaData", "protocol", "sidecar"}) {
        int node = -1;
        if (!actionNode(name, &node))
            return failWith(reason);
        if (node < 0)
            continue;
        const std::optional<QList<DeltaFieldLeaf>> fields =
            deltaFieldLeaves(*schema, node, &reason);
        if (!fields)
            return failWith(reason);
        ActionColumns columns;
        columns.name = QLatin1String(name);
        const qint64 maxRows = columns.name == QLatin1String("sidecar") ? kMaxSidecars : 1;
        for (const DeltaFieldLeaf &field : *fields)
            columns.collectors.push_back(std::make_unique<DeltaLeafCollector>(
                field, schema->nodes.at(field.node).definitionLevel, maxRows, columns.name,
                &budget));
        actions.push_back(std::move(columns));
    }
    int addNode = -1;
    if (!actionNode("add", &addNode))
        return failWith(reason);
    int addPath = -1;
    std::optional<AddPathCounter> counter;
    if (addNode >= 0) {
        addPath = schema->childNamed(addNode, QStringLiteral("path"));
        if (addPath < 0 || schema->nodes.at(addPath).column < 0 ||
            schema->nodes.at(addPath).repetitionLevel != 0)
            return failWith(QStringLiteral("checkpoint column add has no single path column"));
        counter.emplace(schema->nodes.at(addPath).definitionLevel);
    }

    for (qsizetype g = 0; g < meta->rowGroups.size(); ++g) {
        const ParquetRowGroup &group = meta->rowGroups.at(g);
        if (group.columns.size() != schema->leaves.size())
            return failWith(QStringLiteral("checkpoint row group %1 has %2 columns, the schema %3")
                                .arg(g)
                                .arg(group.columns.size())
                                .arg(schema->leaves.size()));
        const auto read = [&](int leaf, bool decodeValues, ParquetColumnVisitor &visitor,
                              const std::function<qint64()> &rowsSeen) -> QString {
            const qint64 before = rowsSeen();
            const ParquetColumnChunk &chunk = group.columns.at(schema->nodes.at(leaf).column);
            QString problem;
            if (!readParquetColumnChunk(parquetFile, meta->footerOffset, *schema, leaf, chunk,
                                        decodeValues, visitor, &problem))
                return problem;
            if (rowsSeen() - before != group.numRows)
                return QStringLiteral("column %1 has %2 rows in row group %3, which has %4")
                    .arg(schema->pathOf(leaf).join(QLatin1Char('.')))
                    .arg(rowsSeen() - before)
                    .arg(g)
                    .arg(group.numRows);
            return QString();
        };
        for (ActionColumns &action : actions) {
            for (const std::unique_ptr<DeltaLeafCollector> &collector : action.collectors) {
                DeltaLeafCollector &c = *collector;
                QString problem = read(c.leaf().node, true, c, [&c] { return c.rowsSeen(); });
                if (!problem.isEmpty())
                    return failWith(c.failure().isEmpty() ? problem : c.failure());
            }
        }
        if (counter) {
            const QString problem =
                read(addPath, false, *counter, [&] { return counter->rowsSeen; });
            if (!problem.isEmpty())
                return failWith(problem);
        }
    }

    DeltaCheckpointContent content;
    content.addFileCount = counter ? counter->added : 0;
    for (const ActionColumns &action : actions) {
        QList<const DeltaLeafCollector *> leaves;
        std::set<qint64> rows;
        for (const std::unique_ptr<DeltaLeafCollector> &collector : action.collectors) {
            leaves.append(collector.get());
            for (const DeltaLeafCollector::Row &row : collector->rows())
                rows.insert(row.index);
        }
        if (action.name == QLatin1String("sidecar")) {
            for (const DeltaLeafCollector *leaf : std::as_const(leaves)) {
                if (leaf->leaf().jsonPath != QStringList{QStringLiteral("path")})
                    continue;
                for (const DeltaLeafCollector::Row &row : leaf->rows()) {
                    if (row.entries.first().hasValue)
                        content.sidecarFiles.append(QString::fromUtf8(row.entries.first().bytes));
                }
            }
            continue;
        }
        if (rows.empty())
            continue;
        if (rows.size() > 1)
            return failWith(QStringLiteral("checkpoint holds more than one %1 action (rows %2 and "
                                           "%3)")
                                .arg(action.name)
                                .arg(*rows.begin())
                                .arg(*std::next(rows.begin())));
        std::optional<QJsonObject> object = deltaActionObject(leaves, *rows.begin(), &reason);
        if (!object)
            return failWith(QStringLiteral("checkpoint ") + action.name + QStringLiteral(": ") +
                            reason);
        (action.name == QLatin1String("metaData") ? content.metaData : content.protocol) =
            std::move(object);
    }
    return content;
}

} // namespace brickdesk
