#pragma once

#include "ClusterChoices.h"

#include <QObject>
#include <QPointer>

namespace brickdesk {

class ApiCall;
class ApiClient;

// Fetches the runtime versions and node types a cluster form offers, both at once.
class ClusterChoicesLoader : public QObject
{
    Q_OBJECT

public:
    explicit ClusterChoicesLoader(QObject *parent = nullptr);
    ~ClusterChoicesLoader() override;

    void load(ApiClient *client);
    void cancel();

Q_SIGNALS:
    void loaded(const QList<brickdesk::SparkVersion> &versions, const QList<brickdesk::NodeType> &nodeTypes);
    void failed(const QString &message);

private:
    void maybeDone();

    QPointer<ApiCall> m_versionsCall;
    QPointer<ApiCall> m_typesCall;
    std::optional<QList<SparkVersion>> m_versions;
    std::optional<QList<NodeType>> m_types;
    bool m_failed = false;
};

} // namespace brickdesk
