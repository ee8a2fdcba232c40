// Both paging styles, streamed page by page, against the emulator.
#include "ActivityLog.h"
#include "ApiClient.h"
#include "Paginator.h"
#include "EmulatorOptionsFor.h"
#include "WorkspaceEmulator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace brickdesk;
using brickdesk::emulator::WorkspaceEmulator;

class TestPaginator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pageTokenStyleStreamsEveryPage();
    void clustersPagedOneByOne();
    void offsetLimitStyle();
    void emptyListFinishesWithOneEmptyPage();
    void errorStopsPaging();
    void cancelStopsWithoutFurtherSignals();

private:
    std::unique_ptr<WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestPaginator::init()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(emulatorOptionsFor(QStringLiteral("bdtest-pages")));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("p"), m_emulator->baseUrl(), QStringLiteral("bdtest-pages"), {}});
}

void TestPaginator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestPaginator::pageTokenStyleStreamsEveryPage()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/jobs/list"), query),
                        QStringLiteral("jobs"), Paginator::Style::PageToken);
    QList<int> pageSizes;
    QSet<qint64> ids;
    connect(&paginator, &Paginator::pageReceived, this, [&](const QJsonArray &items) {
        pageSizes.append(static_cast<int>(items.size()));
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QStringLiteral("job_id")).toInteger());
    });
    QSignalSpy finished(&paginator, &Paginator::finished);
    paginator.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(ids.size(), 25);
    QCOMPARE(paginator.itemsReceived(), 25);
    QCOMPARE(m_emulator->requestCount(), 3);
}

void TestPaginator::clustersPagedOneByOne()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/clusters/list"), query),
                        QStringLiteral("clusters"), Paginator::Style::PageToken);
    QSignalSpy pages(&paginator, &Paginator::pageReceived);
    QSignalSpy finished(&paginator, &Paginator::finished);
    paginator.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pages.size(), 3);
}

void TestPaginator::offsetLimitStyle()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/jobs/list"), query),
                        QStringLiteral("jobs"), Paginator::Style::OffsetLimit);
    QList<int> pageSizes;
    QSet<qint64> ids;
    connect(&paginator, &Paginator::pageReceived, this, [&](const QJsonArray &items) {
        pageSizes.append(static_cast<int>(items.size()));
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QStringLiteral("job_id")).toInteger());
    });
    QSignalSpy finished(&paginator, &Paginator::finished);
    paginator.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pageSizes, (QList<int>{7, 7, 7, 4}));
    QCOMPARE(ids.size(), 25);
}

void TestPaginator::emptyListFinishesWithOneEmptyPage()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(
        emulatorOptionsFor(QStringLiteral("bdtest-pages"), emulator::Seed::Empty));
    QVERIFY(m_emulator->listen());
    m_client->setConnection({QStringLiteral("p"), m_emulator->baseUrl(), QStringLiteral("bdtest-pages"), {}});
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/clusters/list")),
                        QStringLiteral("clusters"), Paginator::Style::PageToken);
    QSignalSpy pages(&paginator, &Paginator::pageReceived);
    QSignalSpy finished(&paginator, &Paginator::finished);
    paginator.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().first().toJsonArray().size(), 0);
}

void TestPaginator::errorStopsPaging()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("101")); // over the API's maximum
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/jobs/list"), query),
                        QStringLiteral("jobs"), Paginator::Style::PageToken);
    QSignalSpy failed(&paginator, &Paginator::failed);
    QSignalSpy finished(&paginator, &Paginator::finished);
    paginator.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().errorCode, QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(finished.size(), 0);
}

void TestPaginator::cancelStopsWithoutFurtherSignals()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    Paginator paginator(m_client.get(), ApiRequest::get(QStringLiteral("/api/2.1/jobs/list"), query),
                        QStringLiteral("jobs"), Paginator::Style::PageToken);
    int pages = 0;
    connect(&paginator, &Paginator::pageReceived, this, [&] {
        if (++pages == 2)
            paginator.cancel(); // from inside the handler, as a view closing would
    });
    QSignalSpy finished(&paginator, &Paginator::finished);
    QSignalSpy failed(&paginator, &Paginator::failed);
    paginator.start();
    QTRY_COMPARE_WITH_TIMEOUT(pages, 2, 10000);
    QTest::qWait(300); // give a wrongly scheduled third page time to show up
    QCOMPARE(pages, 2);
    QVERIFY(!paginator.isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestPaginator)
#include "tst_paginator.moc"
