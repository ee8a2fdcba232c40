// The Delta models under QAbstractItemModelTester: the history table growing page by page as the
// view fetches more, the detail tree of one version with its schema changes, the schema table with
// its change marks; and DESCRIBE HISTORY compared with the log.
#include "DeltaDetailModel.h"
#include "DeltaHistory.h"
#include "DeltaHistoryModel.h"
#include "DeltaSchemaModel.h"
#include "DeltaTestData.h"
#include "DescribeHistoryComparison.h"
#include "LocalDeltaLogSource.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace deltatestdata;

namespace {

bool openAndSettle(DeltaHistory &history)
{
    history.open();
    return QTest::qWaitFor([&] { return history.isOpen() && !history.isBusy(); }, 30000);
}

std::optional<DeltaTableState> stateOf(DeltaHistory &history, qint64 version)
{
    history.requestState(version);
    if (!QTest::qWaitFor([&] { return history.stateAt(version).has_value(); }, 30000))
        return std::nullopt;
    return history.stateAt(version);
}

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts.append(model.index(row, 0, parent).data().toString() + QStringLiteral(": ") +
                     model.index(row, 1, parent).data().toString());
    return texts;
}

} // namespace

class TestDeltaModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyModelGrowsAsTheViewFetchesMore()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("_delta_log");
        for (int v = 0; v < 120; ++v) {
            QFile file(dir.filePath(
                QStringLiteral("_delta_log/%1.json").arg(v, 20, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QStringLiteral(
                    R"J({"commitInfo":{"timestamp":1,"operation":"%1","operationParameters":{"mode":"Append"},"operationMetrics":{"numOutputRows":"%2"}}})J")
                    .arg(v % 3 == 0 ? "MERGE" : "WRITE")
                    .arg(v * 10)
                    .toUtf8());
        }
        DeltaHistory history(new LocalDeltaLogSource(dir.path()));
        // The tester fetches more by itself when it checks a model, so paging is seen without it
        // and the tester watches a second model over the same history.
        DeltaHistoryModel model;
        model.setHistory(&history);
        DeltaHistoryModel tested;
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(openAndSettle(history));
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, DeltaHistoryModel::VersionColumn).data().toLongLong(), 119);
        QCOMPARE(model.index(0, DeltaHistoryModel::OperationColumn).data().toString(),
                 QStringLiteral("WRITE"));
        QCOMPARE(model.index(0, DeltaHistoryModel::ParametersColumn).data().toString(),
                 QStringLiteral("mode=Append"));
        QCOMPARE(model.index(0, 0).data(DeltaHistoryModel::RowsInsertedRole).toLongLong(), 1190);
        QCOMPARE(model.operations(), (QStringList{"MERGE", "WRITE"}));
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 100; }, 30000));
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 120; }, 30000));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(119, 0).data(DeltaHistoryModel::VersionRole).toLongLong(), 0);
        QVERIFY(inserted.size() >= 3);
        // Reading again starts over.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        tested.setHistory(&history);
        QVERIFY(openAndSettle(history));
        QCOMPARE(reset.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return tested.rowCount() == 120; }, 30000));
        QCOMPARE(model.rowCount(), 120); // the same history, paged on by the tester's model
        QCOMPARE(tested.index(0, 0).data(DeltaHistoryModel::VersionRole).toLongLong(), 119);
        model.setHistory(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void detailTreeOfATypeWideningVersion()
    {
        DeltaHistory history(new LocalDeltaLogSource(tableDir("type-widening")));
        QVERIFY(openAndSettle(history));
        const std::optional<DeltaTableState> before = stateOf(history, 1);
        const std::optional<DeltaTableState> after = stateOf(history, 2);
        QVERIFY(before && after);
        DeltaDetailModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersion(history.entryAt(history.rowOfVersion(2)), after, before, false);
        const QModelIndex changes = model.section("Changes from the version before");
        QVERIFY(changes.isValid());
        const QStringList texts = childTexts(model, changes);
        QVERIFY2(texts.contains("byte_long: type changed: byte → long"),
                 qPrintable(texts.join('\n')));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Commit"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("version 2"));
        const QStringList protocol = childTexts(model, model.section("Protocol"));
        QVERIFY2(protocol.contains("typeWidening-preview: "), qPrintable(protocol.join('\n')));
        // The version that upgraded the protocol says so.
        model.setVersion(history.entryAt(history.rowOfVersion(1)), before, stateOf(history, 0),
                         false);
        const QStringList upgrade =
            childTexts(model, model.section("Changes from the version before"));
        QVERIFY2(upgrade.contains("protocol: reader 1 → 3, writer 2 → 7"),
                 qPrintable(upgrade.join('\n')));
        // Before the states are known, the tree says it is working them out.
        model.setVersion(history.entryAt(0), std::nullopt, std::nullopt, false);
        QCOMPARE(model.section("Protocol").siblingAtColumn(1).data().toString(),
                 QStringLiteral("working out…"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void schemaTableMarksChanges()
    {
        DeltaHistory history(new LocalDeltaLogSource(tableDir("type-widening")));
        QVERIFY(openAndSettle(history));
        const std::optional<DeltaTableState> before = stateOf(history, 1);
        const std::optional<DeltaTableState> after = stateOf(history, 2);
        QVERIFY(before && before->schema && after && after->schema);
        DeltaSchemaModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(after->schema, before->schema);
        QCOMPARE(model.rowCount(), after->schema->columns.size());
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, DeltaSchemaModel::NameColumn).data().toString() == "byte_long") {
                QCOMPARE(model.index(row, DeltaSchemaModel::TypeColumn).data().toString(),
                         QStringLiteral("long"));
                QCOMPARE(model.index(row, DeltaSchemaModel::ChangeColumn).data().toString(),
                         QStringLiteral("type byte → long"));
                found = true;
            }
        }
        QVERIFY(found);
        // A column dropped since the version before is listed last, struck out.
        DeltaSchema narrower = *after->schema;
        const DeltaColumn droppedColumn = narrower.columns.takeFirst();
        model.setSchema(narrower, after->schema);
        QCOMPARE(model.rowCount(), after->schema->columns.size());
        const QModelIndex last = model.index(model.rowCount() - 1, DeltaSchemaModel::NameColumn);
        QCOMPARE(last.data().toString(), droppedColumn.path);
        QCOMPARE(last.siblingAtColumn(DeltaSchemaModel::ChangeColumn).data().toString(),
                 QStringLiteral("dropped"));
        QVERIFY(last.data(Qt::FontRole).value<QFont>().strikeOut());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void describeHistoryComparedWithTheLog()
    {
        DeltaHistory history(new LocalDeltaLogSource(tableDir("basic-with-inserts-merge")));
        QVERIFY(openAndSettle(history));
        QStandardItemModel result(2, 3);
        result.setHorizontalHeaderLabels(
            {"version\nBIGINT", "timestamp\nTIMESTAMP", "operation\nSTRING"});
        result.setItem(0, 0, new QStandardItem("1"));
        result.setItem(0, 2, new QStandardItem("MERGE"));
        result.setItem(1, 0, new QStandardItem("0"));
        result.setItem(1, 2, new QStandardItem("WRITE"));
        DescribeHistoryComparison same = compareDescribeHistory(result, history);
        QCOMPARE(same.compared, 2);
        QVERIFY(same.differences.isEmpty());
        QCOMPARE(same.summary(),
                 QStringLiteral(
                     "DESCRIBE HISTORY agrees with the log on all 2 versions compared (2 rows)"));
        result.item(0, 2)->setText("UPDATE");
        QCOMPARE(compareDescribeHistory(result, history).differences,
                 QStringList{"version 1: MERGE in the log, UPDATE from DESCRIBE HISTORY"});
        QStandardItemModel wrong(1, 1);
        wrong.setHorizontalHeaderLabels({"x"});
        QVERIFY(!compareDescribeHistory(wrong, history).problem.isEmpty());
    }
};

QTEST_MAIN(TestDeltaModels)
#include "tst_deltamodels.moc"
