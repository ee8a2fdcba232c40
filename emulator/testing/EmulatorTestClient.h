#pragma once

// For the emulator's tests only (header-only; the test links Qt Network and Qt Test): talks to a
// WorkspaceEmulator over real HTTP with QNetworkAccessManager, waiting on the reply's signal, and
// reads the objects the tests poll for.

#include "WorkspaceEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

namespace brickdesk::emulator::testing {

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString errorCode() const { return json.value(QStringLiteral("error_code")).toString(); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
};

class EmulatorTestClient
{
public:
    EmulatorTestClient(const WorkspaceEmulator &emulator, QString token)
        : m_baseUrl(emulator.baseUrl())
        , m_token(std::move(token))
    {}

    HttpResult get(const QString &path, const QUrlQuery &query = {})
    {
        return send(QByteArrayLiteral("GET"), path, query, QByteArray());
    }
    HttpResult post(const QString &path, const QJsonObject &body = {})
    {
        return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult postRaw(const QString &path, const QByteArray &body,
                       const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        return send(QByteArrayLiteral("POST"), path, {}, body, contentType);
    }

    // Shortcuts for what the tests poll.
    QJsonObject cluster(const QString &clusterId)
    {
        return get(QStringLiteral("/api/2.0/clusters/get"), query({{"cluster_id", clusterId}}))
            .json;
    }
    QString clusterState(const QString &clusterId)
    {
        return cluster(clusterId).value(QStringLiteral("state")).toString();
    }
    QJsonObject run(qint64 runId)
    {
        return get(QStringLiteral("/api/2.1/jobs/runs/get"),
                   query({{"run_id", QString::number(runId)}}))
            .json;
    }
    QString lifeCycle(qint64 runId)
    {
        return run(runId)
            .value(QStringLiteral("state"))
            .toObject()
            .value(QStringLiteral("life_cycle_state"))
            .toString();
    }
    QString resultState(qint64 runId)
    {
        return run(runId)
            .value(QStringLiteral("state"))
            .toObject()
            .value(QStringLiteral("result_state"))
            .toString();
    }
    // The status of one library on a cluster ("" when it is not listed).
    QString libraryStatus(const QString &clusterId, const QJsonObject &library)
    {
        const QJsonArray statuses = get(QStringLiteral("/api/2.0/libraries/cluster-status"),
                                        query({{"cluster_id", clusterId}}))
                                        .json.value(QStringLiteral("library_statuses"))
                                        .toArray();
        for (const QJsonValue &status : statuses) {
            if (status.toObject().value(QStringLiteral("library")).toObject() == library)
                return status.toObject().value(QStringLiteral("status")).toString();
        }
        return QString();
    }

    static QUrlQuery query(std::initializer_list<std::pair<const char *, QString>> items)
    {
        QUrlQuery result;
        for (const auto &[name, value] : items)
            result.addQueryItem(QString::fromUtf8(name), value);
        return result;
    }

private:
    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &body,
                    const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply =
            method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = reply->isFinished() || finished.wait(10000);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace brickdesk::emulator::testing
