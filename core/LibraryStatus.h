#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// A library on a cluster: what it is and how far its installation got.
struct LibraryStatus
{
    enum class Kind { PyPI, Maven, Jar, Wheel, Other };

    Kind kind = Kind::Other;
    QString coordinate; // package, Maven coordinates or file path
    QString status;     // PENDING, RESOLVING, INSTALLING, INSTALLED, FAILED, UNINSTALL_ON_RESTART, ...
    QStringList messages;
    QJsonObject library; // as the API describes it, to uninstall exactly this one

    static std::optional<LibraryStatus> fromJson(const QJsonObject &object);
};

QString libraryKindName(LibraryStatus::Kind kind);
// The API's library object for a kind and what the user typed. nullopt with *error when the
// input cannot be that kind of library (e.g. a JAR that is not a dbfs:/ or /Volumes path).
std::optional<QJsonObject> makeLibrary(LibraryStatus::Kind kind, const QString &input, QString *error);

} // namespace brickdesk
