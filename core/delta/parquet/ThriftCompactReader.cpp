#include "ThriftCompactReader.h"

#include <limits>
#include <utility>

namespace brickdesk {

namespace {

// Parquet's own structs nest about six deep (a logical type inside a schema element inside the
// footer); anything far deeper is damage or an attack on the stack.
constexpr int kMaxDepth = 32;

QString typeName(ThriftType type)
{
    switch (type) {
    case ThriftType::Stop:
        return QStringLiteral("stop");
    case ThriftType::BoolTrue:
    case ThriftType::BoolFalse:
        return QStringLiteral("bool");
    case ThriftType::Byte:
        return QStringLiteral("byte");
    case ThriftType::I16:
        return QStringLiteral("i16");
    case ThriftType::I32:
        return QStringLiteral("i32");
    case ThriftType::I64:
        return QStringLiteral("i64");
    case ThriftType::Double:
        return QStringLiteral("double");
    case ThriftType::Binary:
        return QStringLiteral("binary");
    case ThriftType::List:
        return QStringLiteral("list");
    case ThriftType::Set:
        return QStringLiteral("set");
    case ThriftType::Map:
        return QStringLiteral("map");
    case ThriftType::Struct:
        return QStringLiteral("struct");
    }
    return QStringLiteral("type %1").arg(static_cast<int>(type));
}

bool validType(quint8 nibble)
{
    return nibble >= static_cast<quint8>(ThriftType::BoolTrue) &&
           nibble <= static_cast<quint8>(ThriftType::Struct);
}

} // namespace

ThriftCompactReader::ThriftCompactReader(const char *data, qsizetype size, qint64 fileOffset,
                                         QString what)
    : m_data(data)
    , m_size(size < 0 ? 0 : size)
    , m_fileOffset(fileOffset)
    , m_what(std::move(what))
{}

bool ThriftCompactReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = m_what + QStringLiteral(" is malformed at byte %1: ").arg(m_fileOffset + m_pos) +
                  reason;
    return false;
}

bool ThriftCompactReader::truncated()
{
    if (m_error.isEmpty())
        m_error = m_what + QStringLiteral(" truncated at byte %1").arg(m_fileOffset + m_size);
    return false;
}

bool ThriftCompactReader::readByte(quint8 *value)
{
    if (failed())
        return false;
    if (m_pos >= m_size)
        return truncated();
    *value = static_cast<quint8>(m_data[m_pos++]);
    return true;
}

bool ThriftCompactReader::readVarint(quint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        quint8 byte = 0;
        if (!readByte(&byte))
            return false;
        const quint64 bits = byte & 0x7fu;
        if (shift == 63 && bits > 1)
            return fail(QStringLiteral("a varint overflows 64 bits"));
        result |= bits << shift;
        if (!(byte & 0x80u)) {
            *value = result;
            return true;
        }
    }
    return fail(QStringLiteral("a varint is longer than 10 bytes"));
}

bool ThriftCompactReader::readZigzag(qint64 *value)
{
    quint64 raw = 0;
    if (!readVarint(&raw))
        return false;
    // Unsigned arithmetic, then a conversion that C++20 defines as modular: no overflow on any
    // input.
    *value = static_cast<qint64>((raw >> 1) ^ (~(raw & 1) + 1));
    return true;
}

bool ThriftCompactReader::expect(ThriftType actual, ThriftType expected)
{
    if (failed())
        return false;
    if (actual == expected)
        return true;
    return fail(QStringLiteral("expected %1, found %2").arg(typeName(expected), typeName(actual)));
}

bool ThriftCompactReader::beginStruct()
{
    if (failed())
        return false;
    if (m_depth >= kMaxDepth)
        return fail(QStringLiteral("structs nested deeper than %1").arg(kMaxDepth));
    ++m_depth;
    return true;
}

bool ThriftCompactReader::readFieldHeader(qint16 *lastFieldId, qint16 *fieldId, ThriftType *type)
{
    quint8 byte = 0;
    if (!readByte(&byte))
        return false;
    if (byte == 0) {
        *type = ThriftType::Stop;
        *fieldId = 0;
        return true;
    }
    const quint8 nibble = byte & 0x0fu;
    if (!validType(nibble))
        return fail(QStringLiteral("unknown field type %1").arg(nibble));
    const int delta = byte >> 4;
    qint64 id = 0;
    if (delta == 0) {
        if (!readZigzag(&id))
            return false;
    } else {
        id = *lastFieldId + delta;
    }
    if (id < 0 || id > 32767)
        return fail(QStringLiteral("field id %1 is out of range").arg(id));
    *fieldId = static_cast<qint16>(id);
    *lastFieldId = *fieldId;
    *type = static_cast<ThriftType>(nibble);
    return true;
}

bool ThriftCompactReader::readBool(ThriftType type, bool *value)
{
    if (failed())
        return false;
    if (type != ThriftType::BoolTrue && type != ThriftType::BoolFalse)
        return expect(type, ThriftType::BoolTrue);
    *value = type == ThriftType::BoolTrue;
    return true;
}

bool ThriftCompactReader::readI32(ThriftType type, qint32 *value)
{
    qint64 wide = 0;
    if (!expect(type, ThriftType::I32) || !readZigzag(&wide))
        return false;
    if (wide < std::numeric_limits<qint32>::min() || wide > std::numeric_limits<qint32>::max())
        return fail(QStringLiteral("an i32 value is out of range"));
    *value = static_cast<qint32>(wide);
    return true;
}

bool ThriftCompactReader::readI64(ThriftType type, qint64 *value)
{
    return expect(type, ThriftType::I64) && readZigzag(value);
}

bool ThriftCompactReader::readBinary(ThriftType type, QByteArray *value)
{
    quint64 length = 0;
    if (!expect(type, ThriftType::Binary) || !readVarint(&length))
        return false;
    if (length > static_cast<quint64>(m_size - m_pos))
        return truncated();
    *value = QByteArray(m_data + m_pos, static_cast<qsizetype>(length));
    m_pos += static_cast<qsizetype>(length);
    return true;
}

bool ThriftCompactReader::readString(ThriftType type, QString *value)
{
    QByteArray bytes;
    if (!readBinary(type, &bytes))
        return false;
    *value = QString::fromUtf8(bytes);
    return true;
}

bool ThriftCompactReader::readListHeader(ThriftType type, ThriftType *elementType, qint64 *count)
{
    if (type != ThriftType::Set && !expect(type, ThriftType::List))
        return false;
    quint8 byte = 0;
    if (!readByte(&byte))
        return false;
    const quint8 nibble = byte & 0x0fu;
    if (!validType(nibble))
        return fail(QStringLiteral("unknown list element type %1").arg(nibble));
    quint64 size = byte >> 4;
    if (size == 15 && !readVarint(&size))
        return false;
    if (size > static_cast<quint64>(m_size - m_pos))
        return fail(QStringLiteral("a list of %1 elements is longer than the %2 bytes left")
                        .arg(size)
                        .arg(m_size - m_pos));
    // Lists of bools carry one byte per element, whichever of the two bool types names them.
    *elementType = nibble == static_cast<quint8>(ThriftType::BoolFalse)
                       ? ThriftType::BoolTrue
                       : static_cast<ThriftType>(nibble);
    *count = static_cast<qint64>(size);
    return true;
}

bool ThriftCompactReader::skip(ThriftType type)
{
    if (failed())
        return false;
    switch (type) {
    case ThriftType::Stop:
        return fail(QStringLiteral("unexpected stop"));
    case ThriftType::BoolTrue:
    case ThriftType::BoolFalse:
        return true; // a bool field's value is its type
    case ThriftType::Byte: {
        quint8 ignored = 0;
        return readByte(&ignored);
    }
    case ThriftType::I16:
    case ThriftType::I32:
    case ThriftType::I64: {
        quint64 ignored = 0;
        return readVarint(&ignored);
    }
    case ThriftType::Double:
        if (m_size - m_pos < 8)
            return truncated();
        m_pos += 8;
        return true;
    case ThriftType::Binary: {
        quint64 length = 0;
        if (!readVarint(&length))
            return false;
        if (length > static_cast<quint64>(m_size - m_pos))
            return truncated();
        m_pos += static_cast<qsizetype>(length);
        return true;
    }
    case ThriftType::List:
    case ThriftType::Set: {
        ThriftType element = ThriftType::Stop;
        qint64 count = 0;
        if (!readListHeader(type, &element, &count) || !beginStruct())
            return false;
        for (qint64 i = 0; i < count; ++i) {
            // Bool elements are a byte each, not a field type.
            const bool ok =
                element == ThriftType::BoolTrue ? skip(ThriftType::Byte) : skip(element);
            if (!ok)
                return false;
        }
        endStruct();
        return true;
    }
    case ThriftType::Map: {
        quint64 count = 0;
        if (!readVarint(&count))
            return false;
        if (count == 0)
            return true;
        if (count > static_cast<quint64>(m_size - m_pos))
            return fail(
                QStringLiteral("a map of %1 entries is longer than the bytes left").arg(count));
        quint8 types = 0;
        if (!readByte(&types))
            return false;
        const quint8 keyNibble = types >> 4;
        const quint8 valueNibble = types & 0x0fu;
        if (!validType(keyNibble) || !validType(valueNibble))
            return fail(QStringLiteral("unknown map key or value type"));
        const auto asElement = [](quint8 nibble) {
            return nibble <= static_cast<quint8>(ThriftType::BoolFalse)
                       ? ThriftType::Byte
                       : static_cast<ThriftType>(nibble);
        };
        if (!beginStruct())
            return false;
        for (quint64 i = 0; i < count; ++i) {
            if (!skip(asElement(keyNibble)) || !skip(asElement(valueNibble)))
                return false;
        }
        endStruct();
        return true;
    }
    case ThriftType::Struct: {
        if (!beginStruct())
            return false;
        qint16 last = 0;
        for (;;) {
            qint16 id = 0;
            ThriftType fieldType = ThriftType::Stop;
            if (!readFieldHeader(&last, &id, &fieldType))
                return false;
            if (fieldType == ThriftType::Stop)
                break;
            if (!skip(fieldType))
                return false;
        }
        endStruct();
        return true;
    }
    }
    return fail(QStringLiteral("unknown type"));
}

bool ThriftCompactReader::spendListElements(qint64 count)
{
    if (count < 0 || count > m_listElementsLeft)
        return fail(
            QStringLiteral("the footer lists more than %1 entries in all").arg(kMaxListElements));
    m_listElementsLeft -= count;
    return true;
}

} // namespace brickdesk
