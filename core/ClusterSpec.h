#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// What the cluster form edits: the fields most clusters set. Anything else in a cluster's
// definition (init scripts, policies, Azure attributes...) rides along untouched in `extra`.
struct ClusterSpec
{
    QString name;
    QString sparkVersion;
    QString nodeTypeId;
    QString driverNodeTypeId; // empty: same as workers
    bool autoscale = false;
    int numWorkers = 1;
    int minWorkers = 1;
    int maxWorkers = 4;
    int autoterminationMinutes = 60; // 0 = never
    QMap<QString, QString> sparkConf;
    QMap<QString, QString> sparkEnvVars;
    QMap<QString, QString> customTags;
    QJsonObject extra;

    // Everything wrong with the spec, in words (same rules as the API); empty when valid.
    QStringList problems() const;
    QJsonObject toJson() const;
    QString toJsonText() const; // indented, for the raw JSON tab

    // From a ClusterDetails object (for edit and clone): read-only fields (state, ids, times,
    // driver/executors, default tags...) are dropped, unknown settings kept in `extra`.
    static ClusterSpec fromClusterDetails(const QJsonObject &details);
    // From JSON typed by the user in the raw tab. nullopt with *error when it is not an object.
    static std::optional<ClusterSpec> fromJsonText(const QByteArray &text, QString *error);
};

// "key=value" lines <-> map, for the form's text boxes. Bad lines are reported, not dropped.
QMap<QString, QString> parseKeyValueLines(const QString &text, QStringList *problems);
QString formatKeyValueLines(const QMap<QString, QString> &values);

} // namespace brickdesk
