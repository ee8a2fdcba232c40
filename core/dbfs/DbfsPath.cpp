#include "DbfsPath.h"

#include <QCoreApplication>
#include <QStringList>

namespace brickdesk::dbfspath {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DbfsPath", text);
}

} // namespace

std::optional<QString> normalize(const QString &input, QString *error)
{
    QString text = input.trimmed();
    bool fuseForm = false;
    if (text.startsWith(QLatin1String("dbfs:"), Qt::CaseInsensitive)) {
        text = text.mid(5);
        if (text.isEmpty())
            text = QStringLiteral("/"); // "dbfs:" alone: the root
    } else {
        fuseForm = true; // "/dbfs/..." is the FUSE mount clusters see, when it comes first
    }
    if (text.isEmpty()) {
        *error = tr("Type a DBFS path, e.g. dbfs:/FileStore/tables");
        return std::nullopt;
    }
    if (!text.startsWith(QLatin1Char('/'))) {
        *error = tr("A DBFS path starts with /, dbfs:/ or /dbfs/: %1").arg(input.trimmed());
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            *error = tr("A DBFS path cannot contain control characters");
            return std::nullopt;
        }
    }
    QStringList kept;
    const QStringList segments = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            *error = tr("A DBFS path cannot contain \"..\": %1").arg(input.trimmed());
            return std::nullopt;
        }
        kept.append(segment);
    }
    if (fuseForm && !kept.isEmpty() && kept.first() == QLatin1String("dbfs"))
        kept.removeFirst();
    return QString(QLatin1Char('/') + kept.join(QLatin1Char('/')));
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString nameOf(const QString &path)
{
    if (path == QLatin1String("/"))
        return QString();
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString join(const QString &folder, const QString &name)
{
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

QString toUri(const QString &path)
{
    return QStringLiteral("dbfs:") + path;
}

bool isUnder(const QString &path, const QString &folder)
{
    return folder == QLatin1String("/") || path == folder ||
           path.startsWith(QString(folder + QLatin1Char('/')));
}

QString numberedName(const QString &name, int n)
{
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    // The extension stays last, but a leading dot (".env") is part of the name, not an extension.
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

} // namespace brickdesk::dbfspath
