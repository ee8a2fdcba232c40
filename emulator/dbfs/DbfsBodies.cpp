#include "DbfsBodies.h"

#include "BodyParams.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cstring>

namespace brickdesk::emulator {

namespace {

ApiResponse malformed()
{
    return ApiResponse::error(
        400, QStringLiteral("MALFORMED_REQUEST"),
        QStringLiteral("Invalid JSON given in the body of the request - expected a map"));
}

ApiResponse notAString(QLatin1String field)
{
    return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") +
                                         QString(field) + QStringLiteral(": expected a string."));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Index of the quote closing the string whose opening quote is at `open`, or -1.
qsizetype closingQuote(const char *data, qsizetype size, qsizetype open, bool *escaped)
{
    qsizetype i = open + 1;
    while (i < size) {
        const void *found = std::memchr(data + i, '"', static_cast<size_t>(size - i));
        if (!found)
            return -1;
        const qsizetype quote = static_cast<const char *>(found) - data;
        qsizetype backslashes = 0;
        while (quote - 1 - backslashes > open && data[quote - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            *escaped = std::memchr(data + open + 1, '\\', static_cast<size_t>(quote - open - 1)) !=
                       nullptr;
            return quote;
        }
        i = quote + 1;
    }
    return -1;
}

// Finds the value of top-level member `field` when it is a string: [begin, end) of its text.
bool findTopLevelString(const QByteArray &body, QLatin1String field, qsizetype *begin,
                        qsizetype *end, bool *escaped)
{
    const char *data = body.constData();
    const qsizetype size = body.size();
    int depth = 0;
    char previous = 0; // the last structural character, or 'v' after a value
    bool keyMatches = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (isSpace(c))
            continue;
        switch (c) {
        case '{':
        case '[':
            ++depth;
            previous = c;
            break;
        case '}':
        case ']':
            --depth;
            previous = 'v';
            break;
        case ',':
        case ':':
            previous = c;
            break;
        case '"': {
            bool hasEscape = false;
            const qsizetype close = closingQuote(data, size, i, &hasEscape);
            if (close < 0)
                return false;
            if (depth == 1 && (previous == '{' || previous == ',')) {
                keyMatches =
                    !hasEscape && close - i - 1 == field.size() &&
                    std::memcmp(data + i + 1, field.data(), static_cast<size_t>(field.size())) == 0;
            } else if (depth == 1 && previous == ':' && keyMatches) {
                *begin = i + 1;
                *end = close;
                *escaped = hasEscape;
                return true;
            }
            previous = 'v';
            i = close;
            break;
        }
        default:
            previous = 'v';
            break;
        }
    }
    return false;
}

const signed char *base64Table()
{
    static const auto table = [] {
        static signed char values[256];
        std::memset(values, -1, sizeof values);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            values[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        return values;
    }();
    return table;
}

} // namespace

std::optional<ApiResponse> readJsonBodyWithLargeField(const ApiRequest &request,
                                                      QLatin1String field, QJsonObject *rest,
                                                      std::optional<QByteArray> *fieldText)
{
    fieldText->reset();
    qsizetype begin = 0;
    qsizetype end = 0;
    bool escaped = false;
    if (findTopLevelString(request.body, field, &begin, &end, &escaped) && !escaped) {
        // Parse everything else with the field's value emptied: small, and fully checked.
        QByteArray others;
        others.reserve(request.body.size() - (end - begin));
        others.append(request.body.constData(), begin);
        others.append(request.body.constData() + end, request.body.size() - end);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(others, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return malformed();
        *rest = document.object();
        *fieldText = QByteArray::fromRawData(request.body.constData() + begin, end - begin);
        return std::nullopt;
    }
    if (auto error = readJsonBody(request, rest))
        return error;
    const QJsonValue value = rest->value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return notAString(field);
    const QString text = value.toString();
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") +
                                                 QString(field) +
                                                 QStringLiteral(": not valid base64."));
    }
    *fieldText = text.toLatin1();
    return std::nullopt;
}

bool decodeBase64(const QByteArray &text, QByteArray *decoded)
{
    const signed char *table = base64Table();
    qsizetype size = text.size();
    const auto *in = reinterpret_cast<const unsigned char *>(text.constData());
    // Up to two '=' at the end, and then only on a whole group of four.
    qsizetype padding = 0;
    while (size > 0 && in[size - 1] == '=' && padding < 2) {
        --size;
        ++padding;
    }
    if (padding > 0 && (size + padding) % 4 != 0)
        return false;
    if (size % 4 == 1)
        return false;
    decoded->resize(size / 4 * 3 + (size % 4 == 0 ? 0 : size % 4 - 1));
    auto *out = reinterpret_cast<unsigned char *>(decoded->data());
    qsizetype i = 0;
    const qsizetype whole = size - size % 4;
    for (; i < whole; i += 4) {
        const int a = table[in[i]];
        const int b = table[in[i + 1]];
        const int c = table[in[i + 2]];
        const int d = table[in[i + 3]];
        if ((a | b | c | d) < 0)
            return false;
        const unsigned v = (static_cast<unsigned>(a) << 18) | (static_cast<unsigned>(b) << 12) |
                           (static_cast<unsigned>(c) << 6) | static_cast<unsigned>(d);
        *out++ = static_cast<unsigned char>(v >> 16);
        *out++ = static_cast<unsigned char>(v >> 8);
        *out++ = static_cast<unsigned char>(v);
    }
    const qsizetype left = size - whole;
    if (left >= 2) {
        const int a = table[in[i]];
        const int b = table[in[i + 1]];
        const int c = left == 3 ? table[in[i + 2]] : 0;
        if ((a | b | c) < 0)
            return false;
        const unsigned v = (static_cast<unsigned>(a) << 18) | (static_cast<unsigned>(b) << 12) |
                           (static_cast<unsigned>(c) << 6);
        *out++ = static_cast<unsigned char>(v >> 16);
        if (left == 3)
            *out++ = static_cast<unsigned char>(v >> 8);
    }
    return true;
}

bool isMultipartForm(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

std::optional<QHash<QString, FormPart>> parseMultipartForm(const QByteArray &contentType,
                                                           const QByteArray &body)
{
    QByteArray boundary;
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.toLower().startsWith("boundary=")) {
            boundary = trimmed.mid(9);
            if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
        }
    }
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = QByteArrayLiteral("--") + boundary;
    const QByteArray nextDelimiter = QByteArrayLiteral("\r\n--") + boundary;

    QHash<QString, FormPart> parts;
    qsizetype position = 0;
    if (body.startsWith(delimiter)) {
        position = delimiter.size();
    } else {
        position = body.indexOf(nextDelimiter); // after a preamble
        if (position < 0)
            return std::nullopt;
        position += nextDelimiter.size();
    }
    for (;;) {
        if (body.mid(position, 2) == "--")
            return parts; // the closing delimiter
        // Optional transport padding, then the line end after the delimiter.
        while (position < body.size() && (body.at(position) == ' ' || body.at(position) == '\t'))
            ++position;
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            return std::nullopt;
        QString name;
        FormPart part;
        const QList<QByteArray> headers = body.mid(position, headersEnd - position).split('\n');
        for (const QByteArray &header : headers) {
            const QByteArray line = header.trimmed();
            if (!line.toLower().startsWith("content-disposition:"))
                continue;
            for (const QByteArray &item : line.mid(20).split(';')) {
                const QByteArray pair = item.trimmed();
                const qsizetype equals = pair.indexOf('=');
                if (equals < 0)
                    continue;
                const QByteArray key = pair.left(equals).trimmed().toLower();
                QByteArray value = pair.mid(equals + 1).trimmed();
                if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                    value = value.mid(1, value.size() - 2);
                if (key == "name")
                    name = QString::fromUtf8(value);
                else if (key == "filename")
                    part.fileName = QString::fromUtf8(value);
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype dataEnd = body.indexOf(nextDelimiter, dataStart);
        if (dataEnd < 0)
            return std::nullopt;
        part.data = QByteArray::fromRawData(body.constData() + dataStart, dataEnd - dataStart);
        if (!name.isEmpty())
            parts.insert(name, part);
        position = dataEnd + nextDelimiter.size();
    }
}

void appendJsonString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out->append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (u < 0x20) {
            out->append("\\u00", 4);
            out->append(hex[u >> 4]);
            out->append(hex[u & 0xf]);
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

} // namespace brickdesk::emulator
