#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace brickdesk {

// Reads the fields of one JSON object of an API answer and remembers the first thing that is not
// as the API promises, with the path to it ("runs[2].state: expected an object, found a string").
// Missing optional fields are fine; a field of the wrong type is an error, so a malformed answer
// is rejected with a clear message instead of showing made-up values.
class JsonFields
{
public:
    // `path` names the object in messages; `errors` is shared by every reader of one answer.
    JsonFields(const QJsonObject &object, QString path, std::shared_ptr<QString> errors = {});

    JsonFields child(const QString &key) const; // an object field ({} when missing)
    JsonFields item(const QJsonArray &array, qsizetype index, const QString &arrayKey) const;

    // A positive integer id (number or decimal string); 0 and an error when required and missing.
    qint64 id(const QString &key, bool required = true) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    QString string(const QString &key) const;
    bool boolean(const QString &key, bool fallback = false) const;
    QDateTime epochMs(const QString &key) const; // invalid when missing or 0
    QJsonObject object(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QStringList stringList(const QString &key) const;

    const QJsonObject &json() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QString path(const QString &key) const;

    void fail(const QString &message) const; // records the first error only
    bool ok() const { return m_errors->isEmpty(); }
    QString error() const { return *m_errors; }

private:
    bool expect(const QString &key, QJsonValue::Type type, const char *what) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_errors;
};

QString jsonTypeName(const QJsonValue &value);
// A JSON value as a user reads it: a string as it is, true/false, a number with up to 17
// significant digits, an array or object as compact JSON, null (and a missing value) as
// `nullText`.
QString jsonValueText(const QJsonValue &value, const QString &nullText = QString());

} // namespace brickdesk
