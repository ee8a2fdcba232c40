#pragma once

#include <QByteArray>
#include <QString>

namespace brickdesk {

// Wire types of the Thrift compact protocol, in which Parquet writes its footer and page headers.
enum class ThriftType : quint8
{
    Stop = 0,
    BoolTrue = 1,
    BoolFalse = 2,
    Byte = 3,
    I16 = 4,
    I32 = 5,
    I64 = 6,
    Double = 7,
    Binary = 8,
    List = 9,
    Set = 10,
    Map = 11,
    Struct = 12,
};

// Reads Thrift compact-protocol values from untrusted bytes. Every length and count is checked
// against the bytes that are left, nesting is capped, and the first problem sticks: after it every
// call fails and error() says what went wrong at which byte of the file.
class ThriftCompactReader
{
public:
    // `data` holds `size` bytes that start at byte `fileOffset` of the file; `what` names them in
    // errors ("footer", "page header").
    ThriftCompactReader(const char *data, qsizetype size, qint64 fileOffset, QString what);

    // A struct's fields: call beginStruct, then readFieldHeader until it gives Stop, then
    // endStruct.
    bool beginStruct();
    void endStruct() { --m_depth; }
    bool readFieldHeader(qint16 *lastFieldId, qint16 *fieldId, ThriftType *type);

    // Field values: `type` is the field's wire type, checked against what the caller expects.
    bool readBool(ThriftType type, bool *value);
    bool readI32(ThriftType type, qint32 *value);
    bool readI64(ThriftType type, qint64 *value);
    bool readBinary(ThriftType type, QByteArray *value);
    bool readString(ThriftType type, QString *value);
    // A list's element count, at most the bytes left (every element takes at least one byte).
    bool readListHeader(ThriftType type, ThriftType *elementType, qint64 *count);
    // List elements have no field header: these read one element of the given type.
    bool readI32Element(qint32 *value) { return readI32(ThriftType::I32, value); }
    bool readStringElement(QString *value) { return readString(ThriftType::Binary, value); }
    bool skip(ThriftType type);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Bytes consumed so far.
    qsizetype consumed() const { return m_pos; }
    bool fail(const QString &reason);
    // Every list element of one footer counts against one budget, checked before anything is
    // stored: a footer of tiny elements must not expand into gigabytes.
    static constexpr qint64 kMaxListElements = 4'000'000;
    bool spendListElements(qint64 count);

private:
    bool readByte(quint8 *value);
    bool readVarint(quint64 *value);
    bool readZigzag(qint64 *value);
    bool expect(ThriftType actual, ThriftType expected);
    bool truncated();

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qint64 m_fileOffset;
    QString m_what;
    int m_depth = 0;
    qint64 m_listElementsLeft = kMaxListElements;
    QString m_error;
};

} // namespace brickdesk
