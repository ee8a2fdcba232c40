// Backoff arithmetic and Retry-After parsing, without the network.
#include "RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using brickdesk::parseRetryAfterMs;
using brickdesk::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponentialBackoffIsCapped();
    void jitterIsAddedWithinBounds();
    void retryAfterWinsAndIsCapped();
    void parsesRetryAfterForms_data();
    void parsesRetryAfterForms();
};

static RetryPolicy noJitter()
{
    RetryPolicy policy;
    policy.random = [](int) { return 0; };
    return policy;
}

void TestRetryPolicy::exponentialBackoffIsCapped()
{
    const RetryPolicy policy = noJitter();
    QCOMPARE(policy.delayBeforeAttempt(2, std::nullopt), 1000);
    QCOMPARE(policy.delayBeforeAttempt(3, std::nullopt), 2000);
    QCOMPARE(policy.delayBeforeAttempt(4, std::nullopt), 4000);
    QCOMPARE(policy.delayBeforeAttempt(5, std::nullopt), 8000);
    QCOMPARE(policy.delayBeforeAttempt(6, std::nullopt), 10000);
    QCOMPARE(policy.delayBeforeAttempt(60, std::nullopt), 10000);
}

void TestRetryPolicy::jitterIsAddedWithinBounds()
{
    RetryPolicy policy; // real random source
    for (int i = 0; i < 200; ++i) {
        const int delay = policy.delayBeforeAttempt(2, std::nullopt);
        QVERIFY(delay >= 1000 && delay < 1000 + policy.maxJitterMs);
    }
    policy.random = [](int bound) { return bound - 1; };
    QCOMPARE(policy.delayBeforeAttempt(2, std::nullopt), 1000 + policy.maxJitterMs - 1);
}

void TestRetryPolicy::retryAfterWinsAndIsCapped()
{
    const RetryPolicy policy = noJitter();
    QCOMPARE(policy.delayBeforeAttempt(2, 3000), 3000);
    QCOMPARE(policy.delayBeforeAttempt(2, 0), 0);
    QCOMPARE(policy.delayBeforeAttempt(2, 3600000), policy.maxRetryAfterMs);
    QCOMPARE(RetryPolicy::none().maxAttempts, 1);
}

void TestRetryPolicy::parsesRetryAfterForms_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1: not readable
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << 10000;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
}

void TestRetryPolicy::parsesRetryAfterForms()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    const std::optional<int> parsed = parseRetryAfterMs(header, now);
    QCOMPARE(parsed.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
