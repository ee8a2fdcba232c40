#include "JsonFields.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <cmath>
#include <optional>

namespace brickdesk {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1: exact in a JSON number
constexpr double kYear3000Ms = 32503680000000.0;

std::optional<double> integralNumber(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = static_cast<double>(value.toString().toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::floor(number) != number ||
        std::fabs(number) > kMaxSafeInteger)
        return std::nullopt;
    return number;
}

} // namespace

QString jsonValueText(const QJsonValue &value, const QString &nullText)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        // Whole numbers as integers, others in the shortest text that reads back the same
        // ("0.1", not "0.10000000000000001"), as JSON writers print them.
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return nullText;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

JsonFields::JsonFields(const QJsonObject &object, QString path, std::shared_ptr<QString> errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors ? std::move(errors) : std::make_shared<QString>())
{}

QString JsonFields::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFields::fail(const QString &message) const
{
    if (m_errors->isEmpty())
        *m_errors = message;
}

bool JsonFields::expect(const QString &key, QJsonValue::Type type, const char *what) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (value.type() == type)
        return true;
    fail(QStringLiteral("%1: expected %2, found %3")
             .arg(path(key), QLatin1String(what), jsonTypeName(value)));
    return false;
}

JsonFields JsonFields::child(const QString &key) const
{
    return JsonFields(object(key), path(key), m_errors);
}

JsonFields JsonFields::item(const QJsonArray &array, qsizetype index, const QString &arrayKey) const
{
    const QString itemPath = path(arrayKey) + QStringLiteral("[%1]").arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(QStringLiteral("%1: expected an object, found %2").arg(itemPath, jsonTypeName(value)));
        return JsonFields(QJsonObject(), itemPath, m_errors);
    }
    return JsonFields(value.toObject(), itemPath, m_errors);
}

qint64 JsonFields::id(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(QStringLiteral("%1 is missing").arg(path(key)));
        return 0;
    }
    const std::optional<double> number = integralNumber(value);
    if (!number || *number < 1) {
        fail(QStringLiteral("%1: expected a positive whole number, found %2")
                 .arg(path(key), value.isDouble() || value.isString()
                                     ? QStringLiteral("'%1'").arg(value.toVariant().toString())
                                     : jsonTypeName(value)));
        return 0;
    }
    return static_cast<qint64>(*number);
}

qint64 JsonFields::integer(const QString &key, qint64 fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const std::optional<double> number = integralNumber(value);
    if (!number) {
        fail(QStringLiteral("%1: expected a whole number, found %2")
                 .arg(path(key), jsonTypeName(value)));
        return fallback;
    }
    return static_cast<qint64>(*number);
}

QString JsonFields::string(const QString &key) const
{
    return expect(key, QJsonValue::String, "a string") ? m_object.value(key).toString() : QString();
}

bool JsonFields::boolean(const QString &key, bool fallback) const
{
    return expect(key, QJsonValue::Bool, "a boolean") ? m_object.value(key).toBool() : fallback;
}

QDateTime JsonFields::epochMs(const QString &key) const
{
    const qint64 ms = integer(key, 0);
    if (ms < 0 || static_cast<double>(ms) > kYear3000Ms) {
        fail(QStringLiteral("%1: %2 is not a time").arg(path(key)).arg(ms));
        return {};
    }
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QJsonObject JsonFields::object(const QString &key) const
{
    return expect(key, QJsonValue::Object, "an object") ? m_object.value(key).toObject()
                                                        : QJsonObject();
}

QJsonArray JsonFields::array(const QString &key) const
{
    return expect(key, QJsonValue::Array, "a list") ? m_object.value(key).toArray() : QJsonArray();
}

QStringList JsonFields::stringList(const QString &key) const
{
    const QJsonArray values = array(key);
    QStringList strings;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            fail(QStringLiteral("%1[%2]: expected a string, found %3")
                     .arg(path(key))
                     .arg(i)
                     .arg(jsonTypeName(values.at(i))));
            return {};
        }
        strings.append(values.at(i).toString());
    }
    return strings;
}

} // namespace brickdesk
