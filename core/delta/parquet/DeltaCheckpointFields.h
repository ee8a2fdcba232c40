#pragma once

#include "ParquetColumnReader.h"
#include "ParquetSchema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// How the checkpoint reader maps Parquet leaves under an action (metaData, protocol, sidecar) to
// the action's JSON fields, and the entries it keeps from them.
enum class DeltaFieldKind
{
    String,
    Integer,
    StringList,
    StringMap
};
enum class DeltaLeafRole
{
    Scalar,
    ListElement,
    MapKey,
    MapValue
};

struct DeltaFieldLeaf
{
    int node = -1;        // the leaf in the schema
    QStringList jsonPath; // e.g. {"format", "options"}
    DeltaFieldKind kind = DeltaFieldKind::String;
    DeltaLeafRole role = DeltaLeafRole::Scalar;
    int actionDefinition = 0;    // definition level from which the action is present
    int containerDefinition = 0; // lists and maps: from which the list or map is present
    int entryDefinition = 0;     // lists and maps: from which an element exists
    // Groups between the action and the field: {json path prefix length, definition level}.
    QList<std::pair<int, int>> structs;
};

// Finds the leaves of `action` (a child of the schema root) that hold the fields Brickdesk reads.
// A known field with an unexpected shape or type is an error; unknown fields are left out.
std::optional<QList<DeltaFieldLeaf>> deltaFieldLeaves(const ParquetSchema &schema, int action,
                                                      QString *error);

// Caps on what a whole checkpoint may make the reader keep in memory.
struct DeltaKeepBudget
{
    qint64 entries = 4 * 1024 * 1024;
    qint64 bytes = 512LL * 1024 * 1024;
};

// Keeps the entries of the rows in which the action is present; rows of other actions pass by.
class DeltaLeafCollector : public ParquetColumnVisitor
{
public:
    struct Entry
    {
        int definition = 0;
        bool hasValue = false;
        QByteArray bytes;
        qint64 integer = 0;
    };
    struct Row
    {
        qint64 index = 0;
        QList<Entry> entries;
    };

    DeltaLeafCollector(const DeltaFieldLeaf &leaf, int maxDefinition, qint64 maxRows,
                       QString actionName, DeltaKeepBudget *budget);
    bool entries(int repetition, int definition, qint64 count, QString *error) override;
    bool value(int repetition, const ParquetValue &value, QString *error) override;

    const DeltaFieldLeaf &leaf() const { return m_leaf; }
    const QList<Row> &rows() const { return m_rows; }
    qint64 rowsSeen() const { return m_rowsSeen; }
    // A problem with the checkpoint's content rather than its encoding.
    const QString &failure() const { return m_failure; }

private:
    bool add(int repetition, Entry entry, qint64 count, QString *error);
    bool fail(const QString &message, QString *error);

    DeltaFieldLeaf m_leaf;
    int m_maxDefinition;
    qint64 m_maxRows;
    QString m_actionName;
    DeltaKeepBudget *m_budget;
    QList<Row> m_rows;
    qint64 m_rowsSeen = 0;
    bool m_currentRowKept = false;
    QString m_failure;
};

// Builds the action's JSON object from the one row its leaves kept.
std::optional<QJsonObject> deltaActionObject(const QList<const DeltaLeafCollector *> &leaves,
                                             qint64 row, QString *error);

} // namespace brickdesk
