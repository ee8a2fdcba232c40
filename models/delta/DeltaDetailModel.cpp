#include "DeltaDetailModel.h"

#include "DeltaHistory.h"
#include "JsonFields.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace brickdesk {

struct DeltaDetailModel::Node
{
    QString name;
    QString value;
    bool emphasised = false; // a warning or a change worth seeing
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(const QString &childName, const QString &childValue = QString())
    {
        auto child = std::make_unique<Node>();
        child->name = childName;
        child->value = childValue;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QString valueText(const QJsonValue &value)
{
    return jsonValueText(value, QStringLiteral("null"));
}

// Metrics are numbers written as strings: shown with digit grouping.
QString metricText(const QJsonValue &value)
{
    bool ok = false;
    const qint64 number = valueText(value).toLongLong(&ok);
    return ok ? QLocale().toString(number) : valueText(value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void addIfSet(DeltaDetailModel::Node *parent, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        parent->add(name, value);
}

void addObject(DeltaDetailModel::Node *parent, const QJsonObject &object, bool metrics)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parent->add(it.key(), metrics ? metricText(it.value()) : valueText(it.value()));
}

void addSchemaChanges(DeltaDetailModel::Node *section, const DeltaSchema &before,
                      const DeltaSchema &after)
{
    const QList<DeltaSchemaChange> changes = diffDeltaSchemas(before, after);
    for (const DeltaSchemaChange &change : changes) {
        QString text;
        switch (change.kind) {
        case DeltaSchemaChange::Kind::Added:
            text = DeltaDetailModel::tr("added (%1)").arg(change.after);
            break;
        case DeltaSchemaChange::Kind::Removed:
            text = DeltaDetailModel::tr("dropped (was %1)").arg(change.before);
            break;
        case DeltaSchemaChange::Kind::Renamed:
            text = DeltaDetailModel::tr("renamed from %1").arg(change.previousPath);
            break;
        default:
            text = deltaSchemaChangeKindName(change.kind) + QStringLiteral(": ") + change.before +
                   QStringLiteral(" → ") + change.after;
            break;
        }
        section->add(change.path, text)->emphasised = true;
    }
    if (before.partitionColumns != after.partitionColumns)
        section
            ->add(DeltaDetailModel::tr("partition columns"),
                  before.partitionColumns.join(QStringLiteral(", ")) + QStringLiteral(" → ") +
                      after.partitionColumns.join(QStringLiteral(", ")))
            ->emphasised = true;
    const QList<DeltaPropertyChange> properties =
        diffTableProperties(before.configuration, after.configuration);
    for (const DeltaPropertyChange &property : properties)
        section
            ->add(property.key,
                  (property.before ? *property.before : DeltaDetailModel::tr("(unset)")) +
                      QStringLiteral(" → ") +
                      (property.after ? *property.after : DeltaDetailModel::tr("(unset)")))
            ->emphasised = true;
    if (section->children.empty())
        section->value = DeltaDetailModel::tr("no change");
    else
        section->value = DeltaDetailModel::tr("%n change(s)", nullptr,
                                              static_cast<int>(section->children.size()));
}

} // namespace

DeltaDetailModel::DeltaDetailModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

DeltaDetailModel::~DeltaDetailModel() = default;

void DeltaDetailModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void DeltaDetailModel::setVersion(const DeltaHistoryEntry &entry,
                                  const std::optional<DeltaTableState> &state,
                                  const std::optional<DeltaTableState> &previous,
                                  bool isFirstVersion)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const DeltaCommit &commit = entry.commit;

    Node *info = m_root->add(tr("Commit"), tr("version %1").arg(entry.version));
    info->add(tr("timestamp"),
              timeText(entry.timestamp) +
                  (entry.timestampFromInCommit ? tr(" (in-commit timestamp)") : QString()));
    addIfSet(info, tr("commitInfo.timestamp"), timeText(commit.commitInfoTimestamp));
    addIfSet(info, tr("file modified"), timeText(entry.fileModified));
    addIfSet(info, tr("operation"), commit.operation);
    addIfSet(info, tr("userName"), commit.userName);
    addIfSet(info, tr("userId"), commit.userId);
    if (!commit.notebook.isEmpty())
        addObject(info->add(tr("notebook")), commit.notebook, false);
    if (!commit.job.isEmpty())
        addObject(info->add(tr("job")), commit.job, false);
    addIfSet(info, tr("clusterId"), commit.clusterId);
    if (commit.readVersion)
        info->add(tr("readVersion"), QString::number(*commit.readVersion));
    addIfSet(info, tr("isolationLevel"), commit.isolationLevel);
    if (commit.isBlindAppend)
        info->add(tr("isBlindAppend"),
                  *commit.isBlindAppend ? QStringLiteral("true") : QStringLiteral("false"));
    addIfSet(info, tr("engineInfo"), commit.engineInfo);
    addIfSet(info, tr("userMetadata"), commit.userMetadata);
    info->add(tr("commit file"), QLocale().formattedDataSize(entry.fileSize));

    Node *parameters =
        m_root->add(tr("Operation parameters"), QString::number(commit.operationParameters.size()));
    addObject(parameters, commit.operationParameters, false);
    Node *metrics =
        m_root->add(tr("Operation metrics"), QString::number(commit.operationMetrics.size()));
    addObject(metrics, commit.operationMetrics, true);

    Node *files =
        m_root->add(tr("Files"), tr("+%1 (%2)  −%3 (%4)")
                                     .arg(QLocale().toString(commit.filesAdded),
                                          QLocale().formattedDataSize(commit.bytesAdded),
                                          QLocale().toString(commit.filesRemoved),
                                          QLocale().formattedDataSize(commit.bytesRemoved)));
    const auto addPartitions = [&](const QString &title, const QMap<QString, int> &partitions) {
        if (partitions.isEmpty())
            return;
        Node *node = files->add(title, QString::number(partitions.size()));
        for (auto it = partitions.cbegin(); it != partitions.cend(); ++it)
            node->add(it.key(), tr("%n file(s)", nullptr, it.value()));
    };
    addPartitions(tr("partitions written"), commit.partitionsAdded);
    addPartitions(tr("partitions removed from"), commit.partitionsRemoved);
    if (commit.partitionsTruncated)
        files->add(tr("partitions"),
                   tr("only the first %1 are listed").arg(DeltaCommit::kMaxPartitions));
    if (!commit.fileSamples.isEmpty()) {
        const int shown = static_cast<int>(commit.fileSamples.size());
        Node *list = files->add(tr("file actions"), shown < commit.filesAdded + commit.filesRemoved
                                                        ? tr("first %1").arg(shown)
                                                        : QString::number(shown));
        for (const DeltaFileChange &change : commit.fileSamples)
            list->add((change.added ? QStringLiteral("+ ") : QStringLiteral("− ")) + change.path,
                      (change.size >= 0 ? QLocale().formattedDataSize(change.size) : QString()) +
                          (change.dataChange ? QString() : tr(" (no data change)")));
    }

    Node *schema = m_root->add(tr("Schema and properties"));
    if (!state) {
        schema->value = tr("working out…");
    } else if (!state->schema) {
        schema->value = tr("unknown");
        for (const QString &problem : state->problems)
            schema->add(tr("why"), problem)->emphasised = true;
    } else {
        schema->add(tr("as of"), state->schemaSource);
        schema->add(tr("columns"), QString::number(state->schema->columns.size()));
        schema->add(tr("partition columns"),
                    state->schema->partitionColumns.join(QStringLiteral(", ")));
        schema->add(tr("column mapping"), state->schema->columnMappingMode());
        Node *properties = schema->add(tr("table properties"),
                                       QString::number(state->schema->configuration.size()));
        addObject(properties, state->schema->configuration, false);
    }
    Node *changes = m_root->add(tr("Changes from the version before"));
    if (isFirstVersion) {
        changes->value = tr("the first version in the log");
    } else if (!state || !previous) {
        changes->value = tr("working out…");
    } else if (!state->schema || !previous->schema) {
        changes->value = tr("unknown: the schema before or at this version is not known");
    } else if (state->schemaVersion != entry.version && state->protocolVersion != entry.version) {
        changes->value = tr("no change");
    } else {
        addSchemaChanges(changes, *previous->schema, *state->schema);
        if (state->protocol && previous->protocol &&
            (state->protocol->minReaderVersion != previous->protocol->minReaderVersion ||
             state->protocol->minWriterVersion != previous->protocol->minWriterVersion ||
             state->protocol->effectiveFeatures() != previous->protocol->effectiveFeatures()))
            changes
                ->add(tr("protocol"), tr("reader %1 → %2, writer %3 → %4")
                                          .arg(previous->protocol->minReaderVersion)
                                          .arg(state->protocol->minReaderVersion)
                                          .arg(previous->protocol->minWriterVersion)
                                          .arg(state->protocol->minWriterVersion))
                ->emphasised = true;
    }

    Node *protocol = m_root->add(tr("Protocol"));
    if (state && state->protocol) {
        protocol->value = tr("reader %1, writer %2")
                              .arg(state->protocol->minReaderVersion)
                              .arg(state->protocol->minWriterVersion);
        protocol->add(tr("as of"), state->protocolSource);
        const QStringList unknown = state->protocol->unknownFeatures();
        for (const QString &feature : state->protocol->effectiveFeatures()) {
            Node *node = protocol->add(
                feature, unknown.contains(feature) ? tr("unknown to Brickdesk") : QString());
            node->emphasised = unknown.contains(feature);
        }
    } else {
        protocol->value = state ? tr("unknown") : tr("working out…");
    }

    const QStringList warnings = entry.warnings();
    Node *warningNode = m_root->add(tr("Warnings"), QString::number(warnings.size()));
    warningNode->emphasised = !warnings.isEmpty();
    for (const QString &warning : warnings)
        warningNode->add(QString(), warning)->emphasised = true;
    endResetModel();
}

QModelIndex DeltaDetailModel::section(const QString &title) const
{
    for (const auto &child : m_root->children)
        if (child->name == title)
            return createIndex(child->row, 0, child.get());
    return {};
}

QModelIndex DeltaDetailModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row < 0 || column < 0 || column > 1 || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(static_cast<size_t>(row)).get());
}

QModelIndex DeltaDetailModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int DeltaDetailModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(node->children.size());
}

int DeltaDetailModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant DeltaDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == 0 ? node->name : node->value;
    if (role == Qt::FontRole && node->parent == m_root.get() && index.column() == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && node->emphasised)
        return QColor(0xb0, 0x5a, 0x00);
    return {};
}

QVariant DeltaDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Value");
}

} // namespace brickdesk
