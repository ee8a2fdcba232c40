#include "EnvironmentTag.h"

#include <QRegularExpression>

namespace brickdesk {

QString environmentTagId(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Dev:
        return QStringLiteral("dev");
    case EnvironmentTag::Staging:
        return QStringLiteral("staging");
    case EnvironmentTag::Prod:
        return QStringLiteral("prod");
    case EnvironmentTag::Other:
        break;
    }
    return QStringLiteral("other");
}

QString environmentTagLabel(EnvironmentTag tag)
{
    return environmentTagId(tag).toUpper();
}

EnvironmentTag environmentTagFromId(const QString &id, EnvironmentTag fallback)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QStringLiteral("dev"))
        return EnvironmentTag::Dev;
    if (lower == QStringLiteral("staging"))
        return EnvironmentTag::Staging;
    if (lower == QStringLiteral("prod"))
        return EnvironmentTag::Prod;
    if (lower == QStringLiteral("other"))
        return EnvironmentTag::Other;
    return fallback;
}

QString defaultEnvironmentColour(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Dev:
        return QStringLiteral("#2e7d32");
    case EnvironmentTag::Staging:
        return QStringLiteral("#ef6c00");
    case EnvironmentTag::Prod:
        return QStringLiteral("#c62828");
    case EnvironmentTag::Other:
        break;
    }
    return QStringLiteral("#546e7a");
}

EnvironmentTag guessEnvironmentTag(const QString &profileName, const QString &host)
{
    const QString text = profileName + QLatin1Char(' ') + host;
    static const QRegularExpression prod(QStringLiteral("(^|[^a-z])(prod|prd|production|live)([^a-z]|$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression staging(QStringLiteral("(^|[^a-z])(staging|stage|stg|uat|preprod|qa)([^a-z]|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dev(QStringLiteral("(^|[^a-z])(dev|develop|development|sandbox|test)([^a-z]|$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (prod.match(text).hasMatch())
        return EnvironmentTag::Prod;
    if (staging.match(text).hasMatch())
        return EnvironmentTag::Staging;
    if (dev.match(text).hasMatch())
        return EnvironmentTag::Dev;
    return EnvironmentTag::Other;
}

} // namespace brickdesk
