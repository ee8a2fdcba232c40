#include "QueryHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

namespace brickdesk {

struct QueryHistory::WriteStatus
{
    QMutex mutex;
    QString error;
};

namespace {

const QString kText = QStringLiteral("text");
const QString kTruncated = QStringLiteral("text_truncated");
const QString kWarehouseId = QStringLiteral("warehouse_id");
const QString kWarehouseName = QStringLiteral("warehouse_name");
const QString kStartedAt = QStringLiteral("started_at");
const QString kDuration = QStringLiteral("duration_ms");
const QString kRows = QStringLiteral("rows");
const QString kStatus = QStringLiteral("status");
const QString kError = QStringLiteral("error");

QJsonObject toJson(const QueryHistoryEntry &entry)
{
    QJsonObject json{{kText, entry.text},
                     {kWarehouseId, entry.warehouseId},
                     {kWarehouseName, entry.warehouseName},
                     {kStartedAt, entry.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {kDuration, entry.durationMs},
                     {kRows, entry.rows},
                     {kStatus, entry.status}};
    if (entry.textTruncated)
        json.insert(kTruncated, true);
    if (!entry.errorMessage.isEmpty())
        json.insert(kError, entry.errorMessage);
    return json;
}

std::optional<QueryHistoryEntry> fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    QueryHistoryEntry entry;
    entry.text = json.value(kText).toString();
    if (entry.text.isEmpty())
        return std::nullopt;
    entry.textTruncated = json.value(kTruncated).toBool();
    entry.warehouseId = json.value(kWarehouseId).toString();
    entry.warehouseName = json.value(kWarehouseName).toString();
    entry.startedAt = QDateTime::fromString(json.value(kStartedAt).toString(), Qt::ISODateWithMs);
    entry.durationMs = json.value(kDuration).toInteger();
    entry.rows = json.value(kRows).toInteger(-1);
    entry.status = json.value(kStatus).toString();
    entry.errorMessage = json.value(kError).toString();
    return entry;
}

QueryHistoryEntry cleaned(QueryHistoryEntry entry)
{
    if (entry.text.size() > QueryHistory::kMaxTextChars) {
        entry.text.truncate(QueryHistory::kMaxTextChars);
        entry.textTruncated = true;
    }
    entry.text = QueryHistory::maskSecrets(entry.text);
    entry.errorMessage = QueryHistory::maskSecrets(entry.errorMessage.left(4096));
    entry.startedAt = entry.startedAt.toUTC();
    return entry;
}

} // namespace

QueryHistory::QueryHistory(const QString &profile, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_path(QDir(directory).filePath(fileNameFor(profile)))
    , m_writer(std::make_unique<QThreadPool>())
    , m_writeStatus(std::make_shared<WriteStatus>())
{
    m_writer->setMaxThreadCount(1); // writes land in the order they were made
    load();
}

QueryHistory::~QueryHistory()
{
    flush();
}

QString QueryHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/query-history");
}

QString QueryHistory::fileNameFor(const QString &profile)
{
    QString safe;
    for (const QChar c : profile) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
            c == QLatin1Char('_'))
            safe.append(c);
        else
            safe.append(QLatin1Char('_'));
        if (safe.size() >= 40)
            break;
    }
    // Two names that sanitise alike ("a b", "a/b") still get files of their own.
    const QByteArray hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256);
    return safe + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(12)) +
           QStringLiteral(".json");
}

QString QueryHistory::maskSecrets(const QString &text)
{
    static const QRegularExpression patTokens(
        QStringLiteral("\\b(dapi|dkea|dose|dsapi)[0-9a-f]{16,}(-\\d+)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwts(
        QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty())
        return text;
    QString masked = text;
    masked.replace(bearer, QStringLiteral("\\1 …(masked)"));
    masked.replace(patTokens, QStringLiteral("\\1…(masked)"));
    masked.replace(jwts, QStringLiteral("eyJ…(masked)"));
    return masked;
}

QList<int> QueryHistory::search(const QString &needle) const
{
    QList<int> found;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (matches(m_entries.at(i), needle))
            found.append(i);
    }
    return found;
}

bool QueryHistory::matches(const QueryHistoryEntry &entry, const QString &needle)
{
    const QString trimmed = needle.trimmed();
    return trimmed.isEmpty() || entry.text.contains(trimmed, Qt::CaseInsensitive) ||
           entry.warehouseName.contains(trimmed, Qt::CaseInsensitive) ||
           entry.errorMessage.contains(trimmed, Qt::CaseInsensitive);
}

void QueryHistory::add(QueryHistoryEntry entry)
{
    m_entries.prepend(cleaned(std::move(entry)));
    Q_EMIT entryAdded();
    if (m_entries.size() > kMaxEntries) {
        Q_EMIT entriesAboutToBeTrimmed(kMaxEntries);
        m_entries.resize(kMaxEntries);
        Q_EMIT entriesTrimmed(kMaxEntries);
    }
    scheduleSave();
}

void QueryHistory::remove(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    Q_EMIT entryAboutToBeRemoved(index);
    m_entries.removeAt(index);
    Q_EMIT entryRemoved(index);
    scheduleSave();
}

void QueryHistory::clear()
{
    Q_EMIT aboutToClear();
    m_entries.clear();
    Q_EMIT cleared();
    scheduleSave();
}

bool QueryHistory::flush()
{
    if (m_savePending)
        save();
    m_writer->waitForDone();
    return lastWriteError().isEmpty();
}

QString QueryHistory::lastWriteError() const
{
    QMutexLocker lock(&m_writeStatus->mutex);
    return m_writeStatus->error;
}

void QueryHistory::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = file.errorString();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_loadError = tr("%1 is not a query history: %2").arg(m_path, error.errorString());
        // Kept aside, not overwritten by the next save: the user may want it back.
        file.close();
        const QString aside = m_path + QStringLiteral(".unreadable");
        QFile::remove(aside);
        if (QFile::rename(m_path, aside))
            m_loadError += QLatin1Char(' ') + tr("(kept as %1)").arg(aside);
        return;
    }
    const QJsonArray entries = document.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        if (m_entries.size() >= kMaxEntries)
            break;
        if (auto entry = fromJson(value))
            m_entries.append(cleaned(std::move(*entry)));
    }
}

void QueryHistory::scheduleSave()
{
    if (m_savePending)
        return;
    m_savePending = true;
    // Several changes in one go are written once.
    QTimer::singleShot(0, this, [this] {
        if (m_savePending)
            save();
    });
}

void QueryHistory::save()
{
    m_savePending = false;
    QJsonArray entries;
    for (const QueryHistoryEntry &entry : std::as_const(m_entries))
        entries.append(toJson(entry));
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("profile"), m_profile},
                           {QStringLiteral("entries"), entries}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QString path = m_path;
    const std::shared_ptr<WriteStatus> status = m_writeStatus;
    m_writer->start([bytes, path, status] {
        QString problem;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            problem = QStringLiteral("cannot create the folder of ") + path;
        } else {
            QSaveFile file(path);
            // The statements may say what the user works on: for their eyes only.
            if (!file.open(QIODevice::WriteOnly) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                file.write(bytes) != bytes.size() || !file.commit())
                problem = file.errorString();
        }
        QMutexLocker lock(&status->mutex);
        status->error = problem;
    });
}

} // namespace brickdesk
