#include "DeltaLogGenerator.h"

#include "DemoSeed.h"

#include <QDateTime>
#include <algorithm>
#include <array>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kSpacingMs = 60'000;
// Beyond this many small files the next commit compacts them (as auto compaction would), which
// also keeps the live file set of a long history small.
constexpr std::size_t kCompactWhenSmallFiles = 48;
// Where the schema and property changes fall in the history, in the order of DeltaLogGenerator's
// Event values: column mapping comes before type widening, whose table-features protocol then
// lists columnMapping among its features.
constexpr std::array<double, 8> kEventFractions = {0.08, 0.18, 0.28, 0.40, 0.42, 0.55, 0.65, 0.85};
constexpr int kRestoreDistance = 5; // RESTORE goes back this many versions

// The numeric ids of demo::kUsers (the last one is the job's service principal).
constexpr std::array<const char *, 4> kUserIds = {"4816170123456789", "7310458821946352",
                                                  "2958301746623910", "5520981744310267"};
constexpr std::array<const char *, 2> kNotebookIds = {"1189437526173441", "2266109837415520"};
const char *const kJobId = "718233502144961";
const char *const kJobName = "Trips to Delta (hourly)";
const char *const kJobNotebookId = "3402716681529904";
constexpr qint64 kFirstJobRunId = 904518822730000;
constexpr qint64 kFirstTaskRunId = 271665093120000;

// splitmix64's finaliser: a well-mixed 64-bit value from any input.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

QString number(qint64 value)
{
    return QString::number(value);
}

// operationParameters of SET TBLPROPERTIES: the properties as JSON text.
OrderedJson propertiesParameter(const OrderedJson &properties)
{
    return OrderedJson().text("properties", properties.jsonText());
}

QByteArray protocolAction(int reader, int writer, const QStringList &readerFeatures = {},
                          const QStringList &writerFeatures = {})
{
    OrderedJson protocol;
    protocol.number("minReaderVersion", reader).number("minWriterVersion", writer);
    if (!readerFeatures.isEmpty())
        protocol.raw("readerFeatures", jsonStringArray(readerFeatures));
    if (!writerFeatures.isEmpty())
        protocol.raw("writerFeatures", jsonStringArray(writerFeatures));
    return OrderedJson().object("protocol", protocol).json() + '\n';
}

} // namespace

DeltaLogGenerator::DeltaLogGenerator(int commitCount, qint64 endMs)
    : m_commitCount(commitCount)
    , m_endMs(endMs)
    , m_state(0x7a1e5deb7a5eedULL)
    , m_schema(QString(), QStringList(), 0)
{
    m_schema = DeltaTableSchema(uuid(), {QStringLiteral("date")}, commitTimestamp(0) - 1874);
    const std::array<std::pair<const char *, const char *>, 9> columns = {{
        {"trip_id", "long"},
        {"pickup_time", "timestamp"},
        {"dropoff_time", "timestamp"},
        {"pickup_zip", "integer"},
        {"dropoff_zip", "integer"},
        {"passenger_count", "integer"},
        {"trip_distance", "double"},
        {"fare_amount", "double"},
        {"date", "date"},
    }};
    for (const auto &[name, type] : columns)
        m_schema.addColumn(latin1(name), latin1(type));
    m_schema.setProperty(QStringLiteral("delta.autoOptimize.optimizeWrite"),
                         QStringLiteral("true"));
    m_schema.setProperty(QStringLiteral("delta.enableDeletionVectors"), QStringLiteral("false"));
    scheduleEvents();
}

// Each change at its fraction of the history, after the one before; a history too short for
// all of them keeps the first ones. RESTORE goes back to a version after the last schema or
// property change, so the table's metadata is the same on both sides of it.
void DeltaLogGenerator::scheduleEvents()
{
    int previous = 0;
    for (std::size_t i = 0; i < kEventFractions.size(); ++i) {
        const int version = std::max(previous + 1, qRound(kEventFractions.at(i) * m_commitCount));
        if (version >= m_commitCount)
            return;
        const auto event = static_cast<Event>(i);
        if (event == Event::Restore) {
            if (version - kRestoreDistance < previous)
                return;
            m_restoreTarget = version - kRestoreDistance;
        }
        m_events.insert(version, event);
        previous = version;
    }
}

quint64 DeltaLogGenerator::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

qint64 DeltaLogGenerator::between(qint64 low, qint64 high)
{
    return low + static_cast<qint64>(next() % static_cast<quint64>(high - low + 1));
}

QString DeltaLogGenerator::uuid()
{
    QByteArray hex = QByteArray::number(next(), 16).rightJustified(16, '0') +
                     QByteArray::number(next(), 16).rightJustified(16, '0');
    hex[12] = '4'; // version 4, variant 1: shaped like the random uuids Delta writes
    hex[16] = "89ab"[static_cast<quint8>(hex.at(16)) % 4];
    const QByteArray text = hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                            hex.mid(16, 4) + '-' + hex.mid(20, 12);
    return QString::fromLatin1(text);
}

qint64 DeltaLogGenerator::fileTimeMs(int version) const
{
    const qint64 base =
        m_endMs - 2000 - static_cast<qint64>(m_commitCount - 1 - version) * kSpacingMs;
    if (version == m_commitCount - 1)
        return base;
    // Up to 15 s either way: still strictly increasing, as the minutes apart are 60 s.
    return base + static_cast<qint64>(mix(static_cast<quint64>(version)) % 30001) - 15000;
}

qint64 DeltaLogGenerator::commitTimestamp(int version) const
{
    // The writer takes commitInfo.timestamp before it writes the file.
    return fileTimeMs(version) - 40 -
           static_cast<qint64>(mix(static_cast<quint64>(version) + 0x9e37) % 360);
}

QString DeltaLogGenerator::dateOf(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QByteArray DeltaLogGenerator::commit(int version)
{
    Q_ASSERT(version == m_nextVersion);
    m_nextVersion = version + 1;
    Commit commit;
    const auto event = m_events.constFind(version);
    if (version == 0) {
        commit = create(version);
    } else if (event != m_events.constEnd()) {
        commit = *event == Event::Restore ? restore(version) : schemaChange(version, *event);
    } else {
        const qint64 roll = between(0, 99);
        const bool compact = roll < 6 || smallFileCount() > kCompactWhenSmallFiles;
        if (compact && optimize(version, &commit)) {
            // OPTIMIZE wrote the commit; with nothing to compact, an append does.
        } else if (roll < 58 || m_live.empty()) {
            commit = append(version, roll >= 28); // about half the appends come from the job
        } else if (roll < 74) {
            commit = merge(version);
        } else if (roll < 87) {
            commit = update(version);
        } else {
            commit = remove(version);
        }
    }
    if (version == m_restoreTarget)
        m_restoreSnapshot = m_live;
    return commit.commitInfo + '\n' + commit.actions;
}

QByteArray DeltaLogGenerator::commitInfo(int version, const QString &operation,
                                         const OrderedJson &parameters, const OrderedJson &metrics,
                                         const char *isolationLevel, bool blindAppend, bool fromJob)
{
    const auto user = fromJob ? std::size_t{3} : static_cast<std::size_t>(between(0, 2));
    OrderedJson info;
    info.number("timestamp", commitTimestamp(version))
        .text("userId", latin1(kUserIds.at(user)))
        .text("userName", latin1(demo::kUsers.at(user)))
        .text("operation", operation)
        .object("operationParameters", parameters);
    if (fromJob) {
        info.object("job", OrderedJson()
                               .text("jobId", latin1(kJobId))
                               .text("jobName", latin1(kJobName))
                               .text("jobRunId", number(kFirstJobRunId + version))
                               .text("runId", number(kFirstTaskRunId + version))
                               .text("jobOwnerId", latin1(kUserIds.at(0)))
                               .text("triggerType", QStringLiteral("cron")));
    }
    info.object("notebook",
                OrderedJson().text("notebookId",
                                   latin1(fromJob ? kJobNotebookId : kNotebookIds.at(user % 2))))
        .text("clusterId", latin1(fromJob ? demo::kEtlNightlyId : demo::kSharedAnalyticsId));
    if (version > 0)
        info.number("readVersion", version - 1);
    info.text("isolationLevel", latin1(isolationLevel))
        .boolean("isBlindAppend", blindAppend)
        .object("operationMetrics", metrics)
        .text("engineInfo", latin1(kDeltaEngineInfo))
        .text("txnId", uuid());
    return OrderedJson().object("commitInfo", info).json();
}

DeltaLogGenerator::Commit DeltaLogGenerator::create(int version)
{
    const OrderedJson properties =
        OrderedJson()
            .text("delta.autoOptimize.optimizeWrite", QStringLiteral("true"))
            .text("delta.enableDeletionVectors", QStringLiteral("false"));
    const OrderedJson parameters = OrderedJson()
                                       .text("partitionBy", QStringLiteral("[\"date\"]"))
                                       .text("clusterBy", QStringLiteral("[]"))
                                       .null("description")
                                       .text("isManaged", QStringLiteral("false"))
                                       .text("properties", properties.jsonText())
                                       .text("statsOnLoad", QStringLiteral("false"));
    Commit commit;
    commit.commitInfo = commitInfo(version, QStringLiteral("CREATE TABLE"), parameters,
                                   OrderedJson(), "WriteSerializable", true, false);
    commit.actions = protocolAction(1, 2) + m_schema.metaDataAction() + '\n';
    return commit;
}

DeltaLogGenerator::Commit DeltaLogGenerator::schemaChange(int version, Event event)
{
    QString operation = QStringLiteral("SET TBLPROPERTIES");
    OrderedJson parameters;
    QByteArray protocol;
    switch (event) {
    case Event::AddTipColumn:
    case Event::AddPaymentTypeColumn: {
        const bool tip = event == Event::AddTipColumn;
        const QString name = tip ? QStringLiteral("tip_amount") : QStringLiteral("payment_type");
        m_schema.addColumn(name, tip ? QStringLiteral("double") : QStringLiteral("string"));
        operation = QStringLiteral("ADD COLUMNS");
        const QByteArray columns =
            "[{\"column\":" + m_schema.fieldJson(*m_schema.column(name)) + "}]";
        parameters.text("columns", QString::fromUtf8(columns));
        break;
    }
    case Event::EnableColumnMapping:
        m_schema.enableColumnMapping();
        parameters =
            propertiesParameter(OrderedJson()
                                    .text("delta.columnMapping.mode", QStringLiteral("name"))
                                    .text("delta.minReaderVersion", QStringLiteral("2"))
                                    .text("delta.minWriterVersion", QStringLiteral("5")));
        protocol = protocolAction(2, 5);
        break;
    case Event::RenameFareColumn:
        m_schema.renameColumn(QStringLiteral("fare_amount"), QStringLiteral("fare"));
        operation = QStringLiteral("RENAME COLUMN");
        parameters.text("oldColumnPath", QStringLiteral("fare_amount"))
            .text("newColumnPath", QStringLiteral("fare"));
        break;
    case Event::EnableTypeWidening:
        m_schema.setProperty(QStringLiteral("delta.enableTypeWidening"), QStringLiteral("true"));
        parameters = propertiesParameter(
            OrderedJson().text("delta.enableTypeWidening", QStringLiteral("true")));
        // Table features: the legacy writer version 5's features are listed explicitly.
        protocol =
            protocolAction(3, 7, {QStringLiteral("columnMapping"), QStringLiteral("typeWidening")},
                           {QStringLiteral("appendOnly"), QStringLiteral("invariants"),
                            QStringLiteral("checkConstraints"), QStringLiteral("changeDataFeed"),
                            QStringLiteral("generatedColumns"), QStringLiteral("columnMapping"),
                            QStringLiteral("typeWidening")});
        break;
    case Event::WidenPassengerCount:
        m_schema.widenColumn(QStringLiteral("passenger_count"), QStringLiteral("long"));
        operation = QStringLiteral("CHANGE COLUMN");
        parameters.text("column", QString::fromUtf8(m_schema.fieldJson(
                                      *m_schema.column(QStringLiteral("passenger_count")))));
        break;
    case Event::SetRetention:
        m_schema.setProperty(QStringLiteral("delta.logRetentionDuration"),
                             QStringLiteral("interval 60 days"));
        m_schema.setProperty(QStringLiteral("delta.deletedFileRetentionDuration"),
                             QStringLiteral("interval 14 days"));
        parameters = propertiesParameter(
            OrderedJson()
                .text("delta.logRetentionDuration", QStringLiteral("interval 60 days"))
                .text("delta.deletedFileRetentionDuration", QStringLiteral("interval 14 days")));
        break;
    case Event::Restore:
        break; // restore()
    }
    Commit commit;
    commit.commitInfo =
        commitInfo(version, operation, parameters, OrderedJson(), "Serializable", true, false);
    commit.actions = m_schema.metaDataAction() + '\n' + protocol;
    return commit;
}

} // namespace brickdesk::emulator
