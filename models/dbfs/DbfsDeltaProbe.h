#pragma once

#include "DbfsClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <deque>

namespace brickdesk {

class ApiCall;

// Finds which subfolders of a listed folder are Delta tables by asking get-status of
// "<sub>/_delta_log" — without listing each of them. A few at a time, at most a hundred per
// folder, so that a big folder does not flood the workspace; a refresh cancels what is left.
class DbfsDeltaProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    static constexpr int kMaxPerFolder = 100;

    explicit DbfsDeltaProbe(QObject *parent = nullptr);
    ~DbfsDeltaProbe() override;

    void setClient(DbfsClient *client); // cancels everything
    void probe(const QString &folder, const QStringList &subfolders);
    void cancelFolder(const QString &folder); // the probes of folder's direct subfolders
    void cancelUnder(const QString &folder);  // folder's and every descendant's probes
    void cancelAll();
    int inFlight() const { return static_cast<int>(m_running.size()); }
    int queued() const { return static_cast<int>(m_queue.size()); }

Q_SIGNALS:
    void deltaTableFound(const QString &path);

private:
    struct Probe
    {
        QString folder;
        QString path;
        QPointer<ApiCall> call;
    };
    template<typename Pred> void cancelIf(Pred pred);
    void pump();

    QPointer<DbfsClient> m_client;
    std::deque<Probe> m_queue;
    QList<Probe> m_running;
};

} // namespace brickdesk
