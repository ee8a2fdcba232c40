#include "SecretRules.h"

#include <QStringDecoder>

namespace brickdesk::secretRules {

namespace {

bool allCharactersIn(const QString &text, QLatin1String extra)
{
    for (QChar c : text) {
        const bool asciiLetterOrDigit = c.unicode() < 128 && c.isLetterOrNumber();
        if (!asciiLetterOrDigit && !QString(extra).contains(c))
            return false;
    }
    return true;
}

// "129.5 KB": the unit the limits are stated in.
QString sizeText(qsizetype bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KB");
}

QString checkName(const QString &what, const QString &name, qsizetype maxLength,
                  QLatin1String allowedExtra, const QString &allowedText)
{
    if (name.isEmpty())
        return what + QStringLiteral(" is empty");
    if (name.size() > maxLength)
        return QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
            .arg(what)
            .arg(name.size())
            .arg(maxLength);
    if (!allCharactersIn(name, allowedExtra))
        return QStringLiteral("%1 may hold only %2").arg(what, allowedText);
    return QString();
}

} // namespace

QString checkScopeName(const QString &name)
{
    return checkName(QStringLiteral("The scope name"), name, kMaxNameLength, QLatin1String("-_.@"),
                     QStringLiteral("letters, digits, '-', '_', '.' and '@'"));
}

QString checkKey(const QString &key)
{
    return checkName(QStringLiteral("The key"), key, kMaxNameLength, QLatin1String("-_."),
                     QStringLiteral("letters, digits, '-', '_' and '.'"));
}

QString checkValue(const QByteArray &value)
{
    if (value.size() > kMaxValueBytes)
        return QStringLiteral(
                   "The value is %1 (%2 bytes); a Databricks secret holds at most 128 KB "
                   "(%3 bytes)")
            .arg(sizeText(value.size()))
            .arg(value.size())
            .arg(kMaxValueBytes);
    return QString();
}

QString checkKeyVaultName(const QString &name)
{
    return checkName(QStringLiteral("The Key Vault secret name"), name, kMaxKeyVaultNameLength,
                     QLatin1String("-"), QStringLiteral("letters, digits and '-'"));
}

QString checkKeyVaultValue(const QByteArray &value)
{
    if (value.size() > kMaxKeyVaultValueBytes)
        return QStringLiteral("The value is %1 (%2 bytes); an Azure Key Vault secret holds at most "
                              "25 KB (%3 bytes)")
            .arg(sizeText(value.size()))
            .arg(value.size())
            .arg(kMaxKeyVaultValueBytes);
    return QString();
}

bool isUtf8Text(const QByteArray &value)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(value);
    return !decoder.hasError();
}

QString checkKeyVaultText(const QByteArray &value)
{
    const QString problem = checkKeyVaultValue(value);
    if (!problem.isEmpty())
        return problem;
    return isUtf8Text(value)
               ? QString()
               : QStringLiteral("Azure Key Vault stores text; this value is not UTF-8 text");
}

QString keyVaultNameForKey(const QString &key)
{
    QString name = key;
    for (QChar &c : name) {
        if (c == QLatin1Char('_') || c == QLatin1Char('.'))
            c = QLatin1Char('-');
    }
    return name;
}

QString dbutilsSnippet(const QString &scope, const QString &key)
{
    // Scope and key names cannot hold quotes or backslashes; escape anyway so a pasted snippet is
    // always valid Python.
    const auto quoted = [](QString text) -> QString {
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        text.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    return QStringLiteral("dbutils.secrets.get(scope=%1, key=%2)").arg(quoted(scope), quoted(key));
}

} // namespace brickdesk::secretRules
