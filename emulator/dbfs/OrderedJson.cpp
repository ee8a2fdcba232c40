#include "OrderedJson.h"

#include "DbfsBodies.h"

namespace brickdesk::emulator {

void OrderedJson::writeKey(QByteArrayView key)
{
    if (!m_members.isEmpty())
        m_members.append(',');
    m_members.append('"');
    m_members.append(key);
    m_members.append("\":", 2);
}

OrderedJson &OrderedJson::text(QByteArrayView key, const QString &value)
{
    writeKey(key);
    appendJsonString(&m_members, value);
    return *this;
}

OrderedJson &OrderedJson::number(QByteArrayView key, qint64 value)
{
    writeKey(key);
    m_members.append(QByteArray::number(value));
    return *this;
}

OrderedJson &OrderedJson::boolean(QByteArrayView key, bool value)
{
    writeKey(key);
    m_members.append(value ? "true" : "false");
    return *this;
}

OrderedJson &OrderedJson::null(QByteArrayView key)
{
    writeKey(key);
    m_members.append("null", 4);
    return *this;
}

OrderedJson &OrderedJson::raw(QByteArrayView key, const QByteArray &json)
{
    writeKey(key);
    m_members.append(json);
    return *this;
}

QByteArray jsonStringArray(const QStringList &values)
{
    QByteArray json("[");
    for (const QString &value : values) {
        if (json.size() > 1)
            json.append(',');
        appendJsonString(&json, value);
    }
    json.append(']');
    return json;
}

} // namespace brickdesk::emulator
