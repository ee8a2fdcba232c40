#pragma once

#include "DeltaLogSource.h"

namespace brickdesk {

// A table folder on the local disk (the command line's `--delta-history /path/to/table`). Reads
// are small and answered from the event loop, one at a time, like any other source.
class LocalDeltaLogSource : public DeltaLogSource
{
    Q_OBJECT

public:
    explicit LocalDeltaLogSource(QString tableFolder, QObject *parent = nullptr);

    QString tableLocation() const override { return m_folder; }
    void listLog(ListHandler handler) override;
    void readLogFile(const QString &name, qint64 size, ReadHandler handler) override;
    void cancelAll() override;

private:
    QString logPath(const QString &name) const;

    QString m_folder;
    quint64 m_generation = 0; // answers queued before a cancelAll() carry an older one
};

} // namespace brickdesk
