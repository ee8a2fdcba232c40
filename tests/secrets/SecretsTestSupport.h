#pragma once

// Shared by the secrets and Azure tests: a real event loop to wait in (the in-process emulator
// answers on this same thread), a typed wait for one callback, and a capture of every Qt log line
// so a test can prove that no secret reached the logs.

#include "SpinUntil.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace secretstest {

using ::spinUntil;

// Calls `start(handler)` and waits for the handler's one argument.
template<typename Result, typename Start>
std::optional<Result> await(Start start, int timeoutMs = 15000)
{
    std::optional<Result> result;
    start([&result](const Result &value) { result = value; });
    spinUntil([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// Every message of every category (debug included) while alive, also printed as usual.
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        s_previous = m_previous;
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const
    {
        QMutexLocker lock(&s_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    int lineCount() const
    {
        QMutexLocker lock(&s_mutex);
        return int(m_lines.size());
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            if (s_lines)
                s_lines->append(QString::fromLatin1(context.category ? context.category : "") +
                                QLatin1String(": ") + message);
        }
        // Printed lines would show a leaked secret in the test output too, so they are not
        // printed: the test asserts on the captured text instead.
        if (type == QtFatalMsg && s_previous)
            s_previous(type, context, message);
    }

    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
    static inline QStringList *s_lines = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
};

} // namespace secretstest
