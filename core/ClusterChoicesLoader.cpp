#include "ClusterChoicesLoader.h"

#include "ApiClient.h"
#include "ClusterRequests.h"

namespace brickdesk {

ClusterChoicesLoader::ClusterChoicesLoader(QObject *parent)
    : QObject(parent)
{
}

ClusterChoicesLoader::~ClusterChoicesLoader()
{
    cancel();
}

void ClusterChoicesLoader::cancel()
{
    for (ApiCall *call : {m_versionsCall.data(), m_typesCall.data()}) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void ClusterChoicesLoader::load(ApiClient *client)
{
    cancel();
    m_versions.reset();
    m_types.reset();
    m_failed = false;
    auto fail = [this](const ApiResponse &response) {
        if (m_failed || response.error.kind == ApiError::Kind::Cancelled)
            return;
        m_failed = true;
        cancel();
        Q_EMIT failed(response.error.summary());
    };
    m_versionsCall = client->send(clusterapi::sparkVersions(), this, [this, fail](const ApiResponse &response) {
        if (!response.ok())
            return fail(response);
        m_versions = parseSparkVersions(response.json);
        maybeDone();
    });
    m_typesCall = client->send(clusterapi::nodeTypes(), this, [this, fail](const ApiResponse &response) {
        if (!response.ok())
            return fail(response);
        m_types = parseNodeTypes(response.json);
        maybeDone();
    });
}

void ClusterChoicesLoader::maybeDone()
{
    if (m_versions && m_types && !m_failed)
        Q_EMIT loaded(*m_versions, *m_types);
}

} // namespace brickdesk
