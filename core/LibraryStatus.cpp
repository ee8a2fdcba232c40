#include "LibraryStatus.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace brickdesk {

QString libraryKindName(LibraryStatus::Kind kind)
{
    switch (kind) {
    case LibraryStatus::Kind::PyPI:
        return QStringLiteral("PyPI");
    case LibraryStatus::Kind::Maven:
        return QStringLiteral("Maven");
    case LibraryStatus::Kind::Jar:
        return QStringLiteral("JAR");
    case LibraryStatus::Kind::Wheel:
        return QStringLiteral("Wheel");
    case LibraryStatus::Kind::Other:
        break;
    }
    return QStringLiteral("Other");
}

std::optional<LibraryStatus> LibraryStatus::fromJson(const QJsonObject &object)
{
    LibraryStatus status;
    status.library = object.value(QStringLiteral("library")).toObject();
    if (status.library.isEmpty())
        return std::nullopt;
    status.status = object.value(QStringLiteral("status")).toString(QStringLiteral("UNKNOWN"));
    for (const QJsonValue &message : object.value(QStringLiteral("messages")).toArray())
        status.messages.append(message.toString());
    if (status.library.contains(QStringLiteral("pypi"))) {
        status.kind = Kind::PyPI;
        status.coordinate = status.library.value(QStringLiteral("pypi")).toObject().value(QStringLiteral("package")).toString();
    } else if (status.library.contains(QStringLiteral("maven"))) {
        status.kind = Kind::Maven;
        status.coordinate = status.library.value(QStringLiteral("maven")).toObject().value(QStringLiteral("coordinates")).toString();
    } else if (status.library.contains(QStringLiteral("jar"))) {
        status.kind = Kind::Jar;
        status.coordinate = status.library.value(QStringLiteral("jar")).toString();
    } else if (status.library.contains(QStringLiteral("whl"))) {
        status.kind = Kind::Wheel;
        status.coordinate = status.library.value(QStringLiteral("whl")).toString();
    } else {
        status.coordinate = status.library.keys().join(QStringLiteral(", "));
    }
    return status;
}

std::optional<QJsonObject> makeLibrary(LibraryStatus::Kind kind, const QString &input, QString *error)
{
    const QString value = input.trimmed();
    if (value.isEmpty()) {
        *error = QStringLiteral("Enter the library to install.");
        return std::nullopt;
    }
    switch (kind) {
    case LibraryStatus::Kind::PyPI: {
        static const QRegularExpression requirement(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*(\\[[A-Za-z0-9,._-]+\\])?\\s*([<>=!~]=?[^\\s]+)?$"));
        if (!requirement.match(value).hasMatch()) {
            *error = QStringLiteral("'%1' is not a PyPI requirement like pandas or pandas==2.1.0.").arg(value);
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("pypi"), QJsonObject{{QStringLiteral("package"), value}}}};
    }
    case LibraryStatus::Kind::Maven: {
        if (value.count(u':') < 2) {
            *error = QStringLiteral("Maven coordinates look like group:artifact:version.");
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("maven"), QJsonObject{{QStringLiteral("coordinates"), value}}}};
    }
    case LibraryStatus::Kind::Jar:
    case LibraryStatus::Kind::Wheel: {
        const bool jar = kind == LibraryStatus::Kind::Jar;
        const QString suffix = jar ? QStringLiteral(".jar") : QStringLiteral(".whl");
        if (!(value.startsWith(QStringLiteral("dbfs:/")) || value.startsWith(QStringLiteral("/Volumes/")) ||
              value.startsWith(QStringLiteral("/Workspace/"))) ||
            !value.endsWith(suffix, Qt::CaseInsensitive)) {
            *error = QStringLiteral("A %1 is installed from a dbfs:/, /Volumes/ or /Workspace/ path ending in %2.")
                         .arg(jar ? QStringLiteral("JAR") : QStringLiteral("wheel"), suffix);
            return std::nullopt;
        }
        return QJsonObject{{jar ? QStringLiteral("jar") : QStringLiteral("whl"), value}};
    }
    case LibraryStatus::Kind::Other:
        break;
    }
    *error = QStringLiteral("This kind of library cannot be installed from here.");
    return std::nullopt;
}

} // namespace brickdesk
