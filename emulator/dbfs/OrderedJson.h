#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace brickdesk::emulator {

// A JSON object written member by member, in the order they are added. QJsonObject sorts its
// keys; Delta writers do not (commitInfo starts with "timestamp"), and a generated _delta_log
// should read like one Databricks wrote. Also several times faster than QJsonDocument for the
// tens of thousands of actions a large generated table has. The methods have distinct names so
// that a string literal can never turn into the bool overload.
class OrderedJson
{
public:
    OrderedJson &text(QByteArrayView key, const QString &value);
    OrderedJson &number(QByteArrayView key, qint64 value);
    OrderedJson &boolean(QByteArrayView key, bool value);
    OrderedJson &null(QByteArrayView key);
    // A value already written as JSON (an object or array).
    OrderedJson &raw(QByteArrayView key, const QByteArray &json);
    OrderedJson &object(QByteArrayView key, const OrderedJson &value)
    {
        return raw(key, value.json());
    }

    QByteArray json() const { return '{' + m_members + '}'; }
    // The object as a JSON string's content, as Delta stores nested JSON (operationParameters
    // values, schemaString, stats).
    QString jsonText() const { return QString::fromUtf8(json()); }

private:
    void writeKey(QByteArrayView key);

    QByteArray m_members;
};

// A JSON array of strings: ["date"].
QByteArray jsonStringArray(const QStringList &values);

} // namespace brickdesk::emulator
