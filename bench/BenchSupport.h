#pragma once

// What the benchmarks share: an emulator in its own process, reading this process's memory
// figures, printing one JSON object per line, and waiting on the event loop with a limit.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>
#include <cstdio>
#include <functional>

namespace bench {

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"); -1 when unreadable.
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline void print(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

// Runs the event loop until `done` holds or `limitMs` passes; false on time out.
inline bool waitFor(const std::function<bool()> &done, int limitMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// brickdesk-emulator in its own process on a random loopback port with a random token, so its
// work is not counted as the client's. Stopped when this goes away.
class EmulatorProcess
{
public:
    ~EmulatorProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }

    // False, with the emulator's error output on stderr, when it did not start in time.
    bool start(const QString &emulatorPath, const QStringList &extraArguments, int waitMs = 120000)
    {
        m_token = QStringLiteral("bench-") +
                  QString::number(QRandomGenerator::system()->generate64(), 16);
        m_port = 20000 + static_cast<int>(QRandomGenerator::system()->bounded(20000));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BRICKDESK_EMULATOR_TOKEN"), m_token);
        m_process.setProcessEnvironment(environment);
        m_process.start(emulatorPath,
                        QStringList{QStringLiteral("--port"), QString::number(m_port)} +
                            extraArguments);
        if (m_process.waitForReadyRead(waitMs))
            return true;
        std::fprintf(stderr, "bench: the emulator did not start: %s\n",
                     m_process.readAllStandardError().constData());
        return false;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString token() const { return m_token; }

private:
    QProcess m_process;
    QString m_token;
    int m_port = 0;
};

} // namespace bench
