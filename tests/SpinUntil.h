#pragma once

#include <QEventLoop>
#include <QTimer>

// Waits in a real event loop until `done()` holds or `timeoutMs` pass. QTest::qWaitFor sleeps
// 10 ms between rounds, and an in-process emulator answers on this same thread: a real event loop
// keeps each request's round trip at its true length.
template<typename Predicate> bool spinUntil(Predicate done, int timeoutMs = 15000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}
