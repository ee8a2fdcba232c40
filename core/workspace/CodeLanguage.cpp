#include "CodeLanguage.h"

#include <QCoreApplication>

namespace brickdesk {

CodeLanguage codeLanguageFromApi(const QString &language)
{
    const QString upper = language.toUpper();
    if (upper == QLatin1String("PYTHON"))
        return CodeLanguage::Python;
    if (upper == QLatin1String("SCALA"))
        return CodeLanguage::Scala;
    if (upper == QLatin1String("SQL"))
        return CodeLanguage::Sql;
    if (upper == QLatin1String("R"))
        return CodeLanguage::R;
    return CodeLanguage::Plain;
}

QString apiLanguageId(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("PYTHON");
    case CodeLanguage::Scala:
        return QStringLiteral("SCALA");
    case CodeLanguage::Sql:
        return QStringLiteral("SQL");
    case CodeLanguage::R:
        return QStringLiteral("R");
    case CodeLanguage::Plain:
    case CodeLanguage::Markdown:
    case CodeLanguage::Shell:
        break;
    }
    return QString();
}

QString codeLanguageName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QCoreApplication::translate("CodeLanguage", "Python");
    case CodeLanguage::Scala:
        return QCoreApplication::translate("CodeLanguage", "Scala");
    case CodeLanguage::Sql:
        return QCoreApplication::translate("CodeLanguage", "SQL");
    case CodeLanguage::R:
        return QCoreApplication::translate("CodeLanguage", "R");
    case CodeLanguage::Markdown:
        return QCoreApplication::translate("CodeLanguage", "Markdown");
    case CodeLanguage::Shell:
        return QCoreApplication::translate("CodeLanguage", "Shell");
    case CodeLanguage::Plain:
        break;
    }
    return QCoreApplication::translate("CodeLanguage", "Plain text");
}

QString sourceExtension(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("py");
    case CodeLanguage::Scala:
        return QStringLiteral("scala");
    case CodeLanguage::Sql:
        return QStringLiteral("sql");
    case CodeLanguage::R:
        return QStringLiteral("r");
    case CodeLanguage::Plain:
    case CodeLanguage::Markdown:
    case CodeLanguage::Shell:
        break;
    }
    return QString();
}

CodeLanguage languageFromExtension(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("py"))
        return CodeLanguage::Python;
    if (lower == QLatin1String("scala"))
        return CodeLanguage::Scala;
    if (lower == QLatin1String("sql"))
        return CodeLanguage::Sql;
    if (lower == QLatin1String("r"))
        return CodeLanguage::R;
    return CodeLanguage::Plain;
}

} // namespace brickdesk
