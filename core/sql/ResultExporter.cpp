#include "ResultExporter.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace brickdesk {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("CSV");
    case ExportFormat::Tsv:
        return QStringLiteral("TSV");
    case ExportFormat::Json:
        return QStringLiteral("JSON");
    }
    return QString();
}

QString exportFormatExtension(ExportFormat format)
{
    return exportFormatName(format).toLower();
}

namespace resultFormat {

namespace {

bool isJsonNumber(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto digit = [&](qsizetype at) {
        return at < n && text.at(at) >= QLatin1Char('0') && text.at(at) <= QLatin1Char('9');
    };
    if (i < n && text.at(i) == QLatin1Char('-'))
        ++i;
    if (!digit(i))
        return false;
    if (text.at(i) == QLatin1Char('0')) {
        ++i;
    } else {
        while (digit(i))
            ++i;
    }
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

} // namespace

QByteArray csvField(const QString &value, bool isNull)
{
    if (isNull)
        return QByteArray();
    const QByteArray bytes = value.toUtf8();
    bool quote = bytes.isEmpty();
    for (const char c : bytes) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    QByteArray quoted;
    quoted.reserve(bytes.size() + 4);
    quoted.append('"');
    for (const char c : bytes) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

QByteArray tsvField(const QString &value, bool isNull)
{
    if (isNull)
        return QByteArrayLiteral("\\N");
    const QByteArray bytes = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(bytes.size());
    for (const char c : bytes) {
        switch (c) {
        case '\t':
            escaped.append("\\t");
            break;
        case '\n':
            escaped.append("\\n");
            break;
        case '\r':
            escaped.append("\\r");
            break;
        case '\\':
            escaped.append("\\\\");
            break;
        default:
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray jsonString(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray bytes = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(bytes.size() + 2);
    escaped.append('"');
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            escaped.append("\\\"");
            break;
        case '\\':
            escaped.append("\\\\");
            break;
        case '\n':
            escaped.append("\\n");
            break;
        case '\r':
            escaped.append("\\r");
            break;
        case '\t':
            escaped.append("\\t");
            break;
        case '\b':
            escaped.append("\\b");
            break;
        case '\f':
            escaped.append("\\f");
            break;
        default:
            if (u < 0x20) {
                escaped.append("\\u00");
                escaped.append(hex[u >> 4]);
                escaped.append(hex[u & 0xf]);
            } else {
                escaped.append(c);
            }
        }
    }
    escaped.append('"');
    return escaped;
}

QByteArray jsonValue(const ResultColumn &column, const QString &value, bool isNull)
{
    if (isNull)
        return QByteArrayLiteral("null");
    if (column.isNumeric() && isJsonNumber(value))
        return value.toLatin1();
    if (column.isBoolean()) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QByteArrayLiteral("true");
        if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QByteArrayLiteral("false");
    }
    return jsonString(value);
}

QStringList jsonKeys(const QList<ResultColumn> &columns)
{
    QStringList keys;
    QSet<QString> taken;
    for (const ResultColumn &column : columns)
        taken.insert(column.name);
    QSet<QString> used;
    for (const ResultColumn &column : columns) {
        QString key = column.name;
        // A repeated name gets the first free suffix no other column has as its own name.
        for (int n = 2; used.contains(key); ++n) {
            const QString candidate = column.name + QLatin1Char('_') + QString::number(n);
            if (!taken.contains(candidate) && !used.contains(candidate))
                key = candidate;
        }
        used.insert(key);
        keys.append(key);
    }
    return keys;
}

QByteArray header(ExportFormat format, const ResultManifest &manifest)
{
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Csv:
        for (qsizetype c = 0; c < manifest.columns.size(); ++c) {
            if (c > 0)
                bytes.append(',');
            bytes.append(csvField(manifest.columns.at(c).name, false));
        }
        bytes.append("\r\n");
        break;
    case ExportFormat::Tsv:
        for (qsizetype c = 0; c < manifest.columns.size(); ++c) {
            if (c > 0)
                bytes.append('\t');
            bytes.append(tsvField(manifest.columns.at(c).name, false));
        }
        bytes.append('\n');
        break;
    case ExportFormat::Json:
        bytes.append('[');
        break;
    }
    return bytes;
}

QByteArray rows(ExportFormat format, const ResultManifest &manifest, const ResultChunk &chunk,
                qint64 rowsBefore)
{
    QByteArray bytes;
    const int columns = std::min(chunk.columnCount(), int(manifest.columns.size()));
    QList<QByteArray> keys;
    if (format == ExportFormat::Json) {
        for (const QString &key : jsonKeys(manifest.columns))
            keys.append(jsonString(key) + ':');
    }
    for (qint64 r = 0; r < chunk.rowCount(); ++r) {
        switch (format) {
        case ExportFormat::Csv:
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    bytes.append(',');
                bytes.append(csvField(chunk.value(r, c), chunk.isNull(r, c)));
            }
            bytes.append("\r\n");
            break;
        case ExportFormat::Tsv:
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    bytes.append('\t');
                bytes.append(tsvField(chunk.value(r, c), chunk.isNull(r, c)));
            }
            bytes.append('\n');
            break;
        case ExportFormat::Json:
            bytes.append(rowsBefore + r == 0 ? "\n{" : ",\n{");
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    bytes.append(',');
                bytes.append(keys.at(c));
                bytes.append(
                    jsonValue(manifest.columns.at(c), chunk.value(r, c), chunk.isNull(r, c)));
            }
            bytes.append('}');
            break;
        }
    }
    return bytes;
}

QByteArray footer(ExportFormat format, qint64 rowsWritten)
{
    if (format != ExportFormat::Json)
        return QByteArray();
    return rowsWritten > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n");
}

} // namespace resultFormat

ResultExporter::ResultExporter(SqlClient *client, QString statementId, ResultManifest manifest,
                               ExportFormat format, QString filePath,
                               std::optional<ResultChunk> firstChunk, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_statementId(std::move(statementId))
    , m_manifest(std::move(manifest))
    , m_format(format)
    , m_path(std::move(filePath))
    , m_firstChunk(std::move(firstChunk))
{}

ResultExporter::~ResultExporter()
{
    if (m_state == State::Running) {
        for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
            if (call)
                call->cancel();
        }
        if (m_file)
            m_file->cancelWriting();
    }
}

void ResultExporter::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        QTimer::singleShot(0, this,
                           [this, reason] { fail(tr("Cannot write %1: %2").arg(m_path, reason)); });
        return;
    }
    if (!m_manifest.chunks.isEmpty()) {
        for (const ResultChunkInfo &info : std::as_const(m_manifest.chunks))
            m_order.append(info.index);
        m_orderKnown = true;
    } else if (m_manifest.totalRowCount > 0) {
        m_order.append(m_firstChunk ? m_firstChunk->chunkIndex : 0); // the rest from each chunk
    } else {
        m_orderKnown = true;
    }
    if (m_firstChunk && !m_order.isEmpty() && m_firstChunk->chunkIndex == m_order.first() &&
        m_firstChunk->columnCount() == int(m_manifest.columns.size()) &&
        (m_manifest.chunks.isEmpty() ||
         m_manifest.chunks.first().rowCount == m_firstChunk->rowCount())) {
        if (!m_orderKnown) {
            if (m_firstChunk->nextChunkIndex)
                m_order.append(*m_firstChunk->nextChunkIndex);
            else
                m_orderKnown = true;
        }
        m_arrived.insert(0, std::move(*m_firstChunk));
        m_nextToFetch = 1; // in hand: not fetched again (it may have expired on the server)
    }
    m_firstChunk.reset();
    if (!write(resultFormat::header(m_format, m_manifest)))
        return;
    // The first rows are written from the event loop: whoever started us hears every signal.
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Running)
            return;
        Q_EMIT progress(0, totalRows());
        writeArrived();
        fetchMore();
    });
}

void ResultExporter::cancel()
{
    if (m_state != State::Running && m_state != State::Idle)
        return;
    end(State::Canceled);
}

void ResultExporter::fetchMore()
{
    while (m_state == State::Running && m_inFlight.size() < kParallel &&
           m_nextToFetch < m_order.size() && m_nextToFetch - m_nextToWrite <= kParallel) {
        const int position = m_nextToFetch++;
        if (!m_arrived.contains(position))
            fetch(position);
    }
}

void ResultExporter::fetch(int position)
{
    if (!m_client) {
        fail(tr("Not connected to a workspace."));
        return;
    }
    const int chunkIndex = m_order.at(position);
    const QPointer<ResultExporter> self(this);
    QPointer<ApiCall> call = m_client->chunk(
        m_statementId, chunkIndex, int(m_manifest.columns.size()), this,
        [self, position, chunkIndex](const CallResult<ResultChunk> &result) {
            if (!self || self->m_state != State::Running)
                return;
            self->m_inFlight.remove(position);
            if (!result.ok()) {
                self->fail(tr("Chunk %1 could not be read: %2")
                               .arg(QString::number(chunkIndex), result.error.summary()));
                return;
            }
            // Another chunk than the one asked for would put rows in the wrong place.
            if (result.value.chunkIndex != chunkIndex) {
                self->fail(tr("Asked for chunk %1, the warehouse answered chunk %2.")
                               .arg(chunkIndex)
                               .arg(result.value.chunkIndex));
                return;
            }
            for (const ResultChunkInfo &info : std::as_const(self->m_manifest.chunks)) {
                if (info.index == chunkIndex && (info.rowCount != result.value.rowCount() ||
                                                 info.rowOffset != result.value.rowOffset)) {
                    self->fail(tr("Chunk %1 has %2 rows, the result said %3.")
                                   .arg(chunkIndex)
                                   .arg(result.value.rowCount())
                                   .arg(info.rowCount));
                    return;
                }
            }
            if (!self->m_orderKnown && position == self->m_order.size() - 1) {
                if (result.value.nextChunkIndex &&
                    !self->m_order.contains(*result.value.nextChunkIndex))
                    self->m_order.append(*result.value.nextChunkIndex);
                else
                    self->m_orderKnown = true;
            }
            self->m_arrived.insert(position, result.value);
            self->writeArrived();
            self->fetchMore();
        });
    if (call)
        m_inFlight.insert(position, call);
}

void ResultExporter::writeArrived()
{
    while (m_state == State::Running && m_arrived.contains(m_nextToWrite)) {
        const ResultChunk chunk = m_arrived.take(m_nextToWrite);
        if (!write(resultFormat::rows(m_format, m_manifest, chunk, m_rowsWritten)))
            return;
        m_rowsWritten += chunk.rowCount();
        ++m_nextToWrite;
        Q_EMIT progress(m_rowsWritten, totalRows());
    }
    if (m_state == State::Running && m_orderKnown && m_nextToWrite >= m_order.size())
        complete();
}

bool ResultExporter::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_file->write(bytes) != bytes.size()) {
        fail(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return false;
    }
    return true;
}

void ResultExporter::complete()
{
    if (m_rowsWritten != m_manifest.totalRowCount) {
        fail(tr("%1 rows were read, the result has %2.")
                 .arg(m_rowsWritten)
                 .arg(m_manifest.totalRowCount));
        return;
    }
    if (!write(resultFormat::footer(m_format, m_rowsWritten)))
        return;
    if (!m_file->commit()) {
        fail(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    m_file.reset();
    end(State::Succeeded);
}

void ResultExporter::fail(const QString &message)
{
    if (isFinished())
        return;
    m_error = message;
    end(State::Failed);
}

void ResultExporter::end(State state)
{
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_arrived.clear();
    if (m_file) {
        // Nothing of an unfinished export stays on disk.
        m_file->cancelWriting();
        m_file.reset();
    }
    m_state = state;
    Q_EMIT finished(state);
}

} // namespace brickdesk
