#include "DbfsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "DbfsBodies.h"
#include "DbfsStore.h"
#include "RequestParams.h"

#include <limits>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kMaxHandle = 9007199254740992LL; // 2^53: exact in every JSON reader
constexpr qint64 kMaxQueryNumber = std::numeric_limits<qint64>::max();

ApiResponse maxBlockSizeExceeded(qint64 size)
{
    return dbfsError(QStringLiteral("MAX_BLOCK_SIZE_EXCEEDED"),
                     QStringLiteral("The block of data is %1 bytes, above the limit of %2 bytes "
                                    "(1 MB).")
                         .arg(size)
                         .arg(kDbfsMaxBlockBytes));
}

void appendFileInfo(QByteArray *out, const DbfsFileInfo &info)
{
    out->append("{\"path\":");
    appendJsonString(out, info.path);
    out->append(info.isDir ? ",\"is_dir\":true,\"file_size\":"
                           : ",\"is_dir\":false,\"file_size\":");
    out->append(QByteArray::number(info.size));
    out->append(",\"modification_time\":");
    out->append(QByteArray::number(info.modificationTime));
    out->append('}');
}

// The "path" query parameter (or body field), present and normalised.
std::optional<ApiResponse> queryPath(const ApiRequest &request, QString *path)
{
    QString text;
    if (auto error = readRequiredString(request, QStringLiteral("path"), &text))
        return error;
    return normaliseDbfsPath(text, path);
}

std::optional<ApiResponse> bodyPath(const QJsonObject &body, const QString &name, QString *path)
{
    QString text;
    if (auto error = requireStringField(body, name, &text))
        return error;
    return normaliseDbfsPath(text, path);
}

std::optional<ApiResponse> decodeBlock(const QByteArray &text, const QString &field,
                                       QByteArray *data)
{
    if (!decodeBase64(text, data)) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") + field +
                                             QStringLiteral(": not valid base64."));
    }
    if (data->size() > kDbfsMaxBlockBytes)
        return maxBlockSizeExceeded(data->size());
    return std::nullopt;
}

ApiResponse done(const std::optional<ApiResponse> &error)
{
    return error ? *error : ApiResponse::ok();
}

ApiResponse list(const DbfsStore &store, const ApiRequest &request)
{
    QString path;
    if (auto error = queryPath(request, &path))
        return *error;
    QList<DbfsFileInfo> entries;
    if (auto error = store.list(path, &entries))
        return *error;
    // Built by hand: a folder may hold 100,000 entries.
    QByteArray json;
    if (entries.isEmpty()) {
        json = QByteArrayLiteral("{}"); // the service leaves the key out for an empty folder
    } else {
        json.reserve(entries.size() * 96 + 16);
        json.append("{\"files\":[");
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0)
                json.append(',');
            appendFileInfo(&json, entries.at(i));
        }
        json.append("]}");
    }
    return ApiResponse::okRaw(json);
}

ApiResponse getStatus(const DbfsStore &store, const ApiRequest &request)
{
    QString path;
    if (auto error = queryPath(request, &path))
        return *error;
    DbfsFileInfo info;
    if (auto error = store.status(path, &info))
        return *error;
    QByteArray json;
    appendFileInfo(&json, info);
    return ApiResponse::okRaw(json);
}

ApiResponse read(const DbfsStore &store, const ApiRequest &request)
{
    QString path;
    if (auto error = queryPath(request, &path))
        return *error;
    qint64 offset = 0;
    if (auto error = readInteger(request, QStringLiteral("offset"), 0, 0, kMaxQueryNumber, &offset))
        return *error;
    qint64 length = 0;
    if (auto error = readInteger(request, QStringLiteral("length"), kDbfsDefaultReadBytes, 0,
                                 kMaxQueryNumber, &length)) {
        return *error;
    }
    if (length > kDbfsMaxBlockBytes) {
        return dbfsError(QStringLiteral("MAX_READ_SIZE_EXCEEDED"),
                         QStringLiteral("Cannot read more than %1 bytes (1 MB) at once; %2 were "
                                        "asked.")
                             .arg(kDbfsMaxBlockBytes)
                             .arg(length));
    }
    QByteArray data;
    if (auto error = store.read(path, offset, length, &data))
        return *error;
    // Built by hand: QJsonDocument would copy 1.4 MB of base64 into UTF-16 and back.
    const QByteArray encoded = data.toBase64();
    QByteArray json;
    json.reserve(encoded.size() + 48);
    json.append("{\"bytes_read\":");
    json.append(QByteArray::number(data.size()));
    json.append(",\"data\":\"");
    json.append(encoded);
    json.append("\"}");
    return ApiResponse::okRaw(json);
}

ApiResponse create(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString path;
    if (auto error = bodyPath(body, QStringLiteral("path"), &path))
        return *error;
    bool overwrite = false;
    if (auto error = readBoolField(body, QStringLiteral("overwrite"), false, &overwrite))
        return *error;
    qint64 handle = 0;
    if (auto error = store.create(path, overwrite, &handle))
        return *error;
    return ApiResponse::ok({{QStringLiteral("handle"), handle}});
}

std::optional<ApiResponse> readHandle(const QJsonObject &body, qint64 *handle)
{
    return readIntegerField(body, QStringLiteral("handle"), true, 0, 0, kMaxHandle, handle);
}

ApiResponse addBlock(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    std::optional<QByteArray> text;
    if (auto error = readJsonBodyWithLargeField(request, QLatin1String("data"), &body, &text))
        return *error;
    qint64 handle = 0;
    if (auto error = readHandle(body, &handle))
        return *error;
    if (!text)
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: data"));
    QByteArray data;
    if (auto error = decodeBlock(*text, QStringLiteral("data"), &data))
        return *error;
    return done(store.addBlock(handle, data));
}

ApiResponse close(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    qint64 handle = 0;
    if (auto error = readHandle(body, &handle))
        return *error;
    return done(store.close(handle));
}

// multipart/form-data: fields path and overwrite, the file in a part named contents (the legacy
// CLI names it file). No size limit here: the service takes up to 2 GB this way.
ApiResponse putForm(DbfsStore &store, const ApiRequest &request)
{
    const std::optional<QHash<QString, FormPart>> form =
        parseMultipartForm(request.contentType, request.body);
    if (!form) {
        return ApiResponse::error(400, QStringLiteral("MALFORMED_REQUEST"),
                                  QStringLiteral("Invalid multipart/form-data body."));
    }
    const QString pathText = QString::fromUtf8(form->value(QStringLiteral("path")).data);
    if (pathText.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: path"));
    QString path;
    if (auto error = normaliseDbfsPath(pathText, &path))
        return *error;
    bool overwrite = false;
    const auto overwritePart = form->constFind(QStringLiteral("overwrite"));
    if (overwritePart != form->constEnd()) {
        const QByteArray value = overwritePart->data.trimmed().toLower();
        if (value != "true" && value != "false") {
            return ApiResponse::invalidParameter(
                QStringLiteral("Invalid value for field overwrite: expected true or false."));
        }
        overwrite = value == "true";
    }
    auto file = form->constFind(QStringLiteral("contents"));
    if (file == form->constEnd())
        file = form->constFind(QStringLiteral("file"));
    if (file == form->constEnd())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: contents"));
    return done(store.write(path, overwrite, file->data));
}

ApiResponse put(DbfsStore &store, const ApiRequest &request)
{
    if (isMultipartForm(request.contentType))
        return putForm(store, request);
    QJsonObject body;
    std::optional<QByteArray> text;
    if (auto error = readJsonBodyWithLargeField(request, QLatin1String("contents"), &body, &text)) {
        return *error;
    }
    QString path;
    if (auto error = bodyPath(body, QStringLiteral("path"), &path))
        return *error;
    bool overwrite = false;
    if (auto error = readBoolField(body, QStringLiteral("overwrite"), false, &overwrite))
        return *error;
    QByteArray data; // no contents: an empty file
    if (text) {
        if (auto error = decodeBlock(*text, QStringLiteral("contents"), &data))
            return *error;
    }
    return done(store.write(path, overwrite, data));
}

ApiResponse remove(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString path;
    if (auto error = bodyPath(body, QStringLiteral("path"), &path))
        return *error;
    bool recursive = false;
    if (auto error = readBoolField(body, QStringLiteral("recursive"), false, &recursive))
        return *error;
    return done(store.remove(path, recursive));
}

ApiResponse mkdirs(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString path;
    if (auto error = bodyPath(body, QStringLiteral("path"), &path))
        return *error;
    return done(store.mkdirs(path));
}

ApiResponse move(DbfsStore &store, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString source;
    if (auto error = bodyPath(body, QStringLiteral("source_path"), &source))
        return *error;
    QString destination;
    if (auto error = bodyPath(body, QStringLiteral("destination_path"), &destination))
        return *error;
    return done(store.move(source, destination));
}

} // namespace

void registerDbfsApi(ApiRouter &router, DbfsStore &store)
{
    const QString base = QStringLiteral("/api/2.0/dbfs/");
    router.get(base + QStringLiteral("list"),
               [&store](const ApiRequest &request) { return list(store, request); });
    router.get(base + QStringLiteral("get-status"),
               [&store](const ApiRequest &request) { return getStatus(store, request); });
    router.get(base + QStringLiteral("read"),
               [&store](const ApiRequest &request) { return read(store, request); });
    router.post(base + QStringLiteral("create"),
                [&store](const ApiRequest &request) { return create(store, request); });
    router.post(base + QStringLiteral("add-block"),
                [&store](const ApiRequest &request) { return addBlock(store, request); });
    router.post(base + QStringLiteral("close"),
                [&store](const ApiRequest &request) { return close(store, request); });
    router.post(base + QStringLiteral("put"),
                [&store](const ApiRequest &request) { return put(store, request); });
    router.post(base + QStringLiteral("delete"),
                [&store](const ApiRequest &request) { return remove(store, request); });
    router.post(base + QStringLiteral("mkdirs"),
                [&store](const ApiRequest &request) { return mkdirs(store, request); });
    router.post(base + QStringLiteral("move"),
                [&store](const ApiRequest &request) { return move(store, request); });
}

} // namespace brickdesk::emulator
